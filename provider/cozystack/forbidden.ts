import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { kinds } from "../../schemas/kinds/index.ts";

/**
 * A 403 from the platform, said so a tenant user can act on it: which object, which verb, on
 * which resource, for whom, and which of Cozystack's tenant ClusterRoles would grant it. Tenant
 * users hold `cozy:tenant:{view,use,admin,super-admin}` in their own tenant's namespace (and
 * its children); the tenant's own ServiceAccount holds `cozy:tenant`.
 */
export interface Forbidden {
  user: string;
  verb: string;
  resource: string;
  /** "" for the core group. */
  group: string;
  namespace?: string;
  name?: string;
}

const READ_VERBS = new Set(["get", "list", "watch"]);

/**
 * The apps `cozy:tenant:admin` may create, update, patch and delete in Cozystack v1.6.2
 * (cozy:tenant:admin:base); the rest (tenants, etcds, ingresses, monitorings, ...) need
 * super-admin or the tenant's ServiceAccount. forbidden.test.ts checks it against the release.
 */
export const ADMIN_WRITABLE_APPS: ReadonlySet<string> = new Set([
  "buckets",
  "clickhouses",
  "foos",
  "foundationdbs",
  "harbors",
  "httpcaches",
  "kafkas",
  "kuberneteses",
  "mariadbs",
  "mongodbs",
  "natses",
  "openbaos",
  "opensearches",
  "postgreses",
  "qdrants",
  "rabbitmqs",
  "redises",
  "seaweedfses",
  "tcpbalancers",
  "virtualmachines",
  "vmdisks",
  "vminstances",
  "vpns",
  "infos",
  "virtualprivateclouds",
]);

/** What view grants in the core group, besides the apps. */
const VIEWABLE_CORE = new Set([
  "pods",
  "services",
  "persistentvolumes",
  "endpoints",
  "events",
  "resourcequotas",
]);

const FORBIDDEN =
  /User "([^"]+)" cannot ([a-z]+) resource "([^"]+)" in API group "([^"]*)"(?: in the namespace "([^"]+)")?/;

/** The parts of a 403 Status, or undefined when it is not the apiserver's RBAC refusal. */
export function parseForbidden(status: unknown): Forbidden | undefined {
  const body = status as { message?: unknown; details?: { name?: unknown } } | undefined;
  const match = typeof body?.message === "string" ? FORBIDDEN.exec(body.message) : null;
  if (!match) return undefined;
  const [, user, verb, resource, group, namespace] = match;
  const name = typeof body?.details?.name === "string" && body.details.name ? body.details.name : undefined;
  return { user: user!, verb: verb!, resource: resource!, group: group!, namespace, name };
}

/** The lowest tenant ClusterRole that grants it, or undefined when no tenant role does. */
export function grantingRole(f: Pick<Forbidden, "verb" | "resource" | "group">): string | undefined {
  const read = READ_VERBS.has(f.verb);
  if (f.group === "apps.cozystack.io") {
    if (read) return "cozy:tenant:view";
    return ADMIN_WRITABLE_APPS.has(f.resource) ? "cozy:tenant:admin" : "cozy:tenant:super-admin";
  }
  if (f.group === "core.cozystack.io" && read && ["tenantsecrets", "tenantmodules"].includes(f.resource))
    return "cozy:tenant:use";
  if (f.group === "" && read && VIEWABLE_CORE.has(f.resource)) return "cozy:tenant:view";
  return undefined;
}

/**
 * One sentence naming the object (the apiserver names none on a create: the caller's context
 * does), the verb, the resource, the user and the role that grants it.
 */
export function describeForbidden(f: Forbidden): string {
  const decl = (kinds as readonly KindDeclaration[]).find(
    (k) => k.plural === f.resource && k.group === f.group,
  );
  const kind = decl?.kind ?? f.resource;
  const where = f.namespace ? ` in namespace ${f.namespace}` : " at cluster scope";
  const object = f.name
    ? `${kind} ${f.namespace ? `${f.namespace}/` : ""}${f.name}`
    : `${kind} objects${where}`;
  const resource = f.group ? `${f.resource}.${f.group}` : f.resource;
  const role = grantingRole(f);
  const beyondAdmin =
    role === "cozy:tenant:super-admin"
      ? " (cozy:tenant:admin does not grant it; the tenant's own ServiceAccount, bound to cozy:tenant, may do it too)"
      : "";
  const grant = role
    ? `Cozystack grants it with ClusterRole ${role}${f.namespace ? ` bound in namespace ${f.namespace}` : ""}${beyondAdmin}: use the credentials of that tenant (or of a parent tenant), or ask its administrator for that role.`
    : "None of Cozystack's tenant roles grants it, so a tenant's credentials cannot do this.";
  return `forbidden: ${f.user} may not ${f.verb} ${object} (${f.verb} on ${resource}${where}). ${grant}`;
}
