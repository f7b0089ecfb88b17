// Checks that the code blocks of the docs are what they claim to be, with real readers:
// HCL (`terraform`, `hcl`) through OpenTofu's own parser and formatter (`tofu fmt -check`,
// so a block must parse and be formatted as `tofu fmt` would), shell through `bash -n`,
// YAML through the yaml package, JSON through JSON.parse. `text` is plain text; any other
// language is a problem, so no block goes unchecked. Problems are returned, not thrown.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import type { CodeBlock } from "./markdown.ts";

export const HCL_LANGUAGES = ["terraform", "hcl"] as const;
const SHELL_LANGUAGES = ["shell", "sh"];

/** A block and where it is, for messages. */
export interface LocatedBlock extends CodeBlock {
  file: string;
}

export interface Problem {
  file: string;
  line: number;
  message: string;
}

const at = (block: LocatedBlock, message: string): Problem => ({
  file: block.file,
  line: block.line,
  message,
});

function checkShell(block: LocatedBlock): Problem[] {
  const run = spawnSync("bash", ["-n"], { input: block.code, encoding: "utf8" });
  return run.status === 0 ? [] : [at(block, `bash -n: ${run.stderr.trim()}`)];
}

function checkYaml(block: LocatedBlock): Problem[] {
  return parseAllDocuments(block.code).flatMap((doc) =>
    doc.errors.map((e) => at(block, `YAML: ${e.message}`)),
  );
}

function checkJson(block: LocatedBlock): Problem[] {
  try {
    JSON.parse(block.code);
    return [];
  } catch (error) {
    return [at(block, `JSON: ${(error as Error).message}`)];
  }
}

/**
 * All HCL blocks in one `tofu fmt -check` run over a directory holding one file per block.
 * A syntax error names its file; an unformatted file is listed. (While any block has a
 * syntax error, `tofu fmt` lists no unformatted ones.)
 */
export function checkHcl(blocks: readonly LocatedBlock[], tofu: string): Problem[] {
  if (blocks.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), "docs-hcl-"));
  try {
    const name = (i: number) => `block${i}.tf`;
    blocks.forEach((b, i) => writeFileSync(join(dir, name(i)), `${b.code}\n`));
    // Run inside the directory, so tofu names each file by its bare name.
    const run = spawnSync(tofu, ["fmt", "-check", "-list=true", "-no-color", "."], {
      cwd: dir,
      encoding: "utf8",
      // No CLI configuration: `fmt` needs none, and a user's may not exist.
      env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null" },
    });
    if (run.status === 0) return [];
    const unformatted = new Set(run.stdout.split("\n").map((line) => line.trim()));
    const errors = run.stderr.split(/\n(?=Error: )/);
    const problems: Problem[] = [];
    blocks.forEach((block, i) => {
      const file = name(i);
      if (unformatted.has(file)) problems.push(at(block, "not formatted as `tofu fmt` formats it"));
      for (const error of errors.filter((e) => e.includes(` on ${file} line `)))
        problems.push(at(block, `tofu fmt: ${error.trim()}`));
    });
    if (problems.length === 0)
      problems.push({
        file: "(all HCL blocks)",
        line: 0,
        message: `tofu fmt exited ${run.status}: ${run.stderr.trim()}`,
      });
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The blocks that are not HCL, one by one; HCL blocks go to checkHcl together. */
export function checkOtherBlock(block: LocatedBlock): Problem[] {
  if (block.unclosed) return [at(block, "the code block is never closed")];
  if (SHELL_LANGUAGES.includes(block.language)) return checkShell(block);
  if (block.language === "yaml") return checkYaml(block);
  if (block.language === "json") return checkJson(block);
  if (block.language === "text") return [];
  if ((HCL_LANGUAGES as readonly string[]).includes(block.language)) return [];
  return [at(block, `code block language "${block.language}" has no check`)];
}

export const isHcl = (block: CodeBlock) =>
  !block.unclosed && (HCL_LANGUAGES as readonly string[]).includes(block.language);
