import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import type { ExecConfig } from "./exec-credential.ts";
import type { KubeTarget } from "./kube/client.ts";

/**
 * Where the provider finds the platform: like the hashicorp/kubernetes provider,
 * a kubeconfig (config_path/config_context), explicit host and credentials, or
 * the in-cluster service account, each with an environment fallback.
 */
export interface ConnectionSettings {
  configPath?: string;
  configContext?: string;
  host?: string;
  token?: string;
  clusterCaCertificate?: string;
  clientCertificate?: string;
  clientKey?: string;
  insecure?: boolean;
  proxyUrl?: string;
}

export const ENV_FALLBACKS: Record<keyof ConnectionSettings, string> = {
  configPath: "KUBE_CONFIG_PATH",
  configContext: "KUBE_CTX",
  host: "KUBE_HOST",
  token: "KUBE_TOKEN",
  clusterCaCertificate: "KUBE_CLUSTER_CA_CERT_DATA",
  clientCertificate: "KUBE_CLIENT_CERT_DATA",
  clientKey: "KUBE_CLIENT_KEY_DATA",
  insecure: "KUBE_INSECURE",
  proxyUrl: "KUBE_PROXY_URL",
};

export class ConnectionError extends Error {
  override name = "ConnectionError";
}

export function withEnvFallbacks(settings: ConnectionSettings, env: NodeJS.ProcessEnv): ConnectionSettings {
  const out: ConnectionSettings = { ...settings };
  for (const [key, variable] of Object.entries(ENV_FALLBACKS) as Array<[keyof ConnectionSettings, string]>) {
    if (out[key] !== undefined) continue;
    const value = env[variable];
    if (value === undefined || value === "") continue;
    if (key === "insecure") out.insecure = value === "true" || value === "1";
    else (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

interface Kubeconfig {
  "current-context"?: string;
  contexts?: Array<{ name: string; context: { cluster: string; user: string; namespace?: string } }>;
  clusters?: Array<{
    name: string;
    cluster: {
      server: string;
      "certificate-authority-data"?: string;
      "certificate-authority"?: string;
      "insecure-skip-tls-verify"?: boolean;
      "proxy-url"?: string;
    };
  }>;
  users?: Array<{
    name: string;
    user: {
      token?: string;
      "client-certificate-data"?: string;
      "client-key-data"?: string;
      "client-certificate"?: string;
      "client-key"?: string;
      exec?: ExecConfig;
      "auth-provider"?: { name?: string };
    };
  }>;
}

/** A target read from a kubeconfig; `exec` is run only when the platform is called. */
export type KubeconfigTarget = KubeTarget & {
  namespace?: string;
  /** Why these credentials cannot be used to call the platform, if they cannot. */
  unsupported?: string;
  exec?: {
    config: ExecConfig;
    user: string;
    cluster: { server: string; "certificate-authority-data"?: string };
  };
};

const b64 = (s: string) => Buffer.from(s, "base64").toString("utf8");
const expandHome = (p: string) => (p.startsWith("~/") ? `${homedir()}${p.slice(1)}` : p);

/** YAML is loaded only when a kubeconfig needs it. */
async function parseYaml(text: string): Promise<unknown> {
  const yaml = await import("yaml");
  // In the bundle yaml is CommonJS, and its exports arrive as the module's default.
  const { parse } = typeof yaml.parse === "function" ? yaml : yaml.default;
  try {
    // Plain errors: the pretty ones quote the offending line, which may hold a token.
    return parse(text, { prettyErrors: false });
  } catch (error) {
    const offset = (error as { pos?: [number, number] }).pos?.[0];
    const line = offset === undefined ? "" : ` (line ${text.slice(0, offset).split("\n").length})`;
    throw new Error(`${(error as Error).message}${line}`, { cause: error });
  }
}

/** JSON.parse quotes the text around an error, which may hold a token: say only that it is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error("it starts with '{' but is not valid JSON");
  }
}

/** Parse a kubeconfig (YAML or JSON) and pick a context. YAML is loaded only when needed. */
export async function targetFromKubeconfig(
  text: string,
  context: string | undefined,
  source: string,
): Promise<KubeconfigTarget> {
  let doc: Kubeconfig;
  try {
    doc = text.trimStart().startsWith("{")
      ? (parseJson(text) as Kubeconfig)
      : ((await parseYaml(text)) as Kubeconfig);
  } catch (error) {
    throw new ConnectionError(`${source} is not a valid kubeconfig: ${(error as Error).message}`);
  }
  const contextName = context ?? doc["current-context"];
  const ctx = doc.contexts?.find((c) => c.name === contextName);
  if (!ctx) throw new ConnectionError(`${source} has no context ${JSON.stringify(contextName ?? "")}`);
  const cluster = doc.clusters?.find((c) => c.name === ctx.context.cluster)?.cluster;
  if (!cluster?.server)
    throw new ConnectionError(
      `${source}: context ${contextName} names cluster ${ctx.context.cluster}, which has no server`,
    );
  const user = doc.users?.find((u) => u.name === ctx.context.user)?.user ?? {};
  if (user.exec && !user.exec.command)
    throw new ConnectionError(`${source}: user ${ctx.context.user} has an exec section without a command`);
  const read = (p: string) => readFileSync(expandHome(p), "utf8");
  return {
    server: cluster.server,
    ca: cluster["certificate-authority-data"]
      ? b64(cluster["certificate-authority-data"])
      : cluster["certificate-authority"]
        ? read(cluster["certificate-authority"])
        : undefined,
    insecure: cluster["insecure-skip-tls-verify"] === true,
    proxy: cluster["proxy-url"],
    token: user.token,
    clientCert: user["client-certificate-data"]
      ? b64(user["client-certificate-data"])
      : user["client-certificate"]
        ? read(user["client-certificate"])
        : undefined,
    clientKey: user["client-key-data"]
      ? b64(user["client-key-data"])
      : user["client-key"]
        ? read(user["client-key"])
        : undefined,
    namespace: ctx.context.namespace,
    unsupported: user["auth-provider"]
      ? `${source}: user ${ctx.context.user} uses auth-provider ${JSON.stringify(user["auth-provider"].name ?? "")}, which Kubernetes removed; use an exec credential plugin (for OIDC, kubelogin) instead`
      : undefined,
    exec: user.exec
      ? {
          config: user.exec,
          user: ctx.context.user,
          cluster: {
            server: cluster.server,
            ...(cluster["certificate-authority-data"]
              ? { "certificate-authority-data": cluster["certificate-authority-data"] }
              : {}),
          },
        }
      : undefined,
  };
}

/** Run a kubeconfig's exec plugin and fold its credential into the target. */
async function withExecCredential(target: KubeconfigTarget, env: NodeJS.ProcessEnv): Promise<KubeTarget> {
  const { exec, unsupported, ...rest } = target;
  if (unsupported) throw new ConnectionError(unsupported);
  if (!exec) return rest;
  const { runExecPlugin, cachedExecToken } = await import("./exec-credential.ts");
  const run = () => runExecPlugin(exec.config, exec.cluster, env, exec.user);
  const first = await run();
  if (first.clientCertificateData && first.clientKeyData) {
    return { ...rest, clientCert: first.clientCertificateData, clientKey: first.clientKeyData };
  }
  return { ...rest, token: undefined, tokenSource: cachedExecToken(first, run) };
}

const IN_CLUSTER = "/var/run/secrets/kubernetes.io/serviceaccount";

/** Resolve settings into a target: explicit host first, then a kubeconfig, then in-cluster. */
export async function resolveTarget(
  settings: ConnectionSettings,
  env: NodeJS.ProcessEnv,
): Promise<KubeTarget & { namespace?: string }> {
  const s = withEnvFallbacks(settings, env);
  const target = await directTarget(s, env);
  // The provider's proxy_url wins over the kubeconfig's proxy-url, which wins over HTTPS_PROXY.
  const { proxyFor } = await import("./kube/proxy.ts");
  const proxy = proxyFor(new URL(target.server), s.proxyUrl ?? target.proxy, env);
  return { ...target, proxy: proxy?.href };
}

async function directTarget(
  s: ConnectionSettings,
  env: NodeJS.ProcessEnv,
): Promise<KubeTarget & { namespace?: string }> {
  if (s.host) {
    return {
      server: s.host,
      token: s.token,
      ca: s.clusterCaCertificate,
      clientCert: s.clientCertificate,
      clientKey: s.clientKey,
      insecure: s.insecure,
    };
  }
  const path = s.configPath ?? env.KUBECONFIG?.split(":")[0];
  if (path) {
    let text: string;
    try {
      text = readFileSync(expandHome(path), "utf8");
    } catch (error) {
      throw new ConnectionError(
        `cannot read kubeconfig ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    const target = await targetFromKubeconfig(text, s.configContext, path);
    return { ...(await withExecCredential(target, env)), namespace: target.namespace };
  }
  if (env.KUBERNETES_SERVICE_HOST) {
    return {
      server: `https://${env.KUBERNETES_SERVICE_HOST}:${env.KUBERNETES_SERVICE_PORT ?? "443"}`,
      token: readFileSync(`${IN_CLUSTER}/token`, "utf8").trim(),
      ca: readFileSync(`${IN_CLUSTER}/ca.crt`, "utf8"),
    };
  }
  throw new ConnectionError(
    "no way to reach the platform: set config_path (or KUBE_CONFIG_PATH / KUBECONFIG), or host and credentials, or run inside a cluster",
  );
}

/** The credentials of a kubeconfig as Terraform attributes, for the function and the ephemeral resource alike. */
export async function kubeconfigCredentials(text: string, source: string) {
  const target = await targetFromKubeconfig(text, undefined, source);
  return {
    host: target.server,
    cluster_ca_certificate: target.ca ?? null,
    token: target.token ?? null,
    client_certificate: target.clientCert ?? null,
    client_key: target.clientKey ?? null,
  };
}
