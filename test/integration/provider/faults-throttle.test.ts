import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { nats } from "../../../schemas/kinds/nats.ts";
import { postgres } from "../../../schemas/kinds/postgres.ts";
import { redis } from "../../../schemas/kinds/redis.ts";
import { installPlatformApi } from "../../platform/install.ts";
import { kubeconfig, startPlatform, type Platform } from "../../platform/platform.ts";
import { createLogger } from "../../../provider/plugin/index.ts";
import { StandIn } from "../../standin/controller.ts";
import { appPath } from "../../support/cluster.ts";
import { KubeClient, KubeError } from "../../support/kube.ts";
import { cozystackWorkdir, header } from "../../support/provider.ts";

/**
 * Throttling: an apiserver of its own with in-flight limits of one request, so that
 * under `-parallelism=50` it turns most of the provider's requests away with 429 and
 * Retry-After, as a busy real API does. (APF is off on the test platform, so the classic
 * limiter answers.) The limiter never throttles system:masters, so the provider calls as
 * a ServiceAccount bound to cluster-admin, as a pipeline would; the stand-in and this test
 * call as the admin. Apply, refresh and destroy of 50 objects all finish, and OpenTofu's
 * trace log shows every retry with the status and the wait the server asked for.
 */
const NAMESPACE = "tenant-root";
const KINDS: Array<[KindDeclaration, number]> = [
  [redis, 20],
  [postgres, 15],
  [nats, 15],
];
const TOTAL = KINDS.reduce((n, [, count]) => n + count, 0);

let platform: Platform;
let standIn: StandIn;
let admin: KubeClient;
let providerKubeconfig: string;
let serviceAccountToken: string;
const silent = createLogger("test", () => {});
const dir = mkdtempSync(join(tmpdir(), "cozystack-iac-throttled-"));

beforeAll(async () => {
  platform = await startPlatform({ dir, inflightLimits: { readonly: 1, mutating: 1 } });
  const target = { server: platform.server, token: platform.token, ca: platform.ca, log: silent };
  admin = new KubeClient(target);
  await installPlatformApi(admin);
  standIn = new StandIn({ target, readyAfterMs: 200 });
  await standIn.start();
  serviceAccountToken = await throttledIdentity(admin);
  providerKubeconfig = join(dir, "provider-kubeconfig");
  writeFileSync(providerKubeconfig, kubeconfig(platform.server, serviceAccountToken, platform.ca), {
    mode: 0o600,
  });
}, 180_000);

afterAll(async () => {
  standIn?.stop();
  admin?.close();
  await platform?.stop();
  if (!process.env.KEEP_PLATFORM) rmSync(dir, { recursive: true, force: true });
});

/** A ServiceAccount with cluster-admin rights but outside system:masters, and its token. */
async function throttledIdentity(client: KubeClient): Promise<string> {
  const name = "throttled-operator";
  await client.apply(
    `/api/v1/namespaces/kube-system/serviceaccounts/${name}`,
    { apiVersion: "v1", kind: "ServiceAccount", metadata: { name, namespace: "kube-system" } },
    "test",
  );
  await client.apply(
    `/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/${name}`,
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBinding",
      metadata: { name },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
      subjects: [{ kind: "ServiceAccount", name, namespace: "kube-system" }],
    },
    "test",
  );
  const issued = await client.request<{ status: { token: string } }>(
    "POST",
    `/api/v1/namespaces/kube-system/serviceaccounts/${name}/token`,
    { apiVersion: "authentication.k8s.io/v1", kind: "TokenRequest", spec: { expirationSeconds: 7200 } },
  );
  return issued.status.token;
}

/**
 * The Retry-After this apiserver sends, seen first-hand: a burst of reads as the
 * ServiceAccount, through a client that does not retry, until one is turned away.
 */
async function serversRetryAfter(): Promise<number | undefined> {
  const client = new KubeClient({
    server: platform.server,
    token: serviceAccountToken,
    ca: platform.ca,
    log: silent,
    throttleBudgetMs: 0,
  });
  try {
    for (let round = 0; round < 20; round++) {
      const results = await Promise.allSettled(
        Array.from({ length: 40 }, () => client.list(appPath(redis, NAMESPACE))),
      );
      const throttled = results.find(
        (r) => r.status === "rejected" && r.reason instanceof KubeError && r.reason.status === 429,
      );
      if (throttled) return ((throttled as PromiseRejectedResult).reason as KubeError).retryAfterSeconds;
    }
    return undefined;
  } finally {
    client.close();
  }
}

interface Retry {
  method: string;
  path: string;
  status: number;
  retryAfter: number | undefined;
  waitMs: number;
}

/**
 * The provider's retries, as OpenTofu's trace log shows them: each line carries the
 * provider's log entry as it wrote it, a JSON object.
 */
function retriesIn(log: string): Retry[] {
  return log
    .split("\n")
    .filter((line) => line.includes('"throttled by the API server; retrying"'))
    .map((line) => {
      const entry = JSON.parse(line.slice(line.indexOf("{"))) as Record<string, unknown>;
      return {
        method: String(entry.method),
        path: String(entry.path),
        status: Number(entry.status),
        retryAfter: typeof entry.retry_after_s === "number" ? entry.retry_after_s : undefined,
        waitMs: Number(entry.wait_ms),
      };
    });
}

/** `count` objects of each kind; `extra` is the same attribute lines in each. */
const resources = (extra = "") =>
  KINDS.map(
    ([decl, count]) =>
      `resource "${decl.tfType}" "many" {\n  count     = ${count}\n  name      = "${decl.kind.toLowerCase()}\${count.index}"\n  namespace = "${NAMESPACE}"\n${extra}}\n`,
  ).join("");

async function countObjects(): Promise<number> {
  const lists = await Promise.all(KINDS.map(([decl]) => admin.list(appPath(decl, NAMESPACE))));
  return lists.reduce((n, list) => n + list.items.length, 0);
}

describe("an apiserver that throttles (429 with Retry-After)", () => {
  it(`creates, refreshes, updates and destroys ${TOTAL} objects at -parallelism=50, retrying every 429 after the server's Retry-After`, async () => {
    const retryAfter = await serversRetryAfter();
    // kube-apiserver's in-flight limiter asks for one second.
    expect(retryAfter).toBe(1);

    const work = await cozystackWorkdir({ env: { KUBE_CONFIG_PATH: providerKubeconfig } });
    work.write({ "main.tf": header + resources() });
    const traced = (name: string) => ({ TF_LOG: "trace", TF_LOG_PATH: join(work.dir, name) });

    await work.ok(
      ["apply", "-auto-approve", "-no-color", "-input=false", "-parallelism=50"],
      traced("apply.log"),
    );
    expect(await countObjects()).toBe(TOTAL);
    const applied = retriesIn(readFileSync(join(work.dir, "apply.log"), "utf8"));
    expect(applied.length).toBeGreaterThan(0);
    for (const retry of applied) {
      expect(retry.status).toBe(429);
      expect(retry.retryAfter).toBe(retryAfter);
      expect(retry.waitMs).toBeGreaterThanOrEqual(retryAfter! * 1000);
    }
    // Creates and the reads of the readiness wait and the outputs were all throttled and retried.
    expect(new Set(applied.map((r) => r.method))).toEqual(new Set(["POST", "GET"]));
    const state = await work.show();
    expect(state.values?.root_module.resources ?? []).toHaveLength(TOTAL);

    // A refresh of everything (the shared collection reader's listings included) is throttled too.
    const plan = await work.ok(
      ["plan", "-detailed-exitcode", "-no-color", "-input=false", "-parallelism=50"],
      traced("plan.log"),
    );
    expect(plan.stdout).toContain("No changes.");
    const refreshed = retriesIn(readFileSync(join(work.dir, "plan.log"), "utf8"));
    expect(refreshed.length).toBeGreaterThan(0);
    expect(refreshed.every((r) => r.method === "GET" && r.retryAfter === retryAfter)).toBe(true);

    // Updates: a PUT of each object, each throttled write retried like the creates.
    work.write({ "main.tf": header + resources("  replicas  = 3\n") });
    await work.ok(
      ["apply", "-auto-approve", "-no-color", "-input=false", "-parallelism=50"],
      traced("update.log"),
    );
    const updated = retriesIn(readFileSync(join(work.dir, "update.log"), "utf8"));
    expect(updated.some((r) => r.method === "PUT")).toBe(true);
    expect(updated.every((r) => r.status === 429 && r.retryAfter === retryAfter)).toBe(true);
    const replicas = await Promise.all(
      KINDS.map(async ([decl]) => (await admin.list(appPath(decl, NAMESPACE))).items),
    );
    expect(replicas.flat().map((o) => (o.spec as { replicas?: number }).replicas)).toEqual(
      Array.from({ length: TOTAL }, () => 3),
    );

    await work.ok(
      ["destroy", "-auto-approve", "-no-color", "-input=false", "-parallelism=50"],
      traced("destroy.log"),
    );
    expect(await countObjects()).toBe(0);
    const destroyed = retriesIn(readFileSync(join(work.dir, "destroy.log"), "utf8"));
    expect(destroyed.some((r) => r.method === "DELETE")).toBe(true);
    expect(destroyed.every((r) => r.status === 429 && r.waitMs >= retryAfter! * 1000)).toBe(true);
  }, 900_000);
});
