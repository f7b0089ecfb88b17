import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { redis } from "../../../schemas/kinds/redis.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { appPath, condition, platformClient, useTestTenant, waitFor } from "../../support/cluster.ts";
import { setStandinRule } from "../../support/standin.ts";
import { cozystackWorkdir, header } from "../../support/provider.ts";
import type { Cli, Workdir } from "../../support/tofu.ts";

/**
 * Ctrl-C in the middle of an apply, while the provider waits for an object to become
 * ready. The CLI forwards it as StopProvider; the provider stops waiting at once and hands
 * back what it created with a warning and a readiness-pending mark in private data, so
 * the object is saved and not tainted. The next plan continues the wait as an in-place
 * update, the apply writes nothing and finishes once the object is ready, and the object
 * is the same one throughout. With OpenTofu and with Terraform 1.8.5.
 */
const client = platformClient();
const namespace = useTestTenant("intr", tenant, client);
const rule = (key: string, value: string | null) => setStandinRule(client, key, value);
afterAll(() => client.close());

const path = (name: string) => appPath(redis, namespace, name);
const flat = (text: string) => text.replace(/\s+/g, " ");

/** Hold the object's readiness back, or (null) let it come: a rule, then an event so the stand-in looks again. */
async function holdReadiness(name: string, held: boolean): Promise<void> {
  await rule(`${namespace}-${name}`, held ? `${namespace}/Redis/${name} ready-after=3600000` : null);
  if (!held)
    await client.mergePatch(path(name), {
      metadata: { annotations: { "test.cozystack-iac/released": String(Date.now()) } },
    });
}

/** `apply` started in its own process group (as a terminal runs it), its output gathered as it comes. */
function startApply(work: Workdir) {
  const child = spawn(work.bin, ["apply", "-auto-approve", "-no-color", "-input=false"], {
    cwd: work.dir,
    env: work.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const chunks: string[] = [];
  child.stdout.on("data", (c: Buffer) => chunks.push(c.toString()));
  child.stderr.on("data", (c: Buffer) => chunks.push(c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  return { child, exited, output: () => chunks.join("") };
}

/**
 * Start `apply`, wait until the provider created the object and is waiting for it
 * (the stand-in reports it installing), then press Ctrl-C: SIGINT to the CLI's whole
 * process group, as a terminal sends it. Returns the exit code and what the CLI printed.
 */
async function applyInterrupted(
  work: Workdir,
  name: string,
): Promise<{ code: number | null; output: string }> {
  const { child, exited, output } = startApply(work);
  try {
    await waitFor(
      `the provider to create ${name} and wait for it`,
      async () => {
        const object = await client.getOrUndefined(path(name));
        return condition(object, "Ready")?.reason === "Progressing" ? true : undefined;
      },
      120_000,
    );
    process.kill(-child.pid!, "SIGINT");
    // The CLI exits by itself; a hang fails the test by its timeout.
    return { code: await exited, output: output() };
  } catch (error) {
    process.kill(-child.pid!, "SIGKILL");
    await exited;
    throw new Error(`${String(error)}\n--- apply output\n${output()}`, { cause: error });
  }
}

interface StateFile {
  resources?: Array<{
    type: string;
    name: string;
    instances: Array<{ status?: string; private?: string; attributes: Record<string, unknown> }>;
  }>;
}

/** The one instance of `address` in the state file, with its private data decoded. */
function stateInstance(work: Workdir, type: string, name: string) {
  const state = JSON.parse(work.read("terraform.tfstate")) as StateFile;
  const instance = state.resources?.find((r) => r.type === type && r.name === name)?.instances[0];
  if (!instance) return undefined;
  const privateData = instance.private
    ? (JSON.parse(Buffer.from(instance.private, "base64").toString("utf8")) as Record<string, unknown>)
    : undefined;
  return { ...instance, privateData };
}

const cases: Array<[string, Cli, string | undefined]> = [
  ["OpenTofu", "tofu", undefined],
  ["Terraform 1.8.5", "terraform", "1.8.5"],
];

describe.each(cases)("Ctrl-C while %s waits for readiness", (_label, cli, version) => {
  it("saves the object untainted, and the next apply resumes the wait without replacing or rewriting it", async () => {
    const name = `intr${cli === "tofu" ? "t" : "h"}`;
    await holdReadiness(name, true);
    const work = await cozystackWorkdir({ cli, version });
    work.write({
      "main.tf":
        header +
        `resource "cozystack_redis" "held" {\n  name      = "${name}"\n  namespace = "${namespace}"\n}\n`,
    });

    const interrupted = await applyInterrupted(work, name);
    const said = flat(interrupted.output);
    expect(interrupted.code, interrupted.output).not.toBe(0);
    expect(said).toContain(`Warning: Stopped waiting for Redis ${namespace}/${name} to become ready`);
    expect(said).not.toContain("Error: Redis");
    const created = await client.get(path(name));
    const saved = stateInstance(work, "cozystack_redis", "held");
    expect(saved, "the interrupted apply saved the object in state").toBeDefined();
    expect(saved!.status, "not tainted").toBeUndefined();
    expect(saved!.attributes.name).toBe(name);
    expect(saved!.privateData).toMatchObject({ readinessPending: true });

    // Still not ready: the plan continues the wait in place, it neither replaces nor re-creates.
    const plan = await work.plan();
    expect(plan.changes).toBe(true);
    const planned = flat(plan.stdout + plan.stderr);
    expect(planned).toContain("cozystack_redis.held will be updated in-place");
    expect(planned).toContain("Plan: 0 to add, 1 to change, 0 to destroy.");
    expect(planned).toContain(`Warning: Waiting again for Redis ${namespace}/${name}`);

    // The apply waits; readiness comes while it does.
    const resumed = startApply(work);
    try {
      await waitFor(
        "the resumed apply to be waiting",
        async () => (resumed.output().includes("cozystack_redis.held: Modifying...") ? true : undefined),
        120_000,
      );
    } catch (error) {
      process.kill(-resumed.child.pid!, "SIGKILL");
      throw error;
    }
    await holdReadiness(name, false);
    expect(await resumed.exited, resumed.output()).toBe(0);
    expect(flat(resumed.output())).toContain("Apply complete! Resources: 0 added, 1 changed, 0 destroyed.");

    const after = await client.get(path(name));
    expect(after.metadata.uid, "the same object").toBe(created.metadata.uid);
    expect(after.metadata.generation, "no spec was written").toBe(created.metadata.generation);
    expect(condition(after, "Ready")?.status).toBe("True");
    const settled = stateInstance(work, "cozystack_redis", "held");
    expect(settled!.privateData?.readinessPending).toBeUndefined();
    expect((settled!.attributes.connection as Record<string, unknown>).host).toBe(
      `rfrm-redis-${name}.${namespace}.svc`,
    );
    expect((await work.plan()).changes).toBe(false);
    await work.destroy();
  }, 600_000);
});

describe("a refresh that finds the object ready", () => {
  it("ends the wait an interrupted apply left: the next plan has no changes", async () => {
    const name = "intrr";
    await holdReadiness(name, true);
    const work = await cozystackWorkdir();
    work.write({
      "main.tf":
        header +
        `resource "cozystack_redis" "held" {\n  name      = "${name}"\n  namespace = "${namespace}"\n}\n`,
    });
    await applyInterrupted(work, name);
    expect(stateInstance(work, "cozystack_redis", "held")!.privateData).toMatchObject({
      readinessPending: true,
    });
    await holdReadiness(name, false);
    await waitFor("the object to become ready", async () =>
      condition(await client.get(path(name)), "Ready")?.status === "True" ? true : undefined,
    );
    const plan = await work.plan();
    expect(plan.changes, plan.stdout).toBe(false);
    await work.destroy();
  }, 600_000);
});

describe("a create that timed out waiting", () => {
  it("is tainted by the CLI, says so, and after `tofu untaint` the next apply waits for the same object", async () => {
    const name = "intru";
    await holdReadiness(name, true);
    const work = await cozystackWorkdir();
    work.write({
      "main.tf":
        header +
        `resource "cozystack_redis" "held" {\n  name      = "${name}"\n  namespace = "${namespace}"\n  timeouts  = { create = "2s" }\n}\n`,
    });
    const failed = await work.ok(["apply", "-auto-approve", "-no-color", "-input=false"], {}, [1]);
    const said = flat(failed.stdout + failed.stderr);
    expect(said).toContain(`Error: Redis ${namespace}/${name} is not ready`);
    expect(said).toContain("run `tofu untaint <address>`");
    const created = await client.get(path(name));
    expect(stateInstance(work, "cozystack_redis", "held")!.status).toBe("tainted");

    await work.ok(["untaint", "-no-color", "cozystack_redis.held"]);
    const plan = await work.plan();
    expect(flat(plan.stdout)).toContain("Plan: 0 to add, 1 to change, 0 to destroy.");
    await holdReadiness(name, false);
    await work.apply();
    const after = await client.get(path(name));
    expect(after.metadata.uid, "the same object").toBe(created.metadata.uid);
    expect((await work.plan()).changes).toBe(false);
    await work.destroy();
  }, 600_000);
});
