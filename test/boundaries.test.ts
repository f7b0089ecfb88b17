import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ESLint } from "eslint";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The layering is enforced by eslint's no-restricted-imports (eslint.config.js). These
// cases prove each rule fires: a file placed in the folder with the import is linted with
// the project's own configuration (the file need not exist on disk for eslint to apply the
// configuration of its path).
const root = join(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: root });

const cases: { file: string; from: string; forbidden: boolean; reason: string }[] = [
  {
    file: "provider/plugin/x.ts",
    from: "../../schemas/core/index.ts",
    forbidden: true,
    reason: "the bridge knows no model",
  },
  {
    file: "provider/plugin/engine/x.ts",
    from: "../../cozystack/provider.ts",
    forbidden: true,
    reason: "the bridge knows no Cozystack provider",
  },
  {
    file: "provider/plugin/x.ts",
    from: "../../functions/cozystack/main.ts",
    forbidden: true,
    reason: "the bridge never imports the function",
  },
  {
    file: "provider/plugin/x.ts",
    from: "./cty/values.ts",
    forbidden: false,
    reason: "the bridge's own files are its own",
  },
  {
    file: "provider/cozystack/x.ts",
    from: "../plugin/api.ts",
    forbidden: true,
    reason: "the provider reaches the bridge only through index.ts",
  },
  {
    file: "provider/cozystack/x.ts",
    from: "../plugin/cty/values.ts",
    forbidden: true,
    reason: "no internal file, however deep",
  },
  {
    file: "provider/cozystack/x.ts",
    from: "../plugin/index.ts",
    forbidden: false,
    reason: "the entry point is the way in",
  },
  {
    file: "provider/cozystack/x.ts",
    from: "../../schemas/core/index.ts",
    forbidden: false,
    reason: "the provider is built on the model",
  },
  {
    file: "provider/cozystack/x.ts",
    from: "../../functions/cozystack/main.ts",
    forbidden: true,
    reason: "provider and function never import each other",
  },
  {
    file: "functions/cozystack/x.ts",
    from: "../../provider/plugin/index.ts",
    forbidden: true,
    reason: "function and provider never import each other",
  },
  {
    file: "schemas/core/x.ts",
    from: "../../provider/plugin/index.ts",
    forbidden: true,
    reason: "the model imports nothing above it",
  },
  {
    file: "schemas/core/x.ts",
    from: "../../functions/cozystack/main.ts",
    forbidden: true,
    reason: "the model imports nothing above it",
  },
  {
    file: "schemas/core/x.ts",
    from: "../../test/support/cluster.ts",
    forbidden: true,
    reason: "the model imports nothing above it",
  },
];

describe("import boundaries", () => {
  it.each(cases)(
    "$file importing $from: forbidden=$forbidden ($reason)",
    async ({ file, from, forbidden }) => {
      const [result] = await eslint.lintText(`import { x } from "${from}";\nexport const y = x;\n`, {
        filePath: join(root, file),
      });
      const fired = result!.messages.filter((m) => m.ruleId === "no-restricted-imports");
      expect(fired.length > 0).toBe(forbidden);
    },
  );
});

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));
}

/** Identifiers, strings and templates of a file's code, comments skipped. */
function codeTokens(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const out: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    // A slash may open a regular expression, whose text must not be read as code.
    if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken)
      scanner.reScanSlashToken();
    out.push(scanner.getTokenText());
  }
  return out;
}

describe("the bridge names nothing of Cozystack", () => {
  it("has no 'cozystack' outside comments in provider/plugin", () => {
    const found = sources(join(root, "provider/plugin")).flatMap((path) =>
      codeTokens(readFileSync(path, "utf8"))
        .filter((token) => /cozystack/i.test(token))
        .map((token) => `${relative(root, path)}: ${token}`),
    );
    expect(found).toEqual([]);
  });

  it("would see it in code, but not in a comment", () => {
    expect(codeTokens('// cozystack\nconst a = "Cozystack";').filter((t) => /cozystack/i.test(t))).toEqual([
      '"Cozystack"',
    ]);
  });
});
