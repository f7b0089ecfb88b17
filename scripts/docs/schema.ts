// A provider schema block as the "Schema" section tfplugindocs writes: Required, Optional
// and Read-Only lists, each attribute with its type and flags; nested attributes are listed
// under their parent.
import type { CtyType } from "../../provider/plugin/cty/types.ts";
import type { AttributeSchema, BlockSchema } from "../../provider/plugin/schema.ts";
import { oneLine } from "./page.ts";

/** A cty type as the docs name it: "String", "List of String", "Map of Object"... */
export function ctyTypeName(type: CtyType): string {
  switch (type.kind) {
    case "string":
      return "String";
    case "number":
      return "Number";
    case "bool":
      return "Boolean";
    case "dynamic":
      return "Dynamic";
    case "object":
      return "Object";
    case "tuple":
      return "Tuple";
    case "list":
      return `List of ${ctyTypeName(type.element)}`;
    case "set":
      return `Set of ${ctyTypeName(type.element)}`;
    case "map":
      return `Map of ${ctyTypeName(type.element)}`;
  }
}

function attributeTypeName(attr: AttributeSchema): string {
  if (attr.type) return ctyTypeName(attr.type);
  switch (attr.nested?.nesting) {
    case "list":
      return "Attributes List";
    case "set":
      return "Attributes Set";
    case "map":
      return "Attributes Map";
    default:
      return "Attributes";
  }
}

type Section = "Required" | "Optional" | "Read-Only";

function sectionOf(attr: AttributeSchema): Section {
  if (attr.required) return "Required";
  if (attr.optional) return "Optional";
  return "Read-Only";
}

function attributeLine(name: string, attr: AttributeSchema, depth: number): string[] {
  const flags = [
    attributeTypeName(attr),
    ...(depth > 0 ? [sectionOf(attr)] : []),
    ...(attr.sensitive ? ["Sensitive"] : []),
    ...(attr.writeOnly ? ["Write-only"] : []),
    ...(attr.deprecated ? ["Deprecated"] : []),
  ];
  const deprecation = attr.deprecated ? ` Deprecated: ${oneLine(attr.deprecated)}` : "";
  const line = `${"  ".repeat(depth)}- \`${name}\` (${flags.join(", ")}) ${oneLine(attr.description)}${deprecation}`;
  const nested = Object.entries(attr.nested?.attributes ?? {}).flatMap(([n, a]) =>
    attributeLine(n, a, depth + 1),
  );
  return [line.trimEnd(), ...nested];
}

/** The Required, Optional and Read-Only lists of a block, the empty ones left out. */
export function schemaSections(block: BlockSchema, heading = "###"): string[] {
  const sorted = Object.entries(block.attributes).sort(([a], [b]) => a.localeCompare(b));
  const lines: string[] = [];
  for (const section of ["Required", "Optional", "Read-Only"] as const) {
    const members = sorted.filter(([, attr]) => sectionOf(attr) === section);
    if (members.length === 0) continue;
    lines.push(`${heading} ${section}`, "", ...members.flatMap(([n, a]) => attributeLine(n, a, 0)), "");
  }
  return lines;
}
