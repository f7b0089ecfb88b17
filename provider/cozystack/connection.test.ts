import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConnectionError,
  ENV_FALLBACKS,
  kubeconfigCredentials,
  resolveTarget,
  targetFromKubeconfig,
  withEnvFallbacks,
  type ConnectionSettings,
} from "./connection.ts";

/**
 * Where the provider finds the platform, decided from settings, environment and
 * kubeconfig text alone: no server is called, and no exec plugin runs (see
 * exec-credential.test.ts for those).
 */
const TOKEN = "tok-Zq93-secret";
const b64 = (s: string) => Buffer.from(s).toString("base64");
const dir = mkdtempSync(join(tmpdir(), "connection-test-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** A kubeconfig in YAML with two contexts, the way kubectl writes one. */
const kubeconfigYaml = (extra = "") => `apiVersion: v1
kind: Config
current-context: main
contexts:
- name: main
  context: { cluster: prod, user: alice, namespace: tenant-a }
- name: other
  context: { cluster: stage, user: bob }
- name: lost
  context: { cluster: nowhere, user: alice }
clusters:
- name: prod
  cluster:
    server: https://prod.example:6443
    certificate-authority-data: ${b64("PROD CA")}
    proxy-url: http://proxy.example:3128
- name: stage
  cluster:
    server: https://stage.example:6443
    insecure-skip-tls-verify: true
users:
- name: alice
  user:
    token: ${TOKEN}
- name: bob
  user:
    client-certificate-data: ${b64("BOB CERT")}
    client-key-data: ${b64("BOB KEY")}
${extra}`;

describe("withEnvFallbacks: each setting falls back to its KUBE_* variable", () => {
  const cases: Array<{
    reason: string;
    settings: ConnectionSettings;
    env: NodeJS.ProcessEnv;
    want: ConnectionSettings;
  }> = [
    {
      reason: "a setting given in the configuration wins over its variable",
      settings: { host: "https://given:6443", token: "given" },
      env: { KUBE_HOST: "https://env:6443", KUBE_TOKEN: "env" },
      want: { host: "https://given:6443", token: "given" },
    },
    {
      reason: "an unset setting takes its variable",
      settings: { host: "https://given:6443" },
      env: { KUBE_TOKEN: "env", KUBE_CTX: "other", KUBE_CONFIG_PATH: "/k" },
      want: { host: "https://given:6443", token: "env", configContext: "other", configPath: "/k" },
    },
    {
      reason: "an empty variable counts as unset",
      settings: {},
      env: { KUBE_HOST: "", KUBE_TOKEN: "" },
      want: {},
    },
    {
      reason: "KUBE_INSECURE is true for 'true' and '1'",
      settings: {},
      env: { KUBE_INSECURE: "1" },
      want: { insecure: true },
    },
    {
      reason: "KUBE_INSECURE is false for anything else",
      settings: {},
      env: { KUBE_INSECURE: "yes" },
      want: { insecure: false },
    },
    {
      reason: "insecure = false in the configuration is a setting, not a gap",
      settings: { insecure: false },
      env: { KUBE_INSECURE: "true" },
      want: { insecure: false },
    },
    {
      reason: "every PEM and the proxy come from their variables",
      settings: {},
      env: {
        KUBE_CLUSTER_CA_CERT_DATA: "CA",
        KUBE_CLIENT_CERT_DATA: "CERT",
        KUBE_CLIENT_KEY_DATA: "KEY",
        KUBE_PROXY_URL: "http://p:3128",
      },
      want: {
        clusterCaCertificate: "CA",
        clientCertificate: "CERT",
        clientKey: "KEY",
        proxyUrl: "http://p:3128",
      },
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      expect(withEnvFallbacks(c.settings, c.env)).toEqual(c.want);
    });
  }

  it("names the variables the provider schema documents", () => {
    expect(ENV_FALLBACKS).toEqual({
      configPath: "KUBE_CONFIG_PATH",
      configContext: "KUBE_CTX",
      host: "KUBE_HOST",
      token: "KUBE_TOKEN",
      clusterCaCertificate: "KUBE_CLUSTER_CA_CERT_DATA",
      clientCertificate: "KUBE_CLIENT_CERT_DATA",
      clientKey: "KUBE_CLIENT_KEY_DATA",
      insecure: "KUBE_INSECURE",
      proxyUrl: "KUBE_PROXY_URL",
    });
  });
});

describe("targetFromKubeconfig: a context of a kubeconfig as a target", () => {
  const caFile = file("ca.crt", "CA FROM FILE");
  const certFile = file("client.crt", "CERT FROM FILE");
  const keyFile = file("client.key", "KEY FROM FILE");
  const json = JSON.stringify({
    "current-context": "c",
    contexts: [{ name: "c", context: { cluster: "k", user: "u" } }],
    clusters: [{ name: "k", cluster: { server: "https://json:6443", "certificate-authority": caFile } }],
    users: [{ name: "u", user: { "client-certificate": certFile, "client-key": keyFile } }],
  });

  const cases: Array<{ reason: string; text: string; context?: string; want: Record<string, unknown> }> = [
    {
      reason: "the current context, with its namespace, token, decoded CA and proxy",
      text: kubeconfigYaml(),
      want: {
        server: "https://prod.example:6443",
        ca: "PROD CA",
        insecure: false,
        proxy: "http://proxy.example:3128",
        token: TOKEN,
        namespace: "tenant-a",
        unsupported: undefined,
        exec: undefined,
      },
    },
    {
      reason: "a context named in the settings wins over current-context",
      text: kubeconfigYaml(),
      context: "other",
      want: {
        server: "https://stage.example:6443",
        ca: undefined,
        insecure: true,
        token: undefined,
        clientCert: "BOB CERT",
        clientKey: "BOB KEY",
        namespace: undefined,
      },
    },
    {
      reason: "JSON is read without YAML, and certificate files are read from their paths",
      text: json,
      want: {
        server: "https://json:6443",
        ca: "CA FROM FILE",
        clientCert: "CERT FROM FILE",
        clientKey: "KEY FROM FILE",
      },
    },
    {
      reason: "a user the kubeconfig does not list has no credentials (the server decides)",
      text: kubeconfigYaml().replace("user: alice, namespace", "user: carol, namespace"),
      want: {
        server: "https://prod.example:6443",
        token: undefined,
        clientCert: undefined,
        clientKey: undefined,
      },
    },
    {
      reason: "an exec user keeps its plugin for later, with the cluster it is for",
      text: kubeconfigYaml(`- name: dana
  user:
    exec: { apiVersion: client.authentication.k8s.io/v1, command: kubelogin, args: [get-token] }
`).replace("user: alice, namespace", "user: dana, namespace"),
      want: {
        token: undefined,
        exec: {
          config: {
            apiVersion: "client.authentication.k8s.io/v1",
            command: "kubelogin",
            args: ["get-token"],
          },
          user: "dana",
          cluster: { server: "https://prod.example:6443", "certificate-authority-data": b64("PROD CA") },
        },
      },
    },
  ];
  for (const c of cases) {
    it(c.reason, async () => {
      expect(await targetFromKubeconfig(c.text, c.context, "the kubeconfig")).toMatchObject(c.want);
    });
  }

  const refusals: Array<{ reason: string; text: string; context?: string; message: string }> = [
    {
      reason: "a context the kubeconfig lacks",
      text: kubeconfigYaml(),
      context: "nope",
      message: 'the kubeconfig has no context "nope"',
    },
    {
      reason: "no context given and no current-context",
      text: kubeconfigYaml().replace("current-context: main\n", ""),
      message: 'the kubeconfig has no context ""',
    },
    {
      reason: "a context whose cluster is not listed",
      text: kubeconfigYaml(),
      context: "lost",
      message: "the kubeconfig: context lost names cluster nowhere, which has no server",
    },
    {
      reason: "an exec section without a command",
      text: kubeconfigYaml(`- name: erin
  user:
    exec: { apiVersion: client.authentication.k8s.io/v1 }
`).replace("user: alice, namespace", "user: erin, namespace"),
      message: "the kubeconfig: user erin has an exec section without a command",
    },
    {
      reason: "JSON that does not parse is named as such, without the text around the error",
      text: `{"users": [{"name": "u", "user": {"token": "${TOKEN}"}}]`,
      message: "the kubeconfig is not a valid kubeconfig: it starts with '{' but is not valid JSON",
    },
  ];
  for (const c of refusals) {
    it(`refuses ${c.reason}`, async () => {
      const failure = targetFromKubeconfig(c.text, c.context, "the kubeconfig");
      await expect(failure).rejects.toThrow(ConnectionError);
      await expect(failure).rejects.toThrow(new ConnectionError(c.message));
    });
  }

  it("refuses YAML that does not parse by line number, never quoting the line (it may hold a token)", async () => {
    const broken = kubeconfigYaml().replace(`token: ${TOKEN}`, `token: ${TOKEN}\n   bad: [indent`);
    const error = await targetFromKubeconfig(broken, undefined, "the kubeconfig").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/^the kubeconfig is not a valid kubeconfig: .* \(line \d+\)$/s);
    expect((error as Error).message).not.toContain(TOKEN);
  });
});

describe("resolveTarget: explicit host, then a kubeconfig, then in-cluster", () => {
  const prod = file("prod.yaml", kubeconfigYaml());
  const stage = file(
    "stage.yaml",
    kubeconfigYaml().replace("current-context: main", "current-context: other"),
  );

  const cases: Array<{
    reason: string;
    settings: ConnectionSettings;
    env: NodeJS.ProcessEnv;
    want: Record<string, unknown>;
  }> = [
    {
      reason: "an explicit host is used as given, and no kubeconfig is read",
      settings: {
        host: "https://host:6443",
        token: "t",
        clusterCaCertificate: "CA",
        configPath: "/does/not/exist",
      },
      env: {},
      want: { server: "https://host:6443", token: "t", ca: "CA", proxy: undefined },
    },
    {
      reason: "KUBE_HOST counts as an explicit host",
      settings: {},
      env: { KUBE_HOST: "https://env-host:6443", KUBE_TOKEN: "t", KUBECONFIG: prod },
      want: { server: "https://env-host:6443", token: "t" },
    },
    {
      reason: "config_path wins over KUBE_CONFIG_PATH and KUBECONFIG",
      settings: { configPath: stage },
      env: { KUBE_CONFIG_PATH: prod, KUBECONFIG: prod },
      want: { server: "https://stage.example:6443" },
    },
    {
      reason: "KUBE_CONFIG_PATH wins over KUBECONFIG",
      settings: {},
      env: { KUBE_CONFIG_PATH: stage, KUBECONFIG: prod },
      want: { server: "https://stage.example:6443" },
    },
    {
      reason: "of a KUBECONFIG list, the first file is read",
      settings: {},
      env: { KUBECONFIG: `${stage}:${prod}` },
      want: { server: "https://stage.example:6443" },
    },
    {
      reason: "config_context picks the context, and the target carries its namespace",
      settings: { configPath: stage, configContext: "main" },
      env: {},
      want: { server: "https://prod.example:6443", token: TOKEN, namespace: "tenant-a" },
    },
    {
      reason: "the kubeconfig's proxy-url is used when the provider sets none",
      settings: { configPath: prod },
      env: { HTTPS_PROXY: "http://env-proxy:3128" },
      want: { proxy: "http://proxy.example:3128/" },
    },
    {
      reason: "proxy_url wins over the kubeconfig's proxy-url",
      settings: { configPath: prod, proxyUrl: "http://given-proxy:8080" },
      env: {},
      want: { proxy: "http://given-proxy:8080/" },
    },
    {
      reason: "HTTPS_PROXY applies when neither the provider nor the kubeconfig names a proxy",
      settings: { host: "https://api.example:6443" },
      env: { HTTPS_PROXY: "http://env-proxy:3128" },
      want: { proxy: "http://env-proxy:3128/" },
    },
    {
      reason: "NO_PROXY exempts a server from HTTPS_PROXY",
      settings: { host: "https://api.example:6443" },
      env: { HTTPS_PROXY: "http://env-proxy:3128", NO_PROXY: ".example" },
      want: { proxy: undefined },
    },
    {
      reason: "a loopback server is never proxied from the environment",
      settings: { host: "https://127.0.0.1:6443" },
      env: { HTTPS_PROXY: "http://env-proxy:3128" },
      want: { proxy: undefined },
    },
  ];
  for (const c of cases) {
    it(c.reason, async () => {
      expect(await resolveTarget(c.settings, c.env)).toMatchObject(c.want);
    });
  }

  const refusals: Array<{
    reason: string;
    settings: ConnectionSettings;
    env: NodeJS.ProcessEnv;
    message: string;
  }> = [
    {
      reason: "nothing to go by",
      settings: {},
      env: {},
      message:
        "no way to reach the platform: set config_path (or KUBE_CONFIG_PATH / KUBECONFIG), or host and credentials, or run inside a cluster",
    },
    {
      reason: "a kubeconfig that cannot be read, by path and error code",
      settings: { configPath: join(dir, "missing.yaml") },
      env: {},
      message: `cannot read kubeconfig ${join(dir, "missing.yaml")}: ENOENT`,
    },
  ];
  for (const c of refusals) {
    it(`refuses ${c.reason}`, async () => {
      await expect(resolveTarget(c.settings, c.env)).rejects.toThrow(new ConnectionError(c.message));
    });
  }

  it("never quotes a token from a kubeconfig it cannot parse", async () => {
    const broken = file("broken.yaml", kubeconfigYaml().replace(`token: ${TOKEN}`, `token: "${TOKEN}`));
    const error = await resolveTarget({ configPath: broken }, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain(`${broken} is not a valid kubeconfig`);
    expect((error as Error).message).not.toContain(TOKEN);
  });
});

describe("kubeconfigCredentials: a kubeconfig as Terraform attributes", () => {
  it("gives the current context's host and credentials, null where absent", async () => {
    expect(await kubeconfigCredentials(kubeconfigYaml(), "k")).toEqual({
      host: "https://prod.example:6443",
      cluster_ca_certificate: "PROD CA",
      token: TOKEN,
      client_certificate: null,
      client_key: null,
    });
  });

  it("refuses a kubeconfig with no usable context the same way as the provider does", async () => {
    await expect(kubeconfigCredentials("{}", "k")).rejects.toThrow(
      new ConnectionError('k has no context ""'),
    );
  });
});
