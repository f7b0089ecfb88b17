import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { COZYSTACK_MODULE, COZYSTACK_VERSION } from "./version.ts";

/** A JSON Schema node as Cozystack publishes it in an ApplicationDefinition. */
export interface UpstreamSchema {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  properties?: Record<string, UpstreamSchema>;
  additionalProperties?: UpstreamSchema | boolean;
  items?: UpstreamSchema;
  required?: string[];
  anyOf?: UpstreamSchema[];
  pattern?: string;
  "x-kubernetes-int-or-string"?: boolean;
  "x-kubernetes-preserve-unknown-fields"?: boolean;
  "x-kubernetes-validations"?: Array<{ rule: string; message?: string }>;
}

export interface UpstreamDefinition {
  file: string;
  kind: string;
  plural: string;
  singular: string;
  prefix: string;
  chartRefName?: string;
  schema: UpstreamSchema;
  secretNames: string[];
  serviceNames: string[];
  annotations: Record<string, string>;
}

export function sourceCacheDir(version = COZYSTACK_VERSION): string {
  const base = process.env.COZYSTACK_IAC_CACHE ?? join(homedir(), ".cache", "cozystack-iac");
  return join(base, "cozystack-src", version);
}

/**
 * The project's shared upstream data, beside the repository: ApplicationDefinitions
 * copied unchanged from a release, in `<dir>/applicationdefinitions/*.yaml`.
 */
export function sharedUpstreamDir(version = COZYSTACK_VERSION): string {
  const base = process.env.COZYSTACK_IAC_SHARED ?? join(import.meta.dirname, "..", "..", "..", "shared");
  return join(base, "upstream", `cozystack-${version}`);
}

/** Where a version's ApplicationDefinitions were found, or why none were. */
export interface DefinitionSource {
  /** The ApplicationDefinition YAML files, relative to `root`. */
  files?: string[];
  root?: string;
  /** What the files came from, for messages. */
  from?: string;
  reason?: string;
}

/** The cozyrds files of a Cozystack source tree (a checkout or module directory). */
function sourceTreeFiles(dir: string): string[] {
  const system = join(dir, "packages", "system");
  return readdirSync(system)
    .filter((d) => d.endsWith("-rd"))
    .sort()
    .flatMap((d) => {
      const rds = join(system, d, "cozyrds");
      return existsSync(rds)
        ? readdirSync(rds)
            .filter((f) => f.endsWith(".yaml"))
            .sort()
            .map((f) => join("packages", "system", d, "cozyrds", f))
        : [];
    });
}

function fromTree(dir: string, from: string): DefinitionSource {
  return { root: dir, files: sourceTreeFiles(dir), from };
}

/**
 * Where Cozystack's ApplicationDefinitions for `version` are, first match wins:
 * $COZYSTACK_SOURCE_DIR, the cache that scripts/fetch-cozystack-source.sh fills, the
 * Go module cache, and the shared upstream data beside the repository. Undefined
 * files, with every reason, when none has the version.
 */
export function locateDefinitions(version = COZYSTACK_VERSION): DefinitionSource {
  const reasons: string[] = [];
  const given = process.env.COZYSTACK_SOURCE_DIR;
  if (given) {
    if (existsSync(join(given, "packages", "system")))
      return fromTree(given, `COZYSTACK_SOURCE_DIR=${given}`);
    reasons.push(`COZYSTACK_SOURCE_DIR=${given} has no packages/system`);
  }
  const cache = sourceCacheDir(version);
  if (existsSync(join(cache, "packages", "system"))) return fromTree(cache, `the cache ${cache}`);
  const module = fromModuleProxy(version);
  if (module.dir) return fromTree(module.dir, `${COZYSTACK_MODULE}@${version} from the module cache`);
  reasons.push(module.reason!);
  const shared = join(sharedUpstreamDir(version), "applicationdefinitions");
  if (existsSync(shared)) {
    const files = readdirSync(shared)
      .filter((f) => f.endsWith(".yaml"))
      .sort();
    return { root: shared, files, from: `the shared upstream data ${shared}` };
  }
  reasons.push(`no shared upstream data at ${shared}`);
  return { reason: reasons.join("; ") };
}

function fromModuleProxy(version: string): { dir?: string; reason?: string } {
  try {
    const out = execFileSync("go", ["mod", "download", "-json", `${COZYSTACK_MODULE}@${version}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120_000,
    });
    const info = JSON.parse(out) as { Dir?: string; Error?: string };
    if (info.Dir && existsSync(join(info.Dir, "packages", "system"))) return { dir: info.Dir };
    return { reason: info.Error ?? "go mod download gave no directory" };
  } catch (error) {
    const text = (error as { stdout?: string }).stdout ?? String(error);
    const reason = /"Error":\s*"([^"]+)"/.exec(text)?.[1] ?? text.split("\n")[0];
    return { reason: `go mod download ${COZYSTACK_MODULE}@${version} failed: ${reason}` };
  }
}

export function loadDefinitions(source: DefinitionSource): UpstreamDefinition[] {
  return (source.files ?? []).map((file) => {
    const doc = parse(readFileSync(join(source.root!, file), "utf8")) as ApplicationDefinitionDoc;
    const app = doc.spec.application;
    const render = (names: Selector | undefined) =>
      (names?.include ?? [])
        .flatMap((i) => i.resourceNames ?? [])
        .map((n) =>
          n.replace(/\{\{\s*\.name\s*\}\}/g, "NAME").replace(/\{\{\s*\.namespace\s*\}\}/g, "NAMESPACE"),
        );
    return {
      file,
      kind: app.kind,
      plural: app.plural,
      singular: app.singular,
      prefix: doc.spec.release?.prefix ?? "",
      chartRefName: doc.spec.release?.chartRef?.name,
      schema: JSON.parse(app.openAPISchema) as UpstreamSchema,
      secretNames: render(doc.spec.secrets),
      serviceNames: render(doc.spec.services),
      annotations: doc.metadata.annotations ?? {},
    };
  });
}

interface Selector {
  include?: Array<{ resourceNames?: string[] }>;
}

interface ApplicationDefinitionDoc {
  metadata: { name: string; annotations?: Record<string, string> };
  spec: {
    application: { kind: string; plural: string; singular: string; openAPISchema: string };
    release?: { prefix?: string; chartRef?: { name?: string } };
    secrets?: Selector;
    services?: Selector;
  };
}
