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
 * Where Cozystack's source for `version` is: $COZYSTACK_SOURCE_DIR, the cache that
 * scripts/fetch-cozystack-source.sh fills, or the Go module cache. Undefined when
 * none has it, with the reason.
 */
export function locateSource(version = COZYSTACK_VERSION): { dir?: string; reason?: string } {
  const candidates = [process.env.COZYSTACK_SOURCE_DIR, sourceCacheDir(version)].filter(Boolean) as string[];
  for (const dir of candidates) {
    if (existsSync(join(dir, "packages", "system"))) return { dir };
  }
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

export function loadDefinitions(sourceDir: string): UpstreamDefinition[] {
  const system = join(sourceDir, "packages", "system");
  const definitions: UpstreamDefinition[] = [];
  for (const dir of readdirSync(system)
    .filter((d) => d.endsWith("-rd"))
    .sort()) {
    const rdsDir = join(system, dir, "cozyrds");
    if (!existsSync(rdsDir)) continue;
    for (const file of readdirSync(rdsDir).filter((f) => f.endsWith(".yaml"))) {
      const doc = parse(readFileSync(join(rdsDir, file), "utf8")) as ApplicationDefinitionDoc;
      const app = doc.spec.application;
      const render = (names: Selector | undefined) =>
        (names?.include ?? [])
          .flatMap((i) => i.resourceNames ?? [])
          .map((n) => n.replace(/\{\{\s*\.name\s*\}\}/g, "NAME"));
      definitions.push({
        file: join(dir, "cozyrds", file),
        kind: app.kind,
        plural: app.plural,
        singular: app.singular,
        prefix: doc.spec.release?.prefix ?? "",
        chartRefName: doc.spec.release?.chartRef?.name,
        schema: JSON.parse(app.openAPISchema) as UpstreamSchema,
        secretNames: render(doc.spec.secrets),
        serviceNames: render(doc.spec.services),
        annotations: doc.metadata.annotations ?? {},
      });
    }
  }
  return definitions;
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
