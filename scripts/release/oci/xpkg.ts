/**
 * Crossplane packages (xpkg, see crossplane's contributing/specifications/xpkg.md):
 * `package.yaml`, one YAML stream with exactly one package meta object and the objects
 * that package kind may carry, alone in a layer. That layer's descriptor is annotated
 * `io.crossplane.xpkg: base`; `crossplane xpkg build` also records it as the config label
 * `io.crossplane.xpkg:<layer digest>` = `base`, because a docker-style tarball (the
 * `.xpkg` file) keeps no descriptor annotations and `xpkg push` restores them from it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAllDocuments } from "yaml";
import { layerOf, type Layer } from "./blob.ts";
import { fail, ok, type Result } from "./result.ts";

export const XPKG_ANNOTATION = "io.crossplane.xpkg";
export const XPKG_BASE = "base";
export const PACKAGE_FILE = "package.yaml";

/** The config label `crossplane xpkg build` writes for a layer (crossplane-runtime xpkg.Label). */
export const baseLabel = (layer: Layer): Record<string, string> => ({
  [`${XPKG_ANNOTATION}:${layer.digest}`]: XPKG_BASE,
});

export type PackageKind = "Function" | "Configuration";

interface Doc {
  apiVersion?: unknown;
  kind?: unknown;
}

const group = (doc: Doc) => (typeof doc.apiVersion === "string" ? doc.apiVersion.split("/")[0] : undefined);

/** What each package kind may carry besides its meta object (the xpkg spec's package.yaml rules). */
const CARRIES: Record<PackageKind, { describe: string; allows: (doc: Doc) => boolean }> = {
  Function: {
    describe: "CustomResourceDefinitions (apiextensions.k8s.io) describing its input",
    allows: (doc) => group(doc) === "apiextensions.k8s.io" && doc.kind === "CustomResourceDefinition",
  },
  Configuration: {
    describe: "CompositeResourceDefinitions and Compositions (apiextensions.crossplane.io)",
    allows: (doc) =>
      group(doc) === "apiextensions.crossplane.io" &&
      (doc.kind === "CompositeResourceDefinition" || doc.kind === "Composition"),
  },
};

const isMeta = (doc: Doc, kind: PackageKind) => group(doc) === "meta.pkg.crossplane.io" && doc.kind === kind;

/** The YAML documents of one file, or what is wrong with it. */
function documentsOf(name: string, text: string): Result<Doc[]> {
  const docs = parseAllDocuments(text);
  const errors = docs.flatMap((d) => d.errors.map((e) => `${name}: ${e.message}`));
  if (errors.length > 0) return fail(errors.join("; "));
  const values = docs.map((d) => d.toJS() as unknown).filter((v) => v !== null && v !== undefined);
  const bad = values.findIndex((v) => typeof v !== "object" || Array.isArray(v));
  if (bad !== -1) return fail(`${name}: document ${bad + 1} is not an object`);
  return ok(values as Doc[]);
}

export interface PackageFile {
  /** Shown in errors, e.g. "functions/package/crossplane.yaml". */
  name: string;
  text: string;
}

/**
 * `package.yaml` of a package: the files' documents as one stream, the files kept as they
 * are (comments included). Refused unless exactly one document is the `kind` meta object
 * and every other is something that kind may carry.
 */
export function packageStream(kind: PackageKind, files: PackageFile[]): Result<string> {
  const problems: string[] = [];
  let metas = 0;
  for (const file of files) {
    const docs = documentsOf(file.name, file.text);
    if (!docs.ok) {
      problems.push(docs.error);
      continue;
    }
    for (const doc of docs.value) {
      if (isMeta(doc, kind)) metas++;
      else if (!CARRIES[kind].allows(doc)) {
        problems.push(
          `${file.name}: ${String(doc.apiVersion)} ${String(doc.kind)} cannot be in a ${kind} package, which holds only ${CARRIES[kind].describe}`,
        );
      }
    }
  }
  if (metas !== 1)
    problems.push(`a ${kind} package needs exactly one meta.pkg.crossplane.io ${kind}, found ${metas}`);
  if (problems.length > 0) return fail(problems.join("; "));
  return ok(files.map((f) => `---\n${f.text.endsWith("\n") ? f.text : `${f.text}\n`}`).join(""));
}

/** The package layer: `package.yaml` alone, mode 0644, as `crossplane xpkg build` writes it. */
export async function packageLayer(stream: string, mtime: number): Promise<Result<Layer>> {
  return layerOf([{ type: "file", path: PACKAGE_FILE, mode: 0o644, data: Buffer.from(stream) }], mtime);
}

/** Every .yaml file under `dir`, sorted by path, for a stable stream. */
function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * The files of the generated packages under `root` (the repository, or a directory
 * `scripts/generate-crossplane.ts --out` wrote): the meta object first, then the rest.
 */
export function packageFiles(root: string, kind: PackageKind): Result<PackageFile[]> {
  const dir = join(root, "functions", kind === "Function" ? "package" : "configuration");
  const meta = join(dir, "crossplane.yaml");
  try {
    const paths = [meta, ...yamlFilesUnder(dir).filter((p) => p !== meta)];
    return ok(paths.map((path) => ({ name: relative(root, path), text: readFileSync(path, "utf8") })));
  } catch (error) {
    return fail(`cannot read the ${kind} package files under ${dir}: ${(error as Error).message}`);
  }
}
