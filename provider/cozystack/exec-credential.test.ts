import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConnectionError, kubeconfigCredentials, resolveTarget } from "./connection.ts";
import {
  cachedExecToken,
  parseExecCredential,
  runExecPlugin,
  type ExecCredential,
} from "./exec-credential.ts";

const dir = mkdtempSync(join(tmpdir(), "exec-plugin-"));
const API = "client.authentication.k8s.io/v1";

/** A credential plugin as a shell script; it counts its runs and records what it was given. */
function plugin(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `#!/bin/sh\necho run >> "${path}.runs"\nprintf '%s' "$KUBERNETES_EXEC_INFO" > "${path}.info"\nprintf '%s' "$PLUGIN_FLAVOUR" > "${path}.env"\n${body}\n`,
  );
  chmodSync(path, 0o755);
  return path;
}
const runs = (path: string) =>
  existsSync(`${path}.runs`) ? readFileSync(`${path}.runs`, "utf8").trim().split("\n").length : 0;
const credential = (status: Record<string, unknown>) =>
  `cat <<'JSON'\n${JSON.stringify({ apiVersion: API, kind: "ExecCredential", status })}\nJSON`;

function kubeconfig(user: Record<string, unknown>): string {
  const path = join(dir, `kubeconfig-${Math.random().toString(36).slice(2)}`);
  writeFileSync(
    path,
    JSON.stringify({
      "current-context": "c",
      contexts: [{ name: "c", context: { cluster: "k", user: "u", namespace: "tenant-x" } }],
      clusters: [
        { name: "k", cluster: { server: "https://127.0.0.1:6443", "certificate-authority-data": "Q0E=" } },
      ],
      users: [{ name: "u", user }],
    }),
  );
  return path;
}

describe("exec credential plugins", () => {
  it("runs the plugin with KUBERNETES_EXEC_INFO, its env and cluster info, and reads the token", async () => {
    const path = plugin("token", credential({ token: "tok-1" }));
    const cred = await runExecPlugin(
      {
        apiVersion: API,
        command: path,
        env: [{ name: "PLUGIN_FLAVOUR", value: "vanilla" }],
        provideClusterInfo: true,
      },
      { server: "https://127.0.0.1:6443" },
      process.env,
      "u",
    );
    expect(cred).toEqual({ token: "tok-1", expiresAt: undefined });
    expect(readFileSync(`${path}.env`, "utf8")).toBe("vanilla");
    expect(JSON.parse(readFileSync(`${path}.info`, "utf8"))).toEqual({
      apiVersion: API,
      kind: "ExecCredential",
      spec: { interactive: false, cluster: { server: "https://127.0.0.1:6443" } },
    });
  });

  it("explains a failing plugin by its stderr and never quotes its stdout", async () => {
    const path = plugin(
      "fails",
      "echo 'leaked-token-value'\necho 'login required: run kubelogin' >&2\nexit 3",
    );
    const failure = runExecPlugin({ command: path }, { server: "https://x" }, process.env, "alice");
    await expect(failure).rejects.toThrow(/user "alice".*failed: login required: run kubelogin/);
    await expect(failure).rejects.not.toThrow(/leaked-token-value/);
  });

  it("gives the install hint when the command does not exist", async () => {
    await expect(
      runExecPlugin(
        { command: join(dir, "no-such-plugin"), installHint: "Install kubelogin: https://example.test" },
        { server: "https://x" },
        process.env,
        "u",
      ),
    ).rejects.toThrow(/command not found; Install kubelogin/);
  });

  it("rejects output that is not an ExecCredential without echoing it", () => {
    expect(() => parseExecCredential("secret-token-here", API)).toThrow(/not an ExecCredential JSON/);
    expect(() => parseExecCredential("secret-token-here", API)).not.toThrow(/secret-token-here/);
    expect(() => parseExecCredential(JSON.stringify({ apiVersion: API, kind: "Other" }), API)).toThrow(
      /kind "Other"/,
    );
    expect(() =>
      parseExecCredential(
        JSON.stringify({
          apiVersion: "client.authentication.k8s.io/v1beta1",
          kind: "ExecCredential",
          status: { token: "t" },
        }),
        API,
      ),
    ).toThrow(/asked for client.authentication.k8s.io\/v1/);
    expect(() =>
      parseExecCredential(JSON.stringify({ apiVersion: API, kind: "ExecCredential", status: {} }), API),
    ).toThrow(/neither status.token nor a client certificate/);
  });

  it("reuses a token until it is about to expire, sharing one renewal between concurrent callers", async () => {
    let calls = 0;
    const rerun = async (): Promise<ExecCredential> => {
      calls++;
      await new Promise((r) => setTimeout(r, 20));
      return { token: `renewed-${calls}`, expiresAt: Date.now() + 3_600_000 };
    };
    const lasting = cachedExecToken({ token: "first", expiresAt: Date.now() + 3_600_000 }, rerun);
    expect([await lasting(), await lasting()]).toEqual(["first", "first"]);
    expect(calls).toBe(0);

    const expiring = cachedExecToken({ token: "first", expiresAt: Date.now() + 5_000 }, rerun);
    expect(await Promise.all([expiring(), expiring(), expiring()])).toEqual([
      "renewed-1",
      "renewed-1",
      "renewed-1",
    ]);
    expect(await expiring()).toBe("renewed-1");
    expect(await expiring(true)).toBe("renewed-2");
    expect(calls).toBe(2);
  });
});

describe("kubeconfigs with exec plugins", () => {
  it("resolves a token source that runs the plugin when first asked", async () => {
    const path = plugin(
      "resolve",
      credential({ token: "tok-resolve", expirationTimestamp: "2099-01-01T00:00:00Z" }),
    );
    const target = await resolveTarget(
      { configPath: kubeconfig({ exec: { apiVersion: API, command: path } }) },
      process.env,
    );
    expect(target.server).toBe("https://127.0.0.1:6443");
    expect(target.namespace).toBe("tenant-x");
    expect(target.token).toBeUndefined();
    expect(await target.tokenSource?.()).toBe("tok-resolve");
    expect(runs(path)).toBe(1);
  });

  it("uses a client certificate the plugin returns", async () => {
    const path = plugin("cert", credential({ clientCertificateData: "CERT", clientKeyData: "KEY" }));
    const target = await resolveTarget(
      { configPath: kubeconfig({ exec: { apiVersion: API, command: path } }) },
      process.env,
    );
    expect([target.clientCert, target.clientKey, target.tokenSource]).toEqual(["CERT", "KEY", undefined]);
  });

  it("parsing a kubeconfig (parse_kubeconfig, cozystack_kubeconfig) never runs its plugin", async () => {
    const path = plugin("parse-only", credential({ token: "never" }));
    const text = readFileSync(kubeconfig({ exec: { apiVersion: API, command: path } }), "utf8");
    const parsed = await kubeconfigCredentials(text, "the kubeconfig");
    expect(parsed).toMatchObject({ host: "https://127.0.0.1:6443", token: null });
    expect(runs(path)).toBe(0);
  });

  it("refuses the removed auth-provider mechanism with a way forward, only when calling the platform", async () => {
    const config = kubeconfig({ "auth-provider": { name: "oidc" } });
    await expect(resolveTarget({ configPath: config }, process.env)).rejects.toThrow(ConnectionError);
    await expect(resolveTarget({ configPath: config }, process.env)).rejects.toThrow(
      /auth-provider "oidc", which Kubernetes removed; use an exec credential plugin/,
    );
    await expect(kubeconfigCredentials(readFileSync(config, "utf8"), "k")).resolves.toMatchObject({
      token: null,
    });
  });
});
