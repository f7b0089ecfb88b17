import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, inject } from "vitest";
import type { KubeClient } from "./kube.ts";
import { waitFor } from "./cluster.ts";

/**
 * Tenant users: what Cozystack users hold instead of the cluster admin's token. Each is a
 * ServiceAccount with a token from the TokenRequest API and a kubeconfig as kubectl writes it,
 * so tests run the provider with exactly a tenant's permissions on the real apiserver.
 */
export interface TenantUser {
  /** As the apiserver names it in a 403: system:serviceaccount:<namespace>:<name>. */
  username: string;
  /** The namespace the kubeconfig's context points at. */
  namespace: string;
  token: string;
  kubeconfigPath: string;
}

const RBAC = "/apis/rbac.authorization.k8s.io/v1";
// Long enough for the slowest test file; the apiserver caps nothing here.
const TOKEN_SECONDS = 4 * 3600;

/**
 * A tenant administrator: ServiceAccount `name` in `namespace`, bound to ClusterRole
 * `cozy:tenant:admin` in that namespace only. `alsoIn` binds it the same way in the tenant's
 * children, which is what the chart's group bindings give a tenant's admins there.
 */
export async function tenantAdmin(
  client: KubeClient,
  namespace: string,
  opts: { name?: string; alsoIn?: string[] } = {},
): Promise<TenantUser> {
  const name = opts.name ?? "tf-admin";
  await client.apply(
    `/api/v1/namespaces/${namespace}/serviceaccounts/${name}`,
    { apiVersion: "v1", kind: "ServiceAccount", metadata: { name, namespace } },
    "test",
  );
  for (const where of [namespace, ...(opts.alsoIn ?? [])]) {
    const binding = `${name}:cozy:tenant:admin`;
    await client.apply(
      `${RBAC}/namespaces/${where}/rolebindings/${encodeURIComponent(binding)}`,
      {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: { name: binding, namespace: where },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cozy:tenant:admin" },
        subjects: [{ kind: "ServiceAccount", name, namespace }],
      },
      "test",
    );
    // Authorization follows bindings through a cache: wait until it grants what the role says.
    await waitAllowed(client, namespace, name, { namespace: where, verb: "create", resource: "redises" });
  }
  return issue(client, namespace, name);
}

/**
 * The tenant's own ServiceAccount `<namespace>`, which the tenant chart binds to `cozy:tenant`
 * there and in every descendant tenant, and whose token the info module hands the tenant
 * (the dashboard's kubeconfig).
 */
export async function tenantServiceAccount(client: KubeClient, namespace: string): Promise<TenantUser> {
  await waitFor("the tenant's ServiceAccount", () =>
    client.getOrUndefined(`/api/v1/namespaces/${namespace}/serviceaccounts/${namespace}`),
  );
  await waitAllowed(client, namespace, namespace, { namespace, verb: "create", resource: "tenants" });
  return issue(client, namespace, namespace);
}

/**
 * A tenant user for a test file, made once its tenant is ready (register after useTestTenant).
 * An acceptance run uses the kubeconfig it was given instead: its holder is the user there, and
 * the API it targets may have no tenant chart to make the ServiceAccounts.
 */
export function useTenantUser(
  client: KubeClient,
  namespace: string,
  make: (client: KubeClient, namespace: string) => Promise<TenantUser> = tenantAdmin,
): { readonly kubeconfigPath: string; readonly user: TenantUser } {
  const acceptance = inject("acceptance") !== undefined;
  let user: TenantUser | undefined;
  beforeAll(async () => {
    if (!acceptance) user = await make(client, namespace);
  });
  const made = () => {
    if (!user)
      throw new Error(
        acceptance
          ? "an acceptance run has no tenant users: it runs as its kubeconfig's holder"
          : `the tenant user for ${namespace} is made in beforeAll, after its tenant`,
      );
    return user;
  };
  return {
    get kubeconfigPath() {
      return acceptance ? inject("platform").kubeconfigPath : made().kubeconfigPath;
    },
    get user() {
      return made();
    },
  };
}

async function issue(client: KubeClient, namespace: string, name: string): Promise<TenantUser> {
  const request = await client.request<{ status: { token: string } }>(
    "POST",
    `/api/v1/namespaces/${namespace}/serviceaccounts/${name}/token`,
    {
      apiVersion: "authentication.k8s.io/v1",
      kind: "TokenRequest",
      spec: { expirationSeconds: TOKEN_SECONDS },
    },
  );
  const token = request.status.token;
  const username = `system:serviceaccount:${namespace}:${name}`;
  const dir = mkdtempSync(join(tmpdir(), "cozystack-iac-tenant-user-"));
  const kubeconfigPath = join(dir, "kubeconfig");
  const p = inject("platform");
  writeFileSync(
    kubeconfigPath,
    tenantKubeconfig({ server: p.server, ca: p.ca, insecure: p.insecure, user: name, namespace, token }),
    { mode: 0o600 },
  );
  return { username, namespace, token, kubeconfigPath };
}

/** A kubeconfig as `kubectl config` writes it: YAML, keys in kubectl's order. */
export function tenantKubeconfig(opts: {
  server: string;
  ca?: string;
  insecure?: boolean;
  user: string;
  namespace: string;
  token: string;
}): string {
  const trust = opts.ca
    ? `    certificate-authority-data: ${Buffer.from(opts.ca).toString("base64")}`
    : `    insecure-skip-tls-verify: ${opts.insecure ? "true" : "false"}`;
  const context = `${opts.user}@${opts.namespace}`;
  return [
    "apiVersion: v1",
    "clusters:",
    "- cluster:",
    trust,
    `    server: ${opts.server}`,
    "  name: cozystack",
    "contexts:",
    "- context:",
    "    cluster: cozystack",
    `    namespace: ${opts.namespace}`,
    `    user: ${opts.user}`,
    `  name: ${context}`,
    `current-context: ${context}`,
    "kind: Config",
    "preferences: {}",
    "users:",
    `- name: ${opts.user}`,
    "  user:",
    `    token: ${opts.token}`,
    "",
  ].join("\n");
}

/** Wait until the apiserver's authorizer lets the ServiceAccount do this (a SubjectAccessReview). */
async function waitAllowed(
  client: KubeClient,
  saNamespace: string,
  saName: string,
  attributes: { namespace: string; verb: string; resource: string },
): Promise<void> {
  await waitFor(
    `${saNamespace}/${saName} may ${attributes.verb} ${attributes.resource} in ${attributes.namespace}`,
    async () => {
      const review = await client.request<{ status?: { allowed?: boolean } }>(
        "POST",
        "/apis/authorization.k8s.io/v1/subjectaccessreviews",
        {
          apiVersion: "authorization.k8s.io/v1",
          kind: "SubjectAccessReview",
          spec: {
            user: `system:serviceaccount:${saNamespace}:${saName}`,
            groups: [
              "system:serviceaccounts",
              `system:serviceaccounts:${saNamespace}`,
              "system:authenticated",
            ],
            resourceAttributes: { ...attributes, group: "apps.cozystack.io" },
          },
        },
      );
      return review.status?.allowed ? true : undefined;
    },
  );
}
