// Reading the generated pages back: front matter, fenced code blocks and relative links,
// for the checks of test/docs-guides.test.ts.

export interface CodeBlock {
  language: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The page ended before the closing fence. */
  unclosed?: boolean;
}

/** The YAML between the opening `---` and the next `---`, or undefined without one. */
export function frontMatterOf(text: string): string | undefined {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return match?.[1];
}

/** Every fenced block (``` at the start of a line), with its info string's first word. */
export function codeBlocks(text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.split("\n");
  let open: { language: string; line: number; body: string[] } | undefined;
  lines.forEach((line, i) => {
    if (!open) {
      const fence = /^```\s*(\S*)/.exec(line);
      if (fence) open = { language: fence[1] ?? "", line: i + 1, body: [] };
    } else if (/^```\s*$/.test(line)) {
      blocks.push({ language: open.language, code: open.body.join("\n"), line: open.line });
      open = undefined;
    } else {
      open.body.push(line);
    }
  });
  if (open)
    blocks.push({ language: open.language, code: open.body.join("\n"), line: open.line, unclosed: true });
  return blocks;
}

/** Targets of Markdown links that are neither absolute URLs nor anchors, outside code blocks. */
export function relativeLinks(text: string): string[] {
  const prose = text.replace(/^```[\s\S]*?^```\s*$/gm, "");
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith("#"))
    .map((target) => target.replace(/#.*$/, ""));
}
