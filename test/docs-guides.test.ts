// The docs as users read them: every page has the front matter the registry reads, every
// code block is valid for its language (HCL through the real OpenTofu, shell through bash,
// YAML, JSON), every relative link leads to a page, the function examples print what the
// functions return, and the Go provider mapping names only attributes that exist here.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { format, resolveConfig } from "prettier";
import { parse as parseYaml } from "yaml";
import { generatedDocs } from "../scripts/generate-docs.ts";
import {
  checkHcl,
  checkOtherBlock,
  isHcl,
  type LocatedBlock,
  type Problem,
} from "../scripts/docs/check-blocks.ts";
import { functionExamples } from "../scripts/docs/examples.ts";
import {
  COMMON,
  EPHEMERAL_MAPPINGS,
  PROVIDER_MAPPING,
  RESOURCE_MAPPINGS,
  UNMAPPED_RESOURCES,
} from "../scripts/docs/go-provider.ts";
import { migrationGuide } from "../scripts/docs/guides/migrate.ts";
import { codeBlocks, frontMatterOf, relativeLinks } from "../scripts/docs/markdown.ts";
import { cozystackProvider } from "../provider/cozystack/provider.ts";
import type { CtyType } from "../provider/plugin/cty/types.ts";
import { createLogger } from "../provider/plugin/log.ts";
import type { AttributeSchema, BlockSchema } from "../provider/plugin/schema.ts";
import { toolPath } from "./platform/tools.ts";

const root = join(import.meta.dirname, "..");
const pages = Object.keys(generatedDocs())
  .filter((f) => f.startsWith("docs/"))
  .sort()
  .map((file) => [file, readFileSync(join(root, file), "utf8")] as const);
const guides = pages.filter(([file]) => file.startsWith("docs/guides/"));
const def = cozystackProvider({});

const located = (file: string, text: string): LocatedBlock[] => codeBlocks(text).map((b) => ({ ...b, file }));
const show = (problems: readonly Problem[]) => problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

describe("docs pages", () => {
  let hclProblems: Problem[] = [];
  beforeAll(() => {
    // One `tofu fmt` run for the HCL blocks of every page.
    hclProblems = checkHcl(
      pages.flatMap(([file, text]) => located(file, text).filter(isHcl)),
      toolPath("tofu"),
    );
  });

  it("the guides are there: installing from each source, air-gapped, and moving from the Go provider", () => {
    expect(guides.map(([file]) => file)).toEqual([
      "docs/guides/building-a-release.md",
      "docs/guides/install-air-gapped.md",
      "docs/guides/install-from-a-filesystem-mirror.md",
      "docs/guides/install-from-a-network-mirror.md",
      "docs/guides/install-from-a-private-registry.md",
      "docs/guides/install-from-the-public-registry.md",
      "docs/guides/moving-from-the-go-provider.md",
    ]);
  });

  it.each(pages)("%s has the front matter the registry reads", (file, text) => {
    const yaml = frontMatterOf(text);
    expect(yaml, "no front matter").toBeDefined();
    const head = parseYaml(yaml!) as Record<string, unknown>;
    expect(typeof head.page_title, "page_title").toBe("string");
    expect(typeof head.subcategory, "subcategory").toBe("string");
    expect(typeof head.description, "description").toBe("string");
    expect((head.description as string).length, "description").toBeGreaterThan(0);
  });

  it.each(pages)("%s: every code block is valid for its language", (file, text) => {
    const blocks = located(file, text);
    const problems = [
      ...blocks.flatMap(checkOtherBlock),
      ...hclProblems.filter((p) => p.file === file || p.file === "(all HCL blocks)"),
    ];
    expect(show(problems)).toEqual([]);
  });

  it.each(pages)(
    "%s is as Prettier formats it, so `prettier --check` passes without ignoring it",
    async (file, text) => {
      const config = await resolveConfig(join(root, file));
      expect(await format(text, { ...config, filepath: join(root, file) })).toBe(text);
    },
  );

  it.each(pages)("%s: every relative link leads to a file", (file, text) => {
    const missing = relativeLinks(text).filter(
      (target) => !existsSync(join(root, normalize(join(dirname(file), target)))),
    );
    expect(missing).toEqual([]);
  });

  it.each(guides)("%s shows code, so the checks above have something to check", (_file, text) => {
    expect(codeBlocks(text).length).toBeGreaterThan(0);
  });
});

describe("the code block checks can fail", () => {
  const block = (language: string, code: string, unclosed = false): LocatedBlock => ({
    file: "page.md",
    line: 1,
    language,
    code,
    ...(unclosed ? { unclosed } : {}),
  });

  it.each([
    ["an HCL attribute with no value", block("terraform", 'resource "a" "b" {\n  x =\n}')],
    ["an unclosed HCL block", block("hcl", "provider_installation {\n  direct {}")],
    ["HCL that `tofu fmt` would align", block("terraform", 'resource "a" "b" {\n  x = 1\n  yy = 2\n}')],
  ])("HCL: %s is a problem of that block", (_reason, b) => {
    const ok = block("terraform", 'resource "a" "b" {\n  x = 1\n}');
    const problems = checkHcl([{ ...ok, file: "fine.md" }, b], toolPath("tofu"));
    expect(problems.map((p) => p.file)).toEqual(["page.md"]);
  });

  it("HCL: a formatted block passes", () => {
    expect(
      checkHcl([block("terraform", 'resource "a" "b" {\n  x  = 1\n  yy = 2\n}')], toolPath("tofu")),
    ).toEqual([]);
  });

  it.each([
    ["an unterminated shell quote", block("shell", 'echo "open')],
    ["a shell redirection with no target", block("sh", "npm run release -- --gpg-key <KEY-ID>")],
    ["a YAML mapping with a bad indent", block("yaml", "a: 1\n  b: 2")],
    ["JSON with a trailing comma", block("json", '{"a": 1,}')],
    ["a language nothing checks", block("nginx", "location / {}")],
    ["a block with no language", block("", "anything")],
    ["a block never closed", block("text", "anything", true)],
  ])("%s is a problem", (_reason, b) => {
    expect(checkOtherBlock(b).length).toBeGreaterThan(0);
  });

  it.each([
    ["shell", block("shell", 'tofu init # or: terraform init\nKEY_ID=x\necho "$KEY_ID"')],
    ["YAML", block("yaml", "a: 1\nb:\n  - c")],
    ["JSON", block("json", '{"a": [1]}')],
    ["text", block("text", "<anything> at all")],
  ])("valid %s passes", (_language, b) => {
    expect(checkOtherBlock(b)).toEqual([]);
  });
});

describe("function examples", () => {
  const ctx = { log: createLogger("docs-test", () => {}), signal: new AbortController().signal };
  const calls = Object.entries(functionExamples).flatMap(([name, e]) =>
    (e.calls ?? []).map((call) => [name, call] as const),
  );

  it("every function of the provider has an example, and no example names a function it lacks", () => {
    expect(Object.keys(functionExamples).sort()).toEqual(Object.keys(def.functions ?? {}).sort());
  });

  it.each(calls)("%s: the result the docs print is what the function returns (%o)", async (name, call) => {
    expect(await def.functions![name]!.call(call.args, ctx)).toEqual(call.result);
  });
});

/** Whether a dotted path names an attribute: nested attributes, or fields of object types. */
function hasPath(block: BlockSchema, path: string): boolean {
  const [first, ...rest] = path.split(".");
  const attr = block.attributes[first!];
  return attr !== undefined && attributeHas(attr, rest);
}

function attributeHas(attr: AttributeSchema, rest: string[]): boolean {
  if (rest.length === 0) return true;
  if (attr.nested) {
    const next = attr.nested.attributes[rest[0]!];
    return next !== undefined && attributeHas(next, rest.slice(1));
  }
  return attr.type !== undefined && typeHas(attr.type, rest);
}

function typeHas(type: CtyType, rest: string[]): boolean {
  if (rest.length === 0) return true;
  if (type.kind === "list" || type.kind === "set" || type.kind === "map") return typeHas(type.element, rest);
  if (type.kind !== "object") return false;
  const next = type.attributes[rest[0]!];
  return next !== undefined && typeHas(next, rest.slice(1));
}

describe("the Go provider mapping names only what exists here", () => {
  it.each([
    ["connection.credentials.access_key", true, "a field of a map of objects"],
    ["node_groups.resources.cpu", true, "a nested attribute of a map"],
    ["connection.credentials.region", false, "a field the object type lacks"],
    ["no_such_attribute", false, "an unknown attribute"],
  ])("the path check: %s is %s (%s)", (path, expected) => {
    const type = path.startsWith("node_groups") ? "cozystack_kubernetes" : "cozystack_bucket";
    expect(hasPath(def.resources![type]!.schema.block, path)).toBe(expected);
  });

  it.each(RESOURCE_MAPPINGS.map((m) => [m.go, m] as const))("%s: every target attribute exists", (_go, m) => {
    const resource = def.resources?.[m.ours];
    expect(resource, `${m.ours} is not a resource here`).toBeDefined();
    const targets = [
      ...m.same,
      ...Object.values(m.moves ?? {}).flatMap((move) => (move.to ? [move.to] : [])),
      ...Object.entries(COMMON)
        .filter(([path]) => !m.lacks?.includes(path))
        .flatMap(([, move]) => (move.to ? [move.to] : [])),
    ];
    expect(targets.filter((path) => !hasPath(resource!.schema.block, path))).toEqual([]);
  });

  it.each(EPHEMERAL_MAPPINGS.map((m) => [m.go, m] as const))(
    "ephemeral %s: every target attribute exists",
    (_go, m) => {
      const ephemeral = def.ephemeralResources?.[m.ours];
      expect(ephemeral, `${m.ours} is not an ephemeral resource here`).toBeDefined();
      const targets = [
        ...m.same,
        ...Object.values(m.moves ?? {}).flatMap((move) => (move.to ? [move.to] : [])),
      ];
      expect(targets.filter((path) => !hasPath(ephemeral!.schema.block, path))).toEqual([]);
    },
  );

  it("the provider configuration targets exist", () => {
    const targets = Object.values(PROVIDER_MAPPING).flatMap((move) => (move.to ? [move.to] : []));
    expect(targets.filter((path) => !hasPath(def.schema.block, path))).toEqual([]);
  });

  it("no Go resource type is mapped twice, and no attribute is listed both as the same and as moved", () => {
    const types = [...RESOURCE_MAPPINGS.map((m) => m.go), ...Object.keys(UNMAPPED_RESOURCES)];
    expect(new Set(types).size).toBe(types.length);
    for (const m of [...RESOURCE_MAPPINGS, ...EPHEMERAL_MAPPINGS]) {
      expect(
        m.same.filter((path) => m.moves?.[path]),
        m.go,
      ).toEqual([]);
    }
  });
});

describe("the migration guide's state move", () => {
  it("says no resource here accepts moved state, and generation stops the day one does", () => {
    const redis = def.resources!.cozystack_redis!;
    const moving = {
      ...def,
      resources: { ...def.resources, cozystack_redis: { ...redis, move: () => Promise.resolve({}) } },
    };
    expect(() => migrationGuide(moving, "cozystack-iac/cozystack")).toThrow(
      /cozystack_redis now accept moved state/,
    );
    expect(migrationGuide(def, "cozystack-iac/cozystack")).toContain("`removed`");
  });
});
