import { stringify } from "yaml";
import type { Manifest } from "./xrd.ts";

export const GENERATED_NOTE =
  "Generated from the model by `npm run generate` (scripts/generate-crossplane.ts); do not edit.";

/**
 * YAML documents with leading comment lines. No line folding, so a long description
 * stays one line and diffs stay readable.
 */
export function yamlFile(comments: readonly string[], ...docs: Manifest[]): string {
  const head = comments.map((c) => (c ? `# ${c}` : "#")).join("\n");
  const body = docs.map((d) => stringify(d, { lineWidth: 0, aliasDuplicateObjects: false })).join("---\n");
  return `${head}\n${body}`;
}
