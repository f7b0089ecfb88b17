// cdk/ holds only generated code (src/, from scripts/generate-cdk.ts) and its compiled form
// (dist/): it follows the generator's style, not this repository's lint rules.
export default [{ ignores: ["src/**", "dist/**"] }];
