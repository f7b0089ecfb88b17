import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { renderKindsIndex } from "../scripts/generate-index.ts";
import { GENERATED_DIRS, generatedDocs, HAND_WRITTEN } from "../scripts/generate-docs.ts";
import {
  DESCRIPTORS_FILE,
  renderDescriptors,
  renderProtoTypes,
  TYPES_FILE,
} from "../scripts/generate-proto.ts";

const root = join(import.meta.dirname, "..");
const docs = generatedDocs();

/** Every file under a folder, as a path relative to the repository root. */
function filesUnder(dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

/** What is on disk where the docs generator owns every file: its folders and docs/*.md. */
function filesOnDisk(): string[] {
  const topLevel = readdirSync(join(root, "docs"), { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `docs/${e.name}`);
  return [...topLevel, ...GENERATED_DIRS.flatMap(filesUnder)].sort();
}

describe("generated files", () => {
  it("schemas/kinds/index.ts lists every declaration (run `npm run generate` when this fails)", () => {
    const dir = join(root, "schemas", "kinds");
    expect(readFileSync(join(dir, "index.ts"), "utf8")).toBe(renderKindsIndex(dir));
  });

  it("the protocol descriptors match the .proto files (run `npm run generate` when this fails)", () => {
    expect(readFileSync(DESCRIPTORS_FILE, "utf8")).toBe(renderDescriptors());
  });

  it("the protocol's TypeScript types match the .proto files (run `npm run generate` when this fails)", () => {
    expect(readFileSync(TYPES_FILE, "utf8")).toBe(renderProtoTypes());
  });

  it.each(Object.entries(docs))(
    "%s is up to date with the model and the provider definition (run `npm run generate` when this fails)",
    (file, text) => {
      expect(existsSync(join(root, file)), `${file} is missing`).toBe(true);
      expect(readFileSync(join(root, file), "utf8")).toBe(text);
    },
  );

  it("docs/ and examples/resources/ hold no stray file: each is generated, or hand-written and listed in HAND_WRITTEN of scripts/generate-docs.ts", () => {
    const expected = new Set<string>([...Object.keys(docs), ...HAND_WRITTEN]);
    expect(filesOnDisk().filter((f) => !expected.has(f))).toEqual([]);
  });

  it("every generated file lies where the stray check looks", () => {
    const watched = (file: string) =>
      /^docs\/[^/]+$/.test(file) || GENERATED_DIRS.some((dir) => file.startsWith(`${dir}/`));
    expect(Object.keys(docs).filter((f) => !watched(f))).toEqual([]);
  });

  it.each([
    ["docs/resources", "a page for each managed kind"],
    ["docs/data-sources", "a page for each kind"],
    ["docs/ephemeral-resources", "a page for each ephemeral resource"],
    ["docs/functions", "a page for each function"],
    ["docs/list-resources", "a page for each list resource"],
    ["docs/guides", "the install and migration guides"],
  ])("%s is generated (%s)", (dir) => {
    expect(Object.keys(docs).filter((f) => f.startsWith(`${dir}/`)).length).toBeGreaterThan(0);
  });
});
