/**
 * A kubeconfig for a bearer token, as kubectl writes one: YAML, one cluster, one
 * user, one context in the given namespace.
 */
export interface TokenKubeconfig {
  server: string;
  /** PEM CA certificate of the API server; absent trusts the system's roots. */
  ca?: string;
  token: string;
  namespace: string;
  /** Names the cluster, user and context. */
  name: string;
}

/** YAML scalars are quoted as JSON strings, which YAML reads unchanged. */
const quote = (s: string) => JSON.stringify(s);

export function tokenKubeconfig(k: TokenKubeconfig): string {
  const lines = [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "- cluster:",
    ...(k.ca ? [`    certificate-authority-data: ${Buffer.from(k.ca).toString("base64")}`] : []),
    `    server: ${quote(k.server)}`,
    `  name: ${quote(k.name)}`,
    "contexts:",
    "- context:",
    `    cluster: ${quote(k.name)}`,
    `    namespace: ${quote(k.namespace)}`,
    `    user: ${quote(k.name)}`,
    `  name: ${quote(k.name)}`,
    `current-context: ${quote(k.name)}`,
    "users:",
    `- name: ${quote(k.name)}`,
    "  user:",
    `    token: ${quote(k.token)}`,
    "",
  ];
  return lines.join("\n");
}
