/**
 * What one fuzzed path reports: how many inputs it ran, the errors they were refused
 * with (grouped by kind), and the findings that fail the run.
 */
export type PathName = "cty" | "proto" | "rpc" | "function";

export const PATHS: readonly PathName[] = ["cty", "proto", "rpc", "function"];

export type FindingKind = "crash" | "hang" | "unhandled rejection";

export interface Finding {
  kind: FindingKind;
  /** What was wrong, e.g. "TypeError escaped: Cannot read properties of undefined". */
  problem: string;
  /** The seed that reproduces it with `npm run fuzz -- --seed N --paths <path>`. */
  seed: number;
  /** The smallest failing input found, printable. */
  input: string;
}

export interface PathResult {
  path: PathName;
  inputs: number;
  /** Refusals by kind: error class and message shape, with paths, offsets and numbers taken out. */
  errors: Record<string, number>;
  findings: Finding[];
  milliseconds: number;
  /** Extra facts worth a line, e.g. the server's memory. */
  notes: string[];
}

/** Counts refusals by kind while a path runs. */
export class Tally {
  inputs = 0;
  readonly errors: Record<string, number> = {};

  input(): void {
    this.inputs++;
  }

  refused(kind: string): void {
    this.errors[kind] = (this.errors[kind] ?? 0) + 1;
  }

  accepted(): void {
    this.refused("accepted");
  }
}

/**
 * The kind of a refusal: the error's class and its message with what varies taken out
 * (quoted text, numbers, the path before the first ": "), so that thousands of inputs
 * group into a few dozen kinds.
 */
export function errorKind(className: string, message: string): string {
  const shape = message
    .replace(/"[^]*"/, '"…"')
    .replace(/'[^]?'/g, "'…'")
    .replace(/\b0x[0-9a-f]+\b/gi, "N")
    .replace(/(?<![\w.-])-?\d+(\.\d+)?(e[+-]?\d+)?(?![\w.])/gi, "N")
    .replace(/ in \.[\w.]+/, " in a field")
    // What follows a quote or a bracket is the offending text itself: it varies with every input.
    .replace(/\s*["'{[].*$/, " …")
    .replace(/ \/\S*/g, " /…")
    .replace(/^[^\s:]*(\[[^\]]*\])*[^\s:]*: /, "");
  return `${className}: ${shape.length > 90 ? `${shape.slice(0, 90)}…` : shape}`;
}

export function countOf(result: PathResult, kind: FindingKind): number {
  return result.findings.filter((f) => f.kind === kind).length;
}

/** One summary line per path, then its error kinds, most frequent first. */
export function formatResult(result: PathResult, verbose = true): string {
  const lines = [
    `${result.path}: ${result.inputs} inputs in ${(result.milliseconds / 1000).toFixed(1)} s; ` +
      `crashes ${countOf(result, "crash")}, hangs ${countOf(result, "hang")}, ` +
      `unhandled rejections ${countOf(result, "unhandled rejection")}`,
  ];
  if (verbose) {
    const kinds = Object.entries(result.errors).sort((a, b) => b[1] - a[1]);
    for (const [kind, n] of kinds) lines.push(`    ${String(n).padStart(7)}  ${kind}`);
    for (const note of result.notes) lines.push(`    note: ${note}`);
  }
  for (const f of result.findings) {
    lines.push(
      `  ${f.kind.toUpperCase()}: ${f.problem}`,
      `    reproduce: npm run fuzz -- --seed ${f.seed} --paths ${result.path}`,
      `    minimal input: ${f.input}`,
    );
  }
  return lines.join("\n");
}

/** Printable form of an input: JSON with bytes as hex and bigints as text, cut at a length. */
export function printable(value: unknown, max = 2000): string {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "bigint") return `${v}n`;
    if (v instanceof Uint8Array)
      return `<${v.length} bytes: ${Buffer.from(v.subarray(0, 256)).toString("hex")}${v.length > 256 ? "…" : ""}>`;
    if (typeof v === "string" && v.length > 300) return `${v.slice(0, 300)}…(${v.length} chars)`;
    return v;
  });
  const s = text ?? String(value);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
