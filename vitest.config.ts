import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "schemas/**/*.test.ts",
            "provider/**/*.test.ts",
            "functions/**/*.test.ts",
            "test/*.test.ts",
            "scripts/**/*.test.ts",
            "test/standin/**/*.test.ts",
            "test/crossplane-standin/**/*.test.ts",
            "test/provider-kubernetes-standin/**/*.test.ts",
          ],
        },
      },
      {
        test: {
          name: "plugin",
          include: ["test/plugin/**/*.test.ts"],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Opt in: `npm run test:acceptance` with COZYSTACK_ACCEPTANCE_KUBECONFIG (see README).
        test: {
          name: "acceptance",
          include: [
            "test/acceptance/**/*.test.ts",
            ...(process.env.COZYSTACK_ACCEPTANCE_KUBECONFIG
              ? ["test/integration/provider/kinds.test.ts", "test/integration/provider/real-api.test.ts"]
              : []),
          ],
          globalSetup: ["test/support/acceptance-setup.ts"],
          testTimeout: 1_800_000,
          hookTimeout: 1_800_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
