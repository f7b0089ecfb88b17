import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeMsgpack, encodeMsgpack } from "../../provider/plugin/cty/msgpack.ts";
import { t } from "../../provider/plugin/cty/types.ts";
import { buildProvider } from "../../scripts/build-provider.ts";
import { call, connect, hostEnv, launch, newClientCertificate, type Launched } from "./harness.ts";

/**
 * The provider users run is the bundle, not the sources: a dependency that works
 * under vitest can still fail inside an ESM chunk (CommonJS `require`, a missing
 * file). These tests load every chunk of a fresh build and call the paths that
 * pull in a dependency through the built binary itself.
 */
const CA = Buffer.from("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n").toString("base64");

/** A kubeconfig as kubectl writes it: YAML, block style, two contexts. */
const YAML_KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${CA}
    server: https://api.acme.example.test:6443
  name: acme
- cluster:
    server: https://other.example.test:6443
  name: other
contexts:
- context:
    cluster: other
    user: other
  name: other
- context:
    cluster: acme
    namespace: tenant-acme
    user: acme-admin
  name: acme
current-context: acme
preferences: {}
users:
- name: acme-admin
  user:
    token: yaml-token
- name: other
  user:
    token: other-token
`;

const JSON_KUBECONFIG = JSON.stringify({
  apiVersion: "v1",
  kind: "Config",
  clusters: [{ name: "c", cluster: { server: "https://json.example.test:443" } }],
  users: [{ name: "u", user: { token: "json-token" } }],
  contexts: [{ name: "x", context: { cluster: "c", user: "u" } }],
  "current-context": "x",
});

const credentialsType = t.object({
  host: t.string,
  cluster_ca_certificate: t.string,
  token: t.string,
  client_certificate: t.string,
  client_key: t.string,
});

describe("the built provider artifact", () => {
  let launcher: string;
  beforeAll(async () => {
    launcher = await buildProvider(mkdtempSync(join(tmpdir(), "artifact-")));
  });

  it("loads every chunk of the bundle", () => {
    const chunks = join(dirname(launcher), "provider");
    const files = readdirSync(chunks).filter((f) => f.endsWith(".mjs") && f !== "main.mjs");
    // The dependencies the provider loads lazily must each be in a chunk of their own.
    expect(files.length).toBeGreaterThan(3);
    const script = files.map((f) => `await import(${JSON.stringify(join(chunks, f))});`).join("\n");
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  describe("parse_kubeconfig, called through the binary", () => {
    let l: Launched;
    let session: ReturnType<typeof connect>;
    beforeAll(async () => {
      const cert = newClientCertificate();
      l = await launch(launcher, hostEnv(cert), true);
      session = connect(l, cert);
    });
    afterAll(() => {
      session.close();
      l.child.kill();
    });

    const parse = async (text: string) => {
      const answer = await call(session, ".tfplugin6.Provider", "CallFunction", {
        name: "parse_kubeconfig",
        arguments: [{ msgpack: encodeMsgpack(text, t.string) }],
      });
      expect(answer.status).toBe(0);
      const response = answer.responses[0]!;
      const failure = response.error as { text?: string } | undefined;
      if (failure?.text) throw new Error(failure.text);
      return decodeMsgpack((response.result as { msgpack: Uint8Array }).msgpack, credentialsType);
    };

    const cases = [
      {
        reason: "YAML as kubectl writes it: the current context picks cluster and user",
        text: YAML_KUBECONFIG,
        host: "https://api.acme.example.test:6443",
        token: "yaml-token",
      },
      {
        reason: "JSON, which kubectl also reads",
        text: JSON_KUBECONFIG,
        host: "https://json.example.test:443",
        token: "json-token",
      },
    ];
    for (const c of cases) {
      it(c.reason, async () => {
        const result = (await parse(c.text)) as Record<string, unknown>;
        expect(result.host).toBe(c.host);
        expect(result.token).toBe(c.token);
      });
    }

    it("names a kubeconfig that is neither, and where, without quoting it", async () => {
      const broken = "users:\n- name: a\n  user:\n    token: [hunter2\n";
      const failure = await parse(broken).then(
        () => "",
        (e: Error) => e.message,
      );
      expect(failure).toMatch(/not a valid kubeconfig: .*\(line \d\)/);
      expect(failure).not.toContain("hunter2");
      const json = await parse('{"users": [{"user": {"token": hunter2}}]}').then(
        () => "",
        (e: Error) => e.message,
      );
      expect(json).toContain("not valid JSON");
      expect(json).not.toContain("hunter2");
    });
  });
});
