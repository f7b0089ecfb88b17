import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { X509Certificate } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeMsgpack, decodeMsgpack } from "../../provider/plugin/cty/msgpack.ts";
import { t } from "../../provider/plugin/cty/types.ts";
import { call, connect, hostEnv, launch, newClientCertificate, TOY_ENTRY, type Launched } from "./harness.ts";

const store = mkdtempSync(join(tmpdir(), "toy-store-"));

describe("handshake", () => {
  it("exits 1 with a clear message when run by hand", async () => {
    const error = await launch(TOY_ENTRY, {}).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toContain("This binary is a plugin");
  });

  it("refuses a host that offers no protocol 6", async () => {
    const error = await launch(TOY_ENTRY, { ...hostEnv(), PLUGIN_PROTOCOL_VERSIONS: "4,5" }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toContain("plugin protocol 6");
  });

  it("prints one handshake line: core 1, protocol 6, unix socket, grpc, unpadded base64 DER certificate", async () => {
    const client = newClientCertificate();
    const l = await launch(TOY_ENTRY, { ...hostEnv(client), TOY_STORE: store });
    try {
      expect(l.fields.slice(0, 3)).toEqual(["1", "6", "unix"]);
      expect(l.fields[3]).toMatch(/^\/.*plugin\.sock$/);
      expect(l.fields[4]).toBe("grpc");
      expect(l.fields[5]).toMatch(/^[A-Za-z0-9+/]+$/);
      expect(l.fields).toHaveLength(6);
      const cert = new X509Certificate(Buffer.from(l.fields[5]!, "base64"));
      expect(cert.subjectAltName).toContain("DNS:localhost");
      expect(cert.checkHost("localhost")).toBe("localhost");
      expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
      expect(cert.keyUsage).toEqual(expect.arrayContaining(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]));
    } finally {
      l.child.kill();
    }
  });

  it("listens on loopback TCP when asked", async () => {
    const l = await launch(TOY_ENTRY, { ...hostEnv(), TOY_PLUGIN_NETWORK: "tcp", TOY_STORE: store });
    try {
      expect(l.fields[2]).toBe("tcp");
      expect(l.fields[3]).toMatch(/^127\.0\.0\.1:\d+$/);
      expect(l.fields[5]).toBe(""); // no client certificate from the host: plaintext
      const session = connect(l);
      const health = await call(session, ".grpc.health.v1.Health", "Check", { service: "plugin" });
      expect(health.responses[0]).toEqual({ status: 1 });
      session.close();
    } finally {
      l.child.kill();
    }
  });
});

describe("a served provider, over mTLS", () => {
  const client = newClientCertificate();
  let l: Launched;
  beforeAll(async () => {
    l = await launch(TOY_ENTRY, { ...hostEnv(client), TOY_STORE: store });
  });
  afterAll(() => l.child.kill());

  it("rejects a client that presents another certificate", async () => {
    const stranger = newClientCertificate();
    const session = connect(l, stranger);
    // With TLS 1.3 the server's verdict on the client certificate arrives after the
    // client's handshake; depending on timing the client sees an error or just a close.
    const outcome = await new Promise<string>((resolve) => {
      session.on("error", (e) => resolve(String(e)));
      session.on("close", () => resolve("closed without an answer"));
      const req = session.request({ ":path": "/grpc.health.v1.Health/Check", ":method": "POST" });
      req.on("response", () => resolve("answered"));
      req.on("error", (e) => resolve(String(e)));
      req.on("close", () => resolve("closed without an answer"));
      req.end();
    });
    expect(outcome).toMatch(/certificate|alert|socket hang up|ECONNRESET|closed without an answer/i);
    session.destroy();
  });

  it("negotiates h2 over TLS 1.2 or later and answers the health service", async () => {
    const session = connect(l, client);
    const health = await call(session, ".grpc.health.v1.Health", "Check", { service: "plugin" });
    expect(health).toMatchObject({ status: 0, responses: [{ status: 1 }] });
    const socket = session.socket as unknown as { alpnProtocol: string; getProtocol(): string };
    expect(socket.alpnProtocol).toBe("h2");
    expect(["TLSv1.2", "TLSv1.3"]).toContain(socket.getProtocol());
    session.close();
  });

  it("answers GetMetadata with every type it serves", async () => {
    const session = connect(l, client);
    const { responses } = await call(session, ".tfplugin6.Provider", "GetMetadata", {});
    expect(responses[0]!.server_capabilities).toMatchObject({
      plan_destroy: true,
      get_provider_schema_optional: true,
    });
    expect((responses[0]!.resources as Array<{ type_name: string }>).map((r) => r.type_name)).toEqual([
      "toy_thing",
      "toy_legacy",
    ]);
    expect((responses[0]!.list_resources as Array<{ type_name: string }>).map((r) => r.type_name)).toEqual([
      "toy_thing",
    ]);
    session.close();
    // Every answered call is logged at trace level with its duration, as terraform-plugin-go does.
    const served = l
      .stderr()
      .split("\n")
      .filter((line) => line.includes('"@message":"served"'))
      .map((line) => JSON.parse(line) as { "@level": string; rpc: string; duration_ms: number });
    expect(served).toContainEqual(
      expect.objectContaining({ "@level": "trace", rpc: "/tfplugin6.Provider/GetMetadata" }),
    );
  });

  it("streams ListResource events and validates list config", async () => {
    const session = connect(l, client);
    const configType = t.object({ prefix: t.string });
    const validated = await call(session, ".tfplugin6.Provider", "ValidateListResourceConfig", {
      type_name: "toy_thing",
      config: { msgpack: encodeMsgpack({ prefix: null }, configType) },
    });
    expect(validated.responses[0]!.diagnostics).toEqual([]);
    const listed = await call(session, ".tfplugin6.Provider", "ListResource", {
      type_name: "nope",
      config: { msgpack: encodeMsgpack({ prefix: null }, configType) },
    });
    expect(listed.status).toBe(0);
    expect(listed.responses[0]!.diagnostic).toMatchObject({
      severity: 1,
      summary: "Unknown list resource type",
    });
    session.close();
  });

  it("calls functions with exact big numbers, and reports function errors with the argument", async () => {
    const session = connect(l, client);
    const big = 2n ** 70n;
    const ok = await call(session, ".tfplugin6.Provider", "CallFunction", {
      name: "add",
      arguments: [{ msgpack: encodeMsgpack(big, t.number) }, { msgpack: encodeMsgpack(1, t.number) }],
    });
    expect(decodeMsgpack((ok.responses[0]!.result as { msgpack: Uint8Array }).msgpack, t.number)).toBe(
      big + 1n,
    );
    const failed = await call(session, ".tfplugin6.Provider", "CallFunction", {
      name: "fail",
      arguments: [{ msgpack: encodeMsgpack("because", t.string) }],
    });
    expect(failed.responses[0]!.error).toEqual({ text: "failed as asked: because", function_argument: 0n });
    session.close();
  });

  it("answers UNIMPLEMENTED for methods it does not serve", async () => {
    const session = connect(l, client);
    const result = await call(session, ".tfplugin6.Provider", "GenerateResourceConfig", {});
    expect(result.status).toBe(12);
    session.close();
  });

  it("replies to the controller's Shutdown, then exits at once", async () => {
    const session = connect(l, client);
    session.on("error", () => {});
    const result = await call(session, ".plugin.GRPCController", "Shutdown", {});
    expect(result.status).toBe(0);
    expect(await l.exited).toBe(0);
    session.destroy();
  });

  it("never writes anything but the handshake to stdout", () => {
    expect(l.stdout().trim().split("\n")).toHaveLength(1);
  });
});
