import { afterAll, beforeAll, inject } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { ROOT_TENANT_NAMESPACE, tenantNamespace } from "../../schemas/core/names.ts";
import { KubeClient, resourcePath, type KubeObject } from "./kube.ts";

/** A client for the shared test platform started by the integration global setup. */
export function platformClient(): KubeClient {
  const p = inject("platform");
  return new KubeClient({
    server: p.server,
    token: p.token || undefined,
    ca: p.ca || undefined,
    clientCert: p.clientCert,
    clientKey: p.clientKey,
    insecure: p.insecure,
  });
}

/** Whether creates wait for readiness here: always locally; not on an API server without Flux. */
export function readinessChecked(): boolean {
  return inject("acceptance")?.readinessChecked ?? true;
}

export function appPath(decl: KindDeclaration, namespace: string, name?: string): string {
  return resourcePath(decl.group, decl.version, decl.plural, namespace, name);
}

/** Poll until `check` returns a value (not undefined), or fail after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`);
}

export function condition(object: KubeObject | undefined, type: string) {
  return (
    object?.status as
      { conditions?: Array<{ type: string; status: string; reason?: string; message?: string }> } | undefined
  )?.conditions?.find((c) => c.type === type);
}

/** A name unique within a test run, so files can share one platform. */
export function uniqueName(base: string): string {
  return `${base}${Math.random().toString(36).slice(2, 7)}`;
}

/**
 * A tenant of its own for one test file, created before its tests and deleted
 * after them; returns the tenant's namespace. `parent` nests it in another
 * tenant's namespace (default: the root tenant's).
 */
export function useTestTenant(
  base: string,
  tenantKind: KindDeclaration,
  client: KubeClient,
  opts: { parent?: string } = {},
): string {
  // An acceptance run may be given a namespace to work in instead.
  const given = inject("acceptance")?.namespace;
  if (given) return given;
  const name = uniqueName(base);
  const parent = opts.parent ?? ROOT_TENANT_NAMESPACE;
  const path = appPath(tenantKind, parent, name);
  beforeAll(async () => {
    await client.apply(
      path,
      {
        apiVersion: tenantKind.apiVersion,
        kind: "Tenant",
        metadata: { name, namespace: parent },
        spec: {},
      },
      "test",
    );
    await waitFor("tenant ready", async () =>
      condition(await client.get(path), "Ready")?.status === "True" ? true : undefined,
    );
  });
  afterAll(async () => {
    await client.delete(path);
  });
  return tenantNamespace(parent, name);
}
