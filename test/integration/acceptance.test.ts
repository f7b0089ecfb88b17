import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { tenant } from "../../schemas/kinds/tenant.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import { appPath, condition, platformClient, uniqueName, useTestTenant } from "../support/cluster.ts";

/**
 * The opt-in acceptance run, pointed at the local platform as if it were a real
 * Cozystack API: once with Flux's part played (readiness checked, in a throwaway
 * tenant), once as a bare API server where nothing becomes ready (the stand-in is
 * told to never finish there) with readiness not checked. One kind each, to keep it short.
 */
const client = platformClient();
const root = join(import.meta.dirname, "..", "..");
afterAll(() => client.close());

/** The nested run's count of passed tests, from its summary line. */
const passed = (out: string) => Number(/Tests\s+(?:\S+\s+)?(\d+) passed/.exec(out)?.[1] ?? 0);

function acceptance(env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "--project", "acceptance", "-t", "^Redis "],
      {
        cwd: root,
        env: { ...process.env, ...env, CI: "true", NO_COLOR: "1", FORCE_COLOR: "0" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, out }));
  });
}

describe("npm run test:acceptance", () => {
  it(
    "runs the lifecycle against a platform with Flux, in a throwaway tenant it removes",
    { timeout: 300_000 },
    async () => {
      const { code, out } = await acceptance({
        COZYSTACK_ACCEPTANCE_KUBECONFIG: inject("platform").kubeconfigPath,
      });
      expect(out).toContain("in a throwaway tenant; readiness checked");
      expect(passed(out), out).toBeGreaterThanOrEqual(7);
      expect(code, out).toBe(0);
    },
  );

  const bare = useTestTenant("bare", tenant, client);
  it(
    "runs against an API server where nothing becomes ready, saying readiness is not checked",
    { timeout: 300_000 },
    async () => {
      // Play "no Flux" in this namespace: the stand-in never finishes a release there.
      const rule = `acceptance-${uniqueName("bare")}`;
      await client
        .mergePatch("/api/v1/namespaces/kube-system/configmaps/cozystack-standin", {
          data: { [rule]: `${bare}/*/* ready-after=86400000` },
        })
        .catch(() =>
          client.apply(
            "/api/v1/namespaces/kube-system/configmaps/cozystack-standin",
            {
              apiVersion: "v1",
              kind: "ConfigMap",
              metadata: { name: "cozystack-standin", namespace: "kube-system" },
              data: { [rule]: `${bare}/*/* ready-after=86400000` },
            },
            "test",
          ),
        );
      await client.create(
        appPath(redis, bare),
        {
          apiVersion: redis.apiVersion,
          kind: redis.kind,
          metadata: { name: "probe", namespace: bare },
          spec: {},
        },
        "test",
      );
      try {
        const { code, out } = await acceptance({
          COZYSTACK_ACCEPTANCE_KUBECONFIG: inject("platform").kubeconfigPath,
          COZYSTACK_ACCEPTANCE_NAMESPACE: bare,
          COZYSTACK_WAIT_FOR_READY: "false",
        });
        expect(out).toContain(`in ${bare}; readiness not checked`);
        // Nothing became ready there: the run really had no Flux to wait for.
        const probe = await client.get(appPath(redis, bare, "probe"));
        expect(condition(probe, "Ready")?.status).not.toBe("True");
        expect(passed(out), out).toBeGreaterThanOrEqual(7);
        expect(code, out).toBe(0);
      } finally {
        await client.delete(appPath(redis, bare, "probe"));
        await client.mergePatch("/api/v1/namespaces/kube-system/configmaps/cozystack-standin", {
          data: { [rule]: null },
        });
      }
    },
  );
});
