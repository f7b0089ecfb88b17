// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      "generated/**",
      "coverage/**",
      // Generated CDK constructs and their build, and the CDK example's synth output.
      "cdk/src/**",
      "cdk/dist/**",
      "examples/cdk/generated/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  // Layering: the provider and the function share only schemas/, and schemas/ stands alone.
  {
    files: ["functions/**"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/provider/**"] }] },
  },
  {
    files: ["provider/**"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/functions/**"] }] },
  },
  // The bridge serves any provider: it knows nothing of the model, Cozystack or the function.
  {
    files: ["provider/plugin/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/schemas/**", "**/cozystack/**", "**/functions/**"],
              message: "The bridge is generic: no model, no Cozystack, no function.",
            },
          ],
        },
      ],
    },
  },
  // The Cozystack provider sees the bridge only through its entry point.
  {
    files: ["provider/cozystack/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/functions/**"], message: "The provider never imports the function." },
            {
              group: ["**/plugin/**", "!**/plugin/index.ts"],
              message: "Import the bridge through provider/plugin/index.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["schemas/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/provider/**", "**/functions/**", "**/test/**"] }],
    },
  },
  {
    files: ["scripts/**", "bench/**", "test/**"],
    rules: { "no-console": "off" },
  },
);
