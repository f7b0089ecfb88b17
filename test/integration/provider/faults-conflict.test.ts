import { afterAll, describe, expect, it } from "vitest";
import { redis } from "../../../schemas/kinds/redis.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { appPath, condition, platformClient, useTestTenant, waitFor } from "../../support/cluster.ts";
import type { KubeObject } from "../../support/kube.ts";
import { cozystackWorkdir, header } from "../../support/provider.ts";

/**
 * Someone else's server-side-apply manager owns a field the configuration sets. The
 * plan warns, naming the field and the manager; the apply refuses and writes nothing;
 * force_conflicts = true takes the field over. The local apiserver keeps managedFields;
 * the real Cozystack API keeps none, so there no conflict can be seen (cozystack-api.md §0).
 */
const client = platformClient();
const namespace = useTestTenant("conflict", tenant, client);
afterAll(() => client.close());

const path = appPath(redis, namespace, "contested");
const config = (body: string, provider = "", name = "contested") =>
  header.replace('provider "cozystack" {}', `provider "cozystack" {\n${provider}}`) +
  `resource "cozystack_redis" "c" {\n  name      = "${name}"\n  namespace = "${namespace}"\n${body}}\n`;
const flat = (text: string) => text.replace(/\s+/g, " ");

type Entry = { manager?: string; operation?: string; fieldsV1?: { "f:spec"?: Record<string, unknown> } };
const platformTeamFields = (object: KubeObject) =>
  Object.keys(
    ((object.metadata.managedFields ?? []) as Entry[]).find(
      (e) => e.manager === "platform-team" && e.operation === "Apply",
    )?.fieldsV1?.["f:spec"] ?? {},
  ).sort();

describe("a field another server-side-apply manager owns", () => {
  it("is shown by the plan, refused by the apply (nothing written), and taken over with force_conflicts", async () => {
    const work = await cozystackWorkdir();
    work.write({ "main.tf": config("  replicas = 1\n") });
    await work.apply();
    // The stand-in forgets field ownership whenever it sees a new spec (as the real API
    // keeps none); once the object is ready it has seen this one, and what follows stays.
    await waitFor("ready", async () =>
      condition(await client.get(path), "Ready")?.status === "True" ? true : undefined,
    );
    // The platform team applies the values the object holds: they now co-own them.
    await client.apply(
      path,
      {
        apiVersion: redis.apiVersion,
        kind: redis.kind,
        metadata: { name: "contested", namespace },
        spec: { replicas: 1, size: "1Gi" },
      },
      "platform-team",
    );
    const before = await client.get(path);
    expect(platformTeamFields(before)).toEqual(["f:replicas", "f:size"]);

    // The configuration changes replicas (theirs) and leaves size (theirs too) as it is.
    work.write({ "main.tf": config("  replicas = 2\n") });
    const plan = await work.ok(["plan", "-no-color", "-input=false"]);
    const planned = flat(plan.stdout + plan.stderr);
    expect(planned).toContain("Warning: Fields managed by another tool");
    expect(planned).toContain(
      `Redis ${namespace}/contested: this plan changes fields another server-side-apply manager owns: .spec.replicas (managed by "platform-team"). The apply will refuse to overwrite them.`,
    );
    expect(planned).not.toContain(".spec.size");

    const refused = await work.run(["apply", "-auto-approve", "-no-color", "-input=false"]);
    expect(refused.code).toBe(1);
    const error = flat(refused.stderr);
    expect(error).toContain(`Could not update Redis ${namespace}/contested`);
    expect(error).toContain(
      `this apply would change fields another server-side-apply manager owns: .spec.replicas (managed by "platform-team"). Nothing was written.`,
    );
    expect(error).toContain("force_conflicts = true");
    const after = await client.get(path);
    expect(after.spec).toEqual(before.spec);
    expect(after.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
    expect(platformTeamFields(after)).toEqual(["f:replicas", "f:size"]);

    work.write({ "main.tf": config("  replicas = 2\n", "  force_conflicts = true\n") });
    const forced = await work.apply();
    expect(flat(forced.stdout + forced.stderr)).toContain(
      "force_conflicts is set, so the apply takes them over.",
    );
    expect(((await client.get(path)).spec as { replicas: number }).replicas).toBe(2);
    expect((await work.plan()).changes).toBe(false);
    await work.destroy();
  });

  it("is forced from the environment too (COZYSTACK_FORCE_CONFLICTS), and status writers and our own writes never count", async () => {
    const work = await cozystackWorkdir({ env: { COZYSTACK_FORCE_CONFLICTS: "true" } });
    // Another object of its own, so this case does not depend on the first.
    const name = "contestedenv";
    const own = appPath(redis, namespace, name);
    work.write({ "main.tf": config("  replicas = 1\n", "", name) });
    await work.apply();
    await waitFor("ready", async () =>
      condition(await client.get(own), "Ready")?.status === "True" ? true : undefined,
    );
    // The stand-in's status writes (Update on the status subresource) and our create are in managedFields.
    work.write({ "main.tf": config("  replicas = 3\n", "", name) });
    const quiet = await work.ok(["plan", "-no-color", "-input=false"]);
    expect(quiet.stdout + quiet.stderr).not.toContain("Fields managed by another tool");

    await client.apply(
      own,
      {
        apiVersion: redis.apiVersion,
        kind: redis.kind,
        metadata: { name, namespace },
        spec: { replicas: 1 },
      },
      "platform-team",
    );
    const forced = await work.apply();
    expect(flat(forced.stdout + forced.stderr)).toContain(
      '.spec.replicas (managed by "platform-team"). force_conflicts is set, so the apply takes them over.',
    );
    expect(((await client.get(own)).spec as { replicas: number }).replicas).toBe(3);
    await work.destroy();
  });
});
