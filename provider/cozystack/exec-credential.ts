import { execFile } from "node:child_process";

/**
 * Kubeconfig `exec` credential plugins (client.authentication.k8s.io), as used by
 * kubelogin/OIDC, cloud CLIs and Cozystack's Keycloak set-up. The plugin is run
 * only when the platform is actually called, and its token is reused until it
 * expires, so a plan that needs no API call never starts it.
 */
export interface ExecConfig {
  apiVersion?: string;
  command: string;
  args?: string[];
  env?: Array<{ name: string; value: string }> | null;
  installHint?: string;
  provideClusterInfo?: boolean;
}

export interface ExecCredential {
  token?: string;
  clientCertificateData?: string;
  clientKeyData?: string;
  /** Milliseconds since the epoch; undefined when the credential does not expire. */
  expiresAt?: number;
}

export class ExecCredentialError extends Error {
  override name = "ExecCredentialError";
}

const DEFAULT_API_VERSION = "client.authentication.k8s.io/v1";
/** Renew this long before expiry, so a request never leaves with a token about to lapse. */
const RENEW_EARLY_MS = 30_000;

export interface ClusterInfo {
  server: string;
  "certificate-authority-data"?: string;
  "insecure-skip-tls-verify"?: boolean;
}

export function runExecPlugin(
  exec: ExecConfig,
  cluster: ClusterInfo,
  env: NodeJS.ProcessEnv,
  user: string,
): Promise<ExecCredential> {
  const apiVersion = exec.apiVersion ?? DEFAULT_API_VERSION;
  const execInfo = {
    apiVersion,
    kind: "ExecCredential",
    spec: { interactive: false, ...(exec.provideClusterInfo ? { cluster } : {}) },
  };
  const childEnv: NodeJS.ProcessEnv = { ...env, KUBERNETES_EXEC_INFO: JSON.stringify(execInfo) };
  for (const { name, value } of exec.env ?? []) childEnv[name] = value;
  const what = `the exec credential plugin of kubeconfig user ${JSON.stringify(user)} (${exec.command})`;
  return new Promise((resolve, reject) => {
    execFile(
      exec.command,
      exec.args ?? [],
      { env: childEnv, timeout: 120_000, maxBuffer: 4 << 20 },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          const hint = code === "ENOENT" && exec.installHint ? `; ${exec.installHint.trim()}` : "";
          // Only the plugin's own first stderr line: it explains the failure, stdout may hold a token.
          const said = stderr.trim().split("\n")[0];
          reject(
            new ExecCredentialError(
              `${what} failed: ${code === "ENOENT" ? "command not found" : (said ?? error.message)}${hint}`,
            ),
          );
          return;
        }
        try {
          resolve(parseExecCredential(stdout, apiVersion));
        } catch (e) {
          reject(new ExecCredentialError(`${what}: ${(e as Error).message}`));
        }
      },
    );
  });
}

export function parseExecCredential(stdout: string, apiVersion: string): ExecCredential {
  let doc: {
    apiVersion?: string;
    kind?: string;
    status?: {
      token?: string;
      clientCertificateData?: string;
      clientKeyData?: string;
      expirationTimestamp?: string;
    };
  };
  try {
    doc = JSON.parse(stdout) as typeof doc;
  } catch {
    // Never quote the output: it is meant to carry a credential.
    throw new ExecCredentialError("its output is not an ExecCredential JSON document");
  }
  if (doc.kind !== "ExecCredential")
    throw new ExecCredentialError(`its output has kind ${JSON.stringify(doc.kind)}, not ExecCredential`);
  if (doc.apiVersion !== apiVersion)
    throw new ExecCredentialError(
      `its output has apiVersion ${JSON.stringify(doc.apiVersion)}, but the kubeconfig asked for ${apiVersion}`,
    );
  const status = doc.status ?? {};
  const hasCert = Boolean(status.clientCertificateData) && Boolean(status.clientKeyData);
  if (!status.token && !hasCert)
    throw new ExecCredentialError("its output has neither status.token nor a client certificate and key");
  const expiresAt = status.expirationTimestamp ? Date.parse(status.expirationTimestamp) : undefined;
  if (expiresAt !== undefined && Number.isNaN(expiresAt))
    throw new ExecCredentialError(
      `its expirationTimestamp ${JSON.stringify(status.expirationTimestamp)} is not a time`,
    );
  return {
    token: status.token,
    clientCertificateData: hasCert ? status.clientCertificateData : undefined,
    clientKeyData: hasCert ? status.clientKeyData : undefined,
    expiresAt,
  };
}

/**
 * A token source that runs the plugin again only when the last token is about to
 * expire, or when the server refused it (`renew`).
 */
export function cachedExecToken(
  first: ExecCredential,
  rerun: () => Promise<ExecCredential>,
): (renew?: boolean) => Promise<string> {
  let current = first;
  let pending: Promise<ExecCredential> | undefined;
  return async (renew = false) => {
    if (renew || (current.expiresAt !== undefined && current.expiresAt - RENEW_EARLY_MS <= Date.now())) {
      // Concurrent requests share one plugin run.
      pending ??= rerun().finally(() => (pending = undefined));
      current = await pending;
    }
    if (!current.token) throw new ExecCredentialError("the exec credential plugin stopped returning a token");
    return current.token;
  };
}
