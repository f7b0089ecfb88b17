import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { redis } from "../../../schemas/kinds/redis.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { OWNERSHIP_ANNOTATION } from "../../../provider/cozystack/ownership.ts";
import { appPath, platformClient, useTestTenant, waitFor } from "../../support/cluster.ts";
import type { KubeObject } from "../../support/kube.ts";
import { setStandinRule } from "../../support/standin.ts";
import { cozystackWorkdir, header } from "../../support/provider.ts";
import { resourceValues, type Workdir } from "../../support/tofu.ts";

/**
 * OpenTofu killed with SIGKILL in the middle of an apply, after the provider created
 * objects and before state recorded them. The provider adopts, on the next apply, the
 * objects it created from the same declaration (their cozystack-iac.dev/created-from
 * annotation proves it), and refuses with the import block anything else of that name.
 */
const client = platformClient();
const namespace = useTestTenant("crash", tenant, client);
const rule = (key: string, value: string | null) => setStandinRule(client, key, value);
afterAll(() => client.close());

const redisBlock = (address: string, name: string, body = "", extra = "") =>
  `resource "cozystack_redis" "${address}" {\n  name      = "${name}"\n  namespace = "${namespace}"\n${body}${extra}}\n`;
const path = (name: string) => appPath(redis, namespace, name);
const flat = (text: string) => text.replace(/\s+/g, " ");

/** The processes started under `pid` (the provider OpenTofu runs), found through /proc. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name before it may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const [child, p] of parents) {
      if (p !== parent) continue;
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

/**
 * Start `apply`, wait until the platform holds `names` (created by the provider), then
 * kill OpenTofu and the provider it runs with SIGKILL, as a crashed runner would be.
 */
async function applyKilledAfterCreates(work: Workdir, names: string[]): Promise<Record<string, KubeObject>> {
  const child = spawn(work.bin, ["apply", "-auto-approve", "-no-color", "-input=false"], {
    cwd: work.dir,
    env: work.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout.on("data", (c: Buffer) => output.push(c.toString()));
  child.stderr.on("data", (c: Buffer) => output.push(c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  try {
    const created = await waitFor(
      `the provider to create ${names.join(", ")}`,
      async () => {
        const objects = await Promise.all(names.map((n) => client.getOrUndefined(path(n))));
        return objects.every((o) => o) ? (objects as KubeObject[]) : undefined;
      },
      120_000,
    );
    const pids = [child.pid!, ...descendants(child.pid!)];
    for (const pid of pids) process.kill(pid, "SIGKILL");
    return Object.fromEntries(created.map((o) => [o.metadata.name, o]));
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${String(error)}\n--- apply output\n${output.join("")}`, { cause: error });
  } finally {
    await exited;
  }
}

describe("an apply killed after creating objects, before saving state", () => {
  it("is finished by the next apply, which adopts what it created: no duplicates, same objects, state complete, next plan empty", async () => {
    // Readiness is slow, so the apply is still waiting (state unsaved) when it is killed.
    for (const name of ["crasha", "crashb"])
      await rule(`${namespace}-${name}`, `${namespace}/Redis/${name} ready-after=20000`);
    const work = await cozystackWorkdir();
    work.write({
      "main.tf":
        header +
        redisBlock("a", "crasha", "  replicas = 1\n") +
        redisBlock("b", "crashb", '  size = "2Gi"\n') +
        // Created only after "a" is ready: it does not exist yet when the apply dies.
        redisBlock("c", "crashc", "", "  depends_on = [cozystack_redis.a]\n"),
    });
    const before = await applyKilledAfterCreates(work, ["crasha", "crashb"]);
    expect(await client.getOrUndefined(path("crashc"))).toBeUndefined();
    // Nothing of them reached state: the next apply has no record of them.
    // (OpenTofu may have left an empty file behind.)
    const saved = existsSync(join(work.dir, "terraform.tfstate")) ? work.read("terraform.tfstate") : "";
    const state = saved.trim() ? (JSON.parse(saved) as { resources?: unknown[] }) : {};
    expect(state.resources ?? []).toEqual([]);
    for (const object of Object.values(before))
      expect(object.metadata.annotations?.[OWNERSHIP_ANNOTATION]).toMatch(/^sha256:[0-9a-f]{64}$/);

    const again = await work.apply();
    const said = flat(again.stdout + again.stderr);
    expect(said).toContain(`Adopted Redis ${namespace}/crasha`);
    expect(said).toContain(`Adopted Redis ${namespace}/crashb`);
    expect(said).not.toContain(`Adopted Redis ${namespace}/crashc`);

    const listed = (await client.list(appPath(redis, namespace))).items.filter((o) =>
      o.metadata.name.startsWith("crash"),
    );
    expect(listed.map((o) => o.metadata.name).sort()).toEqual(["crasha", "crashb", "crashc"]);
    for (const name of ["crasha", "crashb"])
      expect((await client.get(path(name))).metadata.uid).toBe(before[name]!.metadata.uid);

    const shown = await work.show();
    expect(resourceValues(shown, "cozystack_redis.a")).toMatchObject({ name: "crasha", replicas: 1 });
    expect(resourceValues(shown, "cozystack_redis.b")).toMatchObject({ name: "crashb", size: "2Gi" });
    expect(resourceValues(shown, "cozystack_redis.b").connection).toMatchObject({
      host: `rfrm-redis-crashb.${namespace}.svc`,
    });
    expect((await work.plan()).changes).toBe(false);
    await work.destroy();
    for (const name of ["crasha", "crashb"]) await rule(`${namespace}-${name}`, null);
  });
});

describe("an object of the same name the provider did not create from this declaration", () => {
  const refusal = async (name: string, body: string) => {
    const work = await cozystackWorkdir();
    work.write({ "main.tf": header + redisBlock("mine", name, body) });
    const result = await work.run(["apply", "-auto-approve", "-no-color", "-input=false"]);
    expect(result.code).toBe(1);
    return flat(result.stderr);
  };

  it("made with kubectl: refused, named, with the import block, and left unchanged", async () => {
    await client.create(
      appPath(redis, namespace),
      {
        apiVersion: redis.apiVersion,
        kind: redis.kind,
        metadata: { name: "byhand", namespace },
        spec: { replicas: 5 },
      },
      "kubectl-create",
    );
    const before = await waitFor("the stand-in to settle it", async () => {
      const o = await client.get(path("byhand"));
      return (o.metadata.finalizers?.length ?? 0) > 0 ? o : undefined;
    });
    const error = await refusal("byhand", "  replicas = 1\n");
    expect(error).toContain(
      `Redis ${namespace}/byhand already exists, and this configuration has no record of it, so nothing was changed: it has no ${OWNERSHIP_ANNOTATION} annotation`,
    );
    expect(error).toContain(
      `import { to = cozystack_redis.<this resource's name> id = "${namespace}/byhand" }`,
    );
    const after = await client.get(path("byhand"));
    expect(after.spec).toEqual(before.spec);
    expect(after.metadata.uid).toBe(before.metadata.uid);
    expect(after.metadata.annotations?.[OWNERSHIP_ANNOTATION]).toBeUndefined();
    await client.delete(path("byhand"));
  });

  it("made by another declaration with a different spec: refused, named, with the import block, and left unchanged", async () => {
    const other = await cozystackWorkdir();
    other.write({ "main.tf": header + redisBlock("theirs", "shared", "  replicas = 1\n") });
    await other.apply();
    const before = await client.get(path("shared"));
    const error = await refusal("shared", "  replicas = 3\n");
    expect(error).toContain(
      `Redis ${namespace}/shared already exists, and this configuration has no record of it, so nothing was changed: its ${OWNERSHIP_ANNOTATION} annotation records another declaration`,
    );
    expect(error).toContain(`id = "${namespace}/shared"`);
    const after = await client.get(path("shared"));
    expect(after.spec).toEqual(before.spec);
    expect(after.metadata.uid).toBe(before.metadata.uid);
    expect((await other.plan()).changes).toBe(false);
    await other.destroy();
  });
});
