import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import type { KubeClient } from "../support/kube.ts";
import { applyCrd, waitEstablished } from "./install.ts";

/** The Crossplane release whose CRDs the local platform installs. */
export const CROSSPLANE_VERSION = "2.3.4";
/** The provider-kubernetes release whose CRDs (Object, ProviderConfig...) the local platform installs. */
export const PROVIDER_KUBERNETES_VERSION = "1.2.1";

export interface CrdSource {
  dir?: string;
  /** Where the CRDs came from, for the platform's log. */
  from?: string;
  reason?: string;
}

/**
 * The project's shared upstream data, beside the repository (`../shared/upstream`), or
 * under $COZYSTACK_IAC_SHARED: CRDs copied unchanged from public releases, so tests run
 * where the Go module proxy refuses these modules.
 */
function sharedUpstream(folder: string): string {
  const base = process.env.COZYSTACK_IAC_SHARED ?? join(import.meta.dirname, "..", "..", "..", "shared");
  return join(base, "upstream", folder, "crds");
}

/**
 * Crossplane's CRDs (XRDs, Compositions, Functions, Configurations...): $CROSSPLANE_CRDS_DIR,
 * else the shared upstream copy of this version, else the core module from the Go module
 * proxy. Undefined, with the reason, when none has them.
 */
export function crossplaneCrdDir(version = CROSSPLANE_VERSION): CrdSource {
  const override = process.env.CROSSPLANE_CRDS_DIR;
  if (override) {
    return existsSync(override)
      ? { dir: override, from: "CROSSPLANE_CRDS_DIR" }
      : { reason: `CROSSPLANE_CRDS_DIR=${override} does not exist` };
  }
  const shared = sharedUpstream(`crossplane-v${version}`);
  if (existsSync(shared)) return { dir: shared, from: shared };
  return goModuleCrds(`github.com/crossplane/crossplane/v2@v${version}`, ["cluster", "crds"], shared);
}

/** provider-kubernetes's CRDs: $PROVIDER_KUBERNETES_CRDS_DIR, else the shared upstream copy. */
export function providerKubernetesCrdDir(version = PROVIDER_KUBERNETES_VERSION): CrdSource {
  const override = process.env.PROVIDER_KUBERNETES_CRDS_DIR;
  if (override) {
    return existsSync(override)
      ? { dir: override, from: "PROVIDER_KUBERNETES_CRDS_DIR" }
      : { reason: `PROVIDER_KUBERNETES_CRDS_DIR=${override} does not exist` };
  }
  const shared = sharedUpstream(`provider-kubernetes-v${version}`);
  if (existsSync(shared)) return { dir: shared, from: shared };
  return goModuleCrds(
    `github.com/crossplane-contrib/provider-kubernetes@v${version}`,
    ["package", "crds"],
    shared,
  );
}

/** A module's CRD directory from the Go module proxy, for versions the shared data lacks. */
function goModuleCrds(module: string, path: string[], tried: string): CrdSource {
  let out: string;
  try {
    out = execFileSync("go", ["mod", "download", "-json", module], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    out = (error as { stdout?: string }).stdout ?? "";
  }
  let info: { Dir?: string; Error?: string } = {};
  try {
    info = JSON.parse(out) as typeof info;
  } catch {
    return { reason: `no ${tried}, and go mod download ${module} printed no module information` };
  }
  if (!info.Dir) {
    return {
      reason: `no ${tried}, and the Go module proxy did not serve ${module}: ${info.Error ?? "no directory"}`,
    };
  }
  const crds = join(info.Dir, ...path);
  return existsSync(crds) ? { dir: crds, from: module } : { reason: `no ${path.join("/")} in ${module}` };
}

type Crd = Record<string, unknown> & { metadata: { name: string }; spec: Record<string, unknown> };

/** Every CustomResourceDefinition in a directory of YAML files. */
function readCrds(dir: string): Crd[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .flatMap((f) => parseAllDocuments(readFileSync(join(dir, f), "utf8")).map((d) => d.toJS() as Crd | null))
    .filter((crd): crd is Crd => crd?.kind === "CustomResourceDefinition");
}

/**
 * provider-kubernetes's legacy Object CRD converts v1alpha1 <-> v1alpha2 through a webhook
 * whose Service Crossplane's package manager fills in and the provider serves. Nothing serves
 * it on the local platform, and the apiserver refuses a webhook without a Service, so the CRD
 * is installed without conversion: only the storage version (v1alpha2, the one the function
 * composes) holds objects there.
 */
function withoutConversionWebhook(crd: Crd): Crd {
  const conversion = crd.spec.conversion as { strategy?: string } | undefined;
  return conversion?.strategy === "Webhook"
    ? { ...crd, spec: { ...crd.spec, conversion: { strategy: "None" } } }
    : crd;
}

/** Install provider-kubernetes's CRDs from `dir`; returns how many. */
export async function installProviderKubernetesCrds(client: KubeClient, dir: string): Promise<number> {
  const crds = readCrds(dir).map(withoutConversionWebhook);
  await Promise.all(crds.map((crd) => applyCrd(client, crd)));
  await waitEstablished(
    client,
    crds.map((c) => c.metadata.name),
  );
  return crds.length;
}
