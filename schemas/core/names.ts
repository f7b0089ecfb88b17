/**
 * Object name rules. Cozystack stores each app as a Helm release named
 * `<prefix><name>`, and Helm caps release names at 53 characters, so the room left
 * for the name depends on the kind's prefix.
 */
export const HELM_RELEASE_NAME_MAX = 53;
export const NAMESPACE_NAME_MAX = 63;
const DNS1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const TENANT = /^[a-z][a-z0-9]*$/;

export interface NameContext {
  name: string;
  /** The namespace the object is created in; some rules depend on it. */
  namespace?: string;
}

/** A rule returns the problems it finds, as messages a user can act on; [] means valid. */
export type NameRule = (ctx: NameContext) => string[];

export function dns1035Name(prefix: string): NameRule {
  return ({ name }) => {
    const problems = releaseNameProblems(prefix, name);
    if (name !== "" && !DNS1035.test(name)) {
      problems.push(
        "must be a DNS-1035 label: lower-case letters, digits and '-', starting with a letter and ending with a letter or digit",
      );
    }
    return problems;
  };
}

/** A name must be given, and leave the Helm release `<prefix><name>` within Helm's limit. */
function releaseNameProblems(prefix: string, name: string): string[] {
  if (name.length === 0) return ["must not be empty"];
  const max = HELM_RELEASE_NAME_MAX - prefix.length;
  if (name.length <= max) return [];
  return [
    `must be at most ${max} characters (Helm release "${prefix}${name}" would exceed ${HELM_RELEASE_NAME_MAX})`,
  ];
}

/** The namespace of the root tenant, which every other tenant descends from. */
export const ROOT_TENANT_NAMESPACE = "tenant-root";

/** The workload namespace the platform creates for tenant `name` created in `parentNamespace`. */
export function tenantNamespace(parentNamespace: string, name: string): string {
  return parentNamespace === ROOT_TENANT_NAMESPACE ? `tenant-${name}` : `${parentNamespace}-${name}`;
}

/**
 * Tenant names are stricter than DNS-1035 labels: no '-', because the platform joins
 * tenant names with '-' into namespaces (tenant-acme-dev).
 */
export function isTenantName(name: string): boolean {
  return TENANT.test(name);
}

export function tenantName(prefix: string): NameRule {
  return (ctx) => {
    const problems = releaseNameProblems(prefix, ctx.name);
    if (!isTenantName(ctx.name)) {
      problems.push(
        "tenant names must be lower-case letters and digits only, starting with a letter (no '-')",
      );
    }
    if (ctx.namespace && ctx.name) {
      const ns = tenantNamespace(ctx.namespace, ctx.name);
      if (ns.length > NAMESPACE_NAME_MAX) {
        problems.push(
          `the tenant namespace "${ns}" would be ${ns.length} characters, more than ${NAMESPACE_NAME_MAX}`,
        );
      }
    }
    return problems;
  };
}

/** Tenant modules' charts only install under their own name, so the object must carry it. */
export function moduleName(chart: string): NameRule {
  const base = dns1035Name("");
  return (ctx) => {
    const problems = base(ctx);
    if (ctx.name !== chart)
      problems.push(`must be "${chart}": the ${chart} module only installs under its own name`);
    return problems;
  };
}
