import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { itWhen } from "../support/when.ts";
import { afterAll, describe, expect, it } from "vitest";
import { cliPath, providerLauncher, resourceValues, Workdir, type Cli } from "../support/tofu.ts";
import { TOY_ENTRY } from "./harness.ts";

/**
 * The toy provider's full lifecycle through real hosts: OpenTofu 1.12 and Terraform 1.8.5.
 */
const SOURCE = "example.test/test/toy";
const launcher = providerLauncher("toy", TOY_ENTRY);
const header = `terraform {\n  required_providers {\n    toy = { source = "${SOURCE}" }\n  }\n}\nprovider "toy" {}\n`;

const thing = (extra = "") => `
resource "toy_thing" "a" {
  name     = "alpha"
  size     = 3
  big      = 123456789012345678901234567890
  ratio    = 0.25
  tags     = { env = "dev" }
  items    = ["x", "y"]
  uniq     = ["b", "a"]
  pair     = ["p", 2]
  obj      = { a = "A", b = 9007199254740993 }
  settings = { mode = "fast" }
  rules    = [{ port = 80 }, { port = 443, proto = "tcp" }]
  extra    = { any = ["thing", 1] }
  secret   = "hush-hush"
  note { text = "hello" }
  ${extra}
}
`;

/** `modern`: the host keeps write-only attributes and ephemeral values out of state (OpenTofu >= 1.11). */
const hosts: Array<{ cli: Cli; version: string; modern: boolean }> = [
  { cli: "tofu", version: "1.12.6", modern: true },
  { cli: "tofu", version: "1.11.5", modern: true },
  { cli: "tofu", version: "1.10.10", modern: false },
  { cli: "terraform", version: "1.8.5", modern: false },
];

describe.each(hosts)("$cli $version drives the toy provider", ({ cli, version, modern }) => {
  const store = mkdtempSync(join(tmpdir(), "toy-store-"));
  const work = new Workdir({
    bin: cliPath(cli, version),
    providers: [{ source: SOURCE, dir: launcher.dir }],
    env: { TOY_STORE: store },
  });
  const stored = (name: string) =>
    JSON.parse(readFileSync(join(store, `thing--${name}.json`), "utf8")) as Record<string, unknown>;
  afterAll(async () => {
    await work.run(["destroy", "-auto-approve", "-no-color"]);
  });

  it("validates, and reports bad values with their attribute", async () => {
    work.write({ "main.tf": header + thing() });
    await work.validate();
    work.write({ "main.tf": header + thing().replace("size     = 3", "size     = -1") });
    const bad = await work.run(["validate", "-no-color"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Invalid size");
    expect(bad.stderr).toMatch(/size\s+=\s+-1/);
  });

  it("creates, stores exact values, and plans no changes afterwards", async () => {
    work.write({ "main.tf": header + thing() });
    await work.apply();
    const values = resourceValues(await work.show(), "toy_thing.a");
    expect(values).toMatchObject({
      id: "alpha",
      name: "alpha",
      size: 3,
      enabled: false,
      uniq: ["a", "b"],
      pair: ["p", 2],
      settings: { mode: "fast", level: 1 },
    });
    expect(values.created_at).toBe("1970-01-01T00:00:00.000Z");
    expect(values.note).toEqual([{ text: "hello" }]);
    // JSON numbers beyond 2^53 must survive the whole trip; compare the stored text.
    const raw = readFileSync(join(store, "thing--alpha.json"), "utf8");
    expect(raw).toContain('"big":123456789012345678901234567890');
    expect(raw).toContain('"b":9007199254740993');
    const state = work.read("terraform.tfstate");
    expect(state).toContain("123456789012345678901234567890");
    expect(state).toContain("9007199254740993");
    expect((await work.plan()).changes).toBe(false);
  });

  it("marks sensitive values in plans and output", async () => {
    const show = await work.show();
    const resource = show.values!.root_module.resources!.find((r) => r.address === "toy_thing.a")!;
    expect(resource.sensitive_values).toMatchObject({ secret: true });
    const plan = await work.run(["plan", "-no-color", "-refresh-only"]);
    expect(plan.stdout).not.toContain("hush-hush");
  });

  it("updates in place", async () => {
    work.write({ "main.tf": header + thing().replace("size     = 3", "size     = 4") });
    const plan = await work.planJson();
    expect(plan.resource_changes?.[0]?.change.actions).toEqual(["update"]);
    await work.apply();
    expect(stored("alpha").size).toBe(4);
    expect((await work.plan()).changes).toBe(false);
  });

  it("sees drift made outside the tool, and reverts it", async () => {
    const file = join(store, "thing--alpha.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"size":4', '"size":40'));
    const plan = await work.plan();
    expect(plan.changes).toBe(true);
    expect(plan.stdout).toMatch(/~ size\s+= 40 -> 4/);
    await work.apply();
    expect(stored("alpha").size).toBe(4);
  });

  it("replaces when a replacing attribute changes", async () => {
    work.write({ "main.tf": header + thing().replace('name     = "alpha"', 'name     = "beta"') });
    const plan = await work.planJson();
    expect(plan.resource_changes?.[0]?.change.actions).toEqual(["delete", "create"]);
    await work.apply();
    expect(existsSync(join(store, "thing--alpha.json"))).toBe(false);
    expect(stored("beta").name).toBe("beta");
  });

  it("imports with an import block and generates config that plans clean", async () => {
    work.write({ "main.tf": header + thing().replace('name     = "alpha"', 'name     = "beta"') });
    await work.apply();
    // A second thing exists only in the cloud.
    writeFileSync(
      join(store, "thing--gamma.json"),
      readFileSync(join(store, "thing--beta.json"), "utf8").replaceAll('"beta"', '"gamma"'),
    );
    work.write({ "import.tf": `import {\n  to = toy_thing.g\n  id = "gamma"\n}\n` });
    work.remove("generated.tf");
    await work.ok(["plan", "-no-color", "-generate-config-out=generated.tf"]);
    const generated = work.read("generated.tf");
    expect(generated).toContain("name ");
    expect(generated).toContain('"gamma"');
    // Generated config may carry computed-only attributes that must be removed by hand in any provider; ours generates none.
    await work.apply();
    expect(resourceValues(await work.show(), "toy_thing.g").name).toBe("gamma");
    expect((await work.plan()).changes).toBe(false);
    work.remove("import.tf");
    work.remove("generated.tf");
    await work.ok(["state", "rm", "toy_thing.g"]);
  });

  it("moves state across resource types with a moved block", async () => {
    work.write({ "main.tf": header + `resource "toy_legacy" "old" {\n  title = "delta"\n}\n` });
    await work.apply();
    work.write({
      "main.tf":
        header +
        `resource "toy_thing" "new" {\n  name = "delta"\n  note { text = "moved" }\n}\nmoved {\n  from = toy_legacy.old\n  to   = toy_thing.new\n}\n`,
    });
    const plan = await work.plan();
    expect(plan.stdout).toContain("(moved from toy_legacy.old)");
    await work.apply();
    expect(resourceValues(await work.show(), "toy_thing.new").name).toBe("delta");
  });

  it("calls provider functions, exactly and with argument errors", async () => {
    work.write({
      "main.tf":
        header +
        `output "sum" { value = provider::toy::sum(1, 2, 3) }\noutput "big" { value = provider::toy::add(9007199254740993, 1) }\noutput "echo" { value = provider::toy::echo({ a = [1, "x"] }) }\noutput "upper" { value = provider::toy::upper("abc") }\n`,
    });
    await work.apply();
    const outputs = (await work.show()).values!.outputs!;
    expect(outputs.sum!.value).toBe(6);
    expect(outputs.upper!.value).toBe("ABC");
    expect(outputs.echo!.value).toEqual({ a: [1, "x"] });
    expect(work.read("terraform.tfstate")).toContain("9007199254740994");
    work.write({ "main.tf": header + `output "bad" { value = provider::toy::fail("why not") }\n` });
    const failed = await work.run(["plan", "-no-color"]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("failed as asked: why not");
  });

  itWhen(modern)("keeps write-only values and ephemeral results out of state", async () => {
    work.write({
      "main.tf":
        header +
        `ephemeral "toy_token" "t" {\n  name = "tok"\n}\nresource "toy_thing" "w" {\n  name                = "wonly"\n  password_wo         = ephemeral.toy_token.t.token\n  password_wo_version = 1\n}\n`,
    });
    await work.apply();
    const values = resourceValues(await work.show(), "toy_thing.w");
    expect(values.password_wo).toBeNull();
    expect(values.password_hash).toMatch(/^[0-9a-f]{64}$/);
    const state = work.read("terraform.tfstate");
    expect(state).not.toMatch(/tok-[0-9a-f]{12}/);
    const events = readFileSync(join(store, "events.log"), "utf8");
    expect(events).toContain("open tok");
    expect(events).toContain("close tok");
    expect((await work.plan()).changes).toBe(false);
  });

  itWhen(!modern)("refuses write-only attributes on a host that cannot keep them out of state", async () => {
    work.write({
      "main.tf": header + `resource "toy_thing" "w" {\n  name        = "wonly"\n  password_wo = "x"\n}\n`,
    });
    const result = await work.run(["validate", "-no-color"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Write-only attributes need OpenTofu >= 1.11");
  });

  it("destroys everything", async () => {
    work.write({ "main.tf": header });
    await work.apply();
    expect(existsSync(join(store, "thing--beta.json"))).toBe(false);
    expect(existsSync(join(store, "thing--delta.json"))).toBe(false);
  });
});
