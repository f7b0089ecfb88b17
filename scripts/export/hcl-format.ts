import { hclString, hclValue } from "../hcl.ts";

/**
 * HCL text laid out the way `tofu fmt` leaves it, so an exported file is already
 * formatted: two spaces per level, and the `=` of consecutive one-line attributes
 * aligned one space after the longest key. A line that opens a multi-line value, a
 * list item, a closing bracket or a blank line ends such a run, as in hclwrite.
 */

/** An expression written as is: a reference such as `var.password`. */
export class Expression {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

export type HclValue =
  | Expression
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly HclValue[]
  | { readonly [key: string]: HclValue };

/** A block: `type "label" ... { attributes }`. Attributes left undefined or null are not written. */
export interface HclBlock {
  type: string;
  labels: readonly string[];
  attributes: ReadonlyArray<[string, HclValue]>;
}

interface Line {
  indent: number;
  /** The key of an attribute or object entry whose value fits on this line. */
  key?: string;
  text: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function keyText(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

const isSet = (value: HclValue) => value !== null && value !== undefined;

/** The lines of `key = value` at `indent`; a multi-line value adds its own lines. */
function attributeLines(key: string, value: HclValue, indent: number): Line[] {
  const head = `${keyText(key)} = `;
  const inner = valueLines(value, indent);
  if (inner.length === 1) return [{ indent, key: keyText(key), text: inner[0]!.text }];
  return [{ indent, text: head + inner[0]!.text }, ...inner.slice(1)];
}

/** A value's lines: the first continues the line it starts on; later ones carry their own indent. */
function valueLines(value: HclValue, indent: number): Line[] {
  if (value instanceof Expression) return [{ indent, text: value.text }];
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ indent, text: "[]" }];
    const items = value.flatMap((item: HclValue) => {
      const lines = valueLines(item, indent + 1);
      lines[0] = { indent: indent + 1, text: lines[0]!.text };
      lines[lines.length - 1] = { ...lines[lines.length - 1]!, text: `${lines[lines.length - 1]!.text},` };
      return lines;
    });
    return [{ indent, text: "[" }, ...items, { indent, text: "]" }];
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, HclValue>).filter(([, v]) => isSet(v));
    if (entries.length === 0) return [{ indent, text: "{}" }];
    const inner = entries.flatMap(([k, v]) => attributeLines(k, v, indent + 1));
    return [{ indent, text: "{" }, ...inner, { indent, text: "}" }];
  }
  return [{ indent, text: typeof value === "string" ? hclString(value) : hclValue(value) }];
}

/** Align the `=` of each run of consecutive one-line attributes. */
function render(lines: readonly Line[]): string {
  const out: string[] = [];
  let run: Line[] = [];
  const flush = () => {
    const width = Math.max(...run.map((l) => l.key!.length));
    for (const l of run) out.push(`${"  ".repeat(l.indent)}${l.key!.padEnd(width)} = ${l.text}`);
    run = [];
  };
  for (const line of lines) {
    if (line.key !== undefined) {
      run.push(line);
      continue;
    }
    if (run.length > 0) flush();
    out.push(line.text === "" ? "" : `${"  ".repeat(line.indent)}${line.text}`);
  }
  if (run.length > 0) flush();
  return out.join("\n");
}

function blockLines(block: HclBlock): Line[] {
  const labels = block.labels.map((l) => ` ${JSON.stringify(l)}`).join("");
  const body = block.attributes.filter(([, v]) => isSet(v)).flatMap(([k, v]) => attributeLines(k, v, 1));
  return [{ indent: 0, text: `${block.type}${labels} {` }, ...body, { indent: 0, text: "}" }];
}

/** Blocks separated by one blank line, the file ending in a newline. */
export function hclFile(blocks: readonly HclBlock[]): string {
  if (blocks.length === 0) return "";
  const lines = blocks.flatMap((b, i) =>
    i === 0 ? blockLines(b) : [{ indent: 0, text: "" }, ...blockLines(b)],
  );
  return `${render(lines)}\n`;
}
