// Align the `=` of HCL attributes the way `tofu fmt` does, so the configurations the docs
// show are canonical. The HCL writer (scripts/hcl.ts) puts one attribute per line and
// leaves alignment to this step.
//
// `tofu fmt` pads the names of a run of consecutive one-line attributes (in a block body or
// an object) to the longest of the run. A blank line, a comment, a nested block, an
// attribute whose value spans lines, or any other line ends the run. Heredoc text is kept.

const ATTRIBUTE = /^(\s*)("(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_-]*)\s*=\s?(.*)$/;

interface Attribute {
  indent: string;
  name: string;
  value: string;
}

/** A one-line attribute, or undefined for a line that ends a run. */
function oneLineAttribute(line: string): Attribute | undefined {
  const match = ATTRIBUTE.exec(line);
  if (!match) return undefined;
  const [, indent = "", name = "", value = ""] = match;
  if (opensMultiLineValue(value)) return undefined;
  return { indent, name, value };
}

/** A value whose brackets are not closed on its own line, or a heredoc. */
function opensMultiLineValue(value: string): boolean {
  if (/^<<-?[A-Za-z_]+\s*$/.test(value)) return true;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") depth--;
    else if (c === "#") break;
  }
  return depth > 0;
}

export function alignHcl(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let run: Attribute[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((a) => a.name.length));
    for (const a of run) out.push(`${a.indent}${a.name.padEnd(width)} = ${a.value}`);
    run = [];
  };
  let heredoc: string | undefined;
  for (const line of lines) {
    if (heredoc !== undefined) {
      out.push(line);
      if (line.trim() === heredoc) heredoc = undefined;
      continue;
    }
    const opened = /<<-?([A-Za-z_]+)\s*$/.exec(line);
    if (opened) heredoc = opened[1];
    const attribute = oneLineAttribute(line);
    if (attribute && (run.length === 0 || run[0]!.indent === attribute.indent)) {
      run.push(attribute);
      continue;
    }
    flush();
    if (attribute) run.push(attribute);
    else out.push(line);
  }
  flush();
  return out.join("\n");
}
