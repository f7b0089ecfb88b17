/** Render plain values as HCL expressions, for generated test configurations. */
export function hclValue(value: unknown, indent = ""): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return hclString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => `${inner}${hclValue(v, inner)},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== null && v !== undefined,
  );
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([k, v]) => `${inner}${hclKey(k)} = ${hclValue(v, inner)}`).join("\n")}\n${indent}}`;
}

function hclKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
}

/** A resource block from top-level attributes (nulls left out). */
export function hclResource(type: string, name: string, attributes: Record<string, unknown>): string {
  const lines = Object.entries(attributes)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `  ${k} = ${hclValue(v, "  ")}`);
  return `resource "${type}" "${name}" {\n${lines.join("\n")}\n}\n`;
}

/** JSON escapes HCL lacks, spelled as the \\u escapes HCL has. */
const HCL_ESCAPES: Record<string, string> = { "\\b": "\\u0008", "\\f": "\\u000c" };

/**
 * A quoted HCL string: JSON's escapes (those HCL lacks rewritten), and template markers
 * doubled so `${` and `%{` stay literal. Escapes are read left to right, so an escaped
 * backslash before a `b` is not taken for `\\b`. (Function replacements: in a replacement
 * string `$$` means one `$`.)
 */
export function hclString(text: string): string {
  return JSON.stringify(text)
    .replace(/\\(u[0-9a-f]{4}|.)/g, (escape) => HCL_ESCAPES[escape] ?? escape)
    .replace(/[$%]\{/g, (marker) => `${marker[0]}${marker}`);
}
