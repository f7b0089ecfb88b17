import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cozystackProvider } from "../../provider/cozystack/provider.ts";
import { encodeMsgpack } from "../../provider/plugin/cty/msgpack.ts";
import { precompute } from "../../provider/plugin/precompute.ts";
import { blockType } from "../../provider/plugin/schema.ts";
import { LOCAL_SOURCE, localProviderHeader } from "../../scripts/build-provider.ts";
import { buildExecutable, runnerFor } from "../../scripts/release/executable.ts";
import { providerSchemaJson } from "../support/schema-json.ts";
import { cliPath, Workdir } from "../support/tofu.ts";
import { call, codec, connect, hostEnv, launch, newClientCertificate, type Launched } from "./harness.ts";

/**
 * The single executable users install: Node, the provider and a start-up snapshot of
 * the loaded model in one file. Every process here runs with a PATH that holds no
 * `node`, so nothing can fall back to a Node installed on this machine.
 */
const noNode = mkdtempSync(join(tmpdir(), "no-node-"));
const definition = cozystackProvider({});
const postgresType = blockType(definition.resources!.cozystack_postgres!.schema.block);

describe("the single executable (linux-x64)", () => {
  let executable: string;
  beforeAll(async () => {
    executable = await buildExecutable({
      platform: "linux-x64",
      outFile: join(mkdtempSync(join(tmpdir(), "executable-")), "terraform-provider-cozystack"),
    });
  });

  it("is one ELF file, and the PATH the tests give it holds no node", () => {
    const head = Buffer.alloc(4);
    const fd = openSync(executable, "r");
    readSync(fd, head, 0, 4, 0);
    closeSync(fd);
    expect(head).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
    expect(existsSync(join(noNode, "node"))).toBe(false);
    expect(spawnSync("sh", ["-c", "command -v node"], { env: { PATH: noNode } }).status).not.toBe(0);
  });

  it("reads its environment when started, not when built: without the host's cookie it refuses", () => {
    const run = spawnSync(executable, [], { env: { PATH: noNode }, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("This binary is a plugin");
  });

  it("ignores a NODE_OPTIONS meant for other programs (OpenTofu passes the user's environment on)", async () => {
    const l = await launch(
      executable,
      { ...hostEnv(), PATH: noNode, NODE_OPTIONS: "--require /nonexistent/preload.js" },
      true,
    );
    l.child.kill();
    expect(l.fields.slice(0, 2)).toEqual(["1", "6"]);
  });

  describe("over the plugin protocol", () => {
    let l: Launched;
    let session: ReturnType<typeof connect>;
    beforeAll(async () => {
      const cert = newClientCertificate();
      l = await launch(executable, { ...hostEnv(cert), PATH: noNode }, true);
      session = connect(l, cert);
    });
    afterAll(() => {
      session?.close();
      l?.child.kill();
    });

    it("handshakes as go-plugin does, with a certificate of its own", () => {
      const [core, app, network, address, protocol, cert] = l.fields;
      expect([core, app, network, protocol]).toEqual(["1", "6", "unix", "grpc"]);
      expect(existsSync(address!)).toBe(true);
      expect(cert!.length).toBeGreaterThan(50);
    });

    it("answers GetProviderSchema exactly as the sources do", async () => {
      const answer = await call(session, ".tfplugin6.Provider", "GetProviderSchema", {});
      expect(answer.status).toBe(0);
      const output = ".tfplugin6.GetProviderSchema.Response";
      const fromSources = (await precompute(definition)).GetProviderSchema!;
      // Decoded from a Buffer, as the harness decodes what it receives, so byte fields compare alike.
      expect(answer.responses[0]).toEqual(codec.decode(output, Buffer.from(fromSources)));
    });

    const cases = [
      {
        reason: "a valid configuration has no diagnostics",
        config: { name: "db", namespace: "tenant-a", replicas: 3 },
        paths: [],
      },
      {
        reason: "a rule across fields names the nested attribute",
        config: { name: "db", namespace: "tenant-a", replicas: 2, quorum: { max_sync_replicas: 5 } },
        paths: [["quorum", "max_sync_replicas"]],
      },
      {
        reason: "a malformed quantity names its attribute",
        config: { name: "db", namespace: "tenant-a", size: "ten gigabytes" },
        paths: [["size"]],
      },
    ];
    for (const c of cases) {
      it(`ValidateResourceConfig: ${c.reason}`, async () => {
        const answer = await call(session, ".tfplugin6.Provider", "ValidateResourceConfig", {
          type_name: "cozystack_postgres",
          config: { msgpack: encodeMsgpack(c.config as never, postgresType) },
        });
        expect(answer.status).toBe(0);
        const diagnostics = (answer.responses[0]!.diagnostics ?? []) as {
          severity: number;
          attribute?: { steps: { attribute_name: string }[] };
        }[];
        expect(diagnostics.every((d) => d.severity === 1)).toBe(true);
        expect(diagnostics.map((d) => d.attribute?.steps.map((s) => s.attribute_name))).toEqual(c.paths);
      });
    }
  });

  describe("through OpenTofu, with dev_overrides", () => {
    let work: Workdir;
    beforeAll(() => {
      work = new Workdir({
        bin: cliPath("tofu"),
        providers: [{ source: LOCAL_SOURCE, dir: dirname(executable) }],
        // A create plans without the platform, so the address may point nowhere.
        env: { PATH: noNode, COZYSTACK_TENANT_NAMESPACE: "tenant-from-env" },
      });
    });

    it("shows the schema the model declares", async () => {
      work.write({ "main.tf": localProviderHeader });
      const printed = JSON.parse((await work.ok(["providers", "schema", "-json"])).stdout) as {
        provider_schemas: Record<string, unknown>;
      };
      expect(printed.provider_schemas[LOCAL_SOURCE]).toEqual(providerSchemaJson(definition));
    });

    it("reports a validation error at the attribute's line", async () => {
      work.write({
        "main.tf": `${localProviderHeader}resource "cozystack_postgres" "db" {\n  name = "db"\n  size = "ten gigabytes"\n}\n`,
      });
      const result = await work.run(["validate", "-no-color"]);
      expect(result.code).toBe(1);
      // OpenTofu quotes the line the diagnostic's attribute path leads to.
      expect(result.stderr).toMatch(
        /in resource "cozystack_postgres" "db":\n\s+\d+:\s+size = "ten gigabytes"/,
      );
    });

    it("plans a create with the namespace from the environment it was started with", async () => {
      work.write({
        "main.tf": `${localProviderHeader.replace(
          'provider "cozystack" {}',
          'provider "cozystack" {\n  host  = "https://127.0.0.1:9"\n  token = "unused"\n}',
        )}resource "cozystack_postgres" "db" {\n  name = "db"\n}\n`,
      });
      const plan = await work.planJson();
      const db = plan.resource_changes?.find((r) => r.address === "cozystack_postgres.db");
      expect(db?.change.actions).toEqual(["create"]);
      expect((db?.change.after as { namespace?: string }).namespace).toBe("tenant-from-env");
    });
  });
});

/** How this machine runs an arm64 binary, or why it cannot. */
function arm64Runner(): { command?: string[]; missing?: string } {
  try {
    const runner = runnerFor("linux-arm64");
    const found = spawnSync("sh", ["-c", `command -v ${runner[0] ?? "true"}`], { encoding: "utf8" });
    if (found.status !== 0) return { missing: `${runner[0]} is not installed` };
    return { command: [found.stdout.trim(), ...runner.slice(1)] };
  } catch (e) {
    return { missing: (e as Error).message };
  }
}

const arm64 = arm64Runner();

// The arm64 snapshot is written by the arm64 Node itself, under qemu user emulation here;
// only running it proves the heap it holds deserializes on that architecture.
describe.skipIf(arm64.missing !== undefined)("the single executable (linux-arm64, under qemu)", () => {
  let l: Launched;
  let session: ReturnType<typeof connect>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "executable-arm64-"));
    const executable = await buildExecutable({
      platform: "linux-arm64",
      outFile: join(dir, "terraform-provider-cozystack"),
    });
    const wrapper = join(dir, "run-arm64");
    writeFileSync(wrapper, `#!/bin/sh\nexec ${arm64.command!.join(" ")} "${executable}"\n`);
    chmodSync(wrapper, 0o755);
    const cert = newClientCertificate();
    l = await launch(wrapper, { ...hostEnv(cert), PATH: noNode }, true);
    session = connect(l, cert);
  });
  afterAll(() => {
    session?.close();
    l?.child.kill();
  });

  it("handshakes and validates with the model from its snapshot", async () => {
    expect(l.fields.slice(0, 3)).toEqual(["1", "6", "unix"]);
    const answer = await call(session, ".tfplugin6.Provider", "ValidateResourceConfig", {
      type_name: "cozystack_postgres",
      config: {
        msgpack: encodeMsgpack(
          { name: "db", namespace: "tenant-a", replicas: 2, quorum: { max_sync_replicas: 5 } } as never,
          postgresType,
        ),
      },
    });
    const diagnostics = answer.responses[0]!.diagnostics as {
      attribute?: { steps: { attribute_name: string }[] };
    }[];
    expect(diagnostics.map((d) => d.attribute?.steps.map((s) => s.attribute_name))).toEqual([
      ["quorum", "max_sync_replicas"],
    ]);
  });
});
