import type { KindDeclaration } from "../../schemas/core/kind.ts";

/**
 * `connectionSecretKeys` of a legacy XRD: the keys of the connection details the function
 * returns. A scalar output is one key, its own name. A map output `m` becomes `m.<key>` and
 * an object-map `m.<key>.<attr>` (functions/DESIGN.md), where `<key>` comes from the spec
 * (user names, say), so those keys cannot be listed ahead of time.
 *
 * Crossplane publishes only the listed keys when the list is set, and every key when it
 * is absent (APIFilteredSecretPublisher). So a kind with a map output gets no list:
 * listing its fixed scalar keys alone would keep `passwords.<user>` from ever reaching
 * the claim's Secret. Kinds with scalar outputs only list them all.
 */
export function connectionSecretKeys(decl: KindDeclaration): string[] | undefined {
  const fields = Object.entries(decl.outputs.fields);
  if (fields.length === 0) return undefined;
  if (fields.some(([, field]) => field.type === "map" || field.type === "object-map")) return undefined;
  return fields.map(([key]) => key);
}
