import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cozystackProvider } from "../../provider/cozystack/provider.ts";
import { createHandlers } from "../../provider/plugin/engine/server.ts";
import { createLogger } from "../../provider/plugin/log.ts";
import { DEFINITION_ONLY_RPCS, precompute } from "../../provider/plugin/precompute.ts";
import type { UnaryHandler } from "../../provider/plugin/transport/grpc.ts";
import { buildProvider, LOCAL_SOURCE, localProviderHeader } from "../../scripts/build-provider.ts";
import { providerSchemaJson } from "../support/schema-json.ts";
import { cliPath, Workdir } from "../support/tofu.ts";
import { toyProvider } from "../toy-provider/provider.ts";
import { call, codec, connect, hostEnv, launch, newClientCertificate, type Launched } from "./harness.ts";

const output = (rpc: string) => `.tfplugin6.${rpc}.Response`;

describe("precomputed definition-only answers", () => {
  it("decode to exactly what the live handlers answer", async () => {
    const def = toyProvider();
    const live = createHandlers(
      def,
      createLogger("test", () => {}),
    );
    const ready = await precompute(def);
    expect(Object.keys(ready).sort()).toEqual([...DEFINITION_ONLY_RPCS].sort());
    for (const rpc of DEFINITION_ONLY_RPCS) {
      const answer = await (live[rpc] as UnaryHandler)(
        {},
        { signal: new AbortController().signal, onFinished: () => {} },
      );
      const roundTrip = codec.decode(output(rpc), codec.encode(output(rpc), answer as never));
      expect(codec.decode(output(rpc), ready[rpc]!), rpc).toEqual(roundTrip);
    }
  });
});

describe("the bundled cozystack provider", () => {
  let launcher: string;
  beforeAll(async () => {
    launcher = await buildProvider(mkdtempSync(join(tmpdir(), "bundle-")));
  });

  it("answers the schema without loading its definition, and loads it for the first other call", async () => {
    const cert = newClientCertificate();
    const bundle = join(dirname(launcher), "provider", "main.mjs");
    const l: Launched = await launch(bundle, { ...hostEnv(cert), TF_LOG: "trace" });
    afterAll(() => l.child.kill());
    const session = connect(l, cert);
    const schema = await call(session, ".tfplugin6.Provider", "GetProviderSchema", {});
    expect(schema.status).toBe(0);
    expect(Object.keys(schema.responses[0]!.resource_schemas as object)).toContain("cozystack_postgres");
    expect(l.stderr()).not.toContain("provider definition loaded");

    const validated = await call(session, ".tfplugin6.Provider", "ValidateProviderConfig", {
      config: { json: new TextEncoder().encode("{}") },
    });
    expect(validated.status).toBe(0);
    expect(l.stderr()).toContain("provider definition loaded");
    session.close();
  });

  it("shows OpenTofu the schema the model declares", async () => {
    const work = new Workdir({
      bin: cliPath("tofu"),
      providers: [{ source: LOCAL_SOURCE, dir: dirname(launcher) }],
    });
    work.write({ "main.tf": localProviderHeader });
    const printed = JSON.parse((await work.ok(["providers", "schema", "-json"])).stdout) as {
      provider_schemas: Record<string, unknown>;
    };
    expect(printed.provider_schemas[LOCAL_SOURCE]).toEqual(providerSchemaJson(await cozystackProvider()));
  });
});
