import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseAllDocuments } from "yaml";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { kinds } from "../../schemas/kinds/index.ts";
import type { KubeClient, KubeObject } from "../support/kube.ts";
import { appCrd, tenantSecretCrd } from "./crds.ts";

const FIELD_MANAGER = "cozystack-iac-platform";
const CRD_PATH = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";

export async function applyCrd(client: KubeClient, crd: Record<string, unknown>): Promise<void> {
  const name = (crd.metadata as { name: string }).name;
  await client.apply(`${CRD_PATH}/${name}`, crd, FIELD_MANAGER);
}

export async function waitEstablished(
  client: KubeClient,
  names: string[],
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(names);
  while (pending.size > 0) {
    for (const name of [...pending]) {
      const crd = await client.getOrUndefined<
        KubeObject & { status?: { conditions?: Array<{ type: string; status: string }> } }
      >(`${CRD_PATH}/${name}`);
      if (crd?.status?.conditions?.some((c) => c.type === "Established" && c.status === "True"))
        pending.delete(name);
    }
    if (pending.size === 0) return;
    if (Date.now() > deadline) throw new Error(`CRDs not established: ${[...pending].join(", ")}`);
    await sleep(100);
  }
}

/** The platform API stand-ins: every model kind, the TenantSecret view, and the root tenant's namespace. */
export async function installPlatformApi(client: KubeClient): Promise<void> {
  const crds = [...(kinds as readonly KindDeclaration[]).map(appCrd), tenantSecretCrd()];
  await Promise.all(crds.map((crd) => applyCrd(client, crd)));
  await waitEstablished(
    client,
    crds.map((c) => (c.metadata as { name: string }).name),
  );
  await client.apply(
    "/api/v1/namespaces/tenant-root",
    { apiVersion: "v1", kind: "Namespace", metadata: { name: "tenant-root" } },
    FIELD_MANAGER,
  );
}

/** Crossplane's own CRDs (XRDs, Compositions, Functions...), read from the crank module's data. */
export async function installCrossplaneCrds(client: KubeClient, crdDir: string): Promise<number> {
  const crds: Record<string, unknown>[] = [];
  for (const file of readdirSync(crdDir).filter((f) => f.endsWith(".yaml"))) {
    for (const doc of parseAllDocuments(readFileSync(join(crdDir, file), "utf8"))) {
      const crd = doc.toJS() as Record<string, unknown> | null;
      if (crd?.kind === "CustomResourceDefinition") crds.push(crd);
    }
  }
  await Promise.all(crds.map((crd) => applyCrd(client, crd)));
  await waitEstablished(
    client,
    crds.map((c) => (c.metadata as { name: string }).name),
  );
  return crds.length;
}
