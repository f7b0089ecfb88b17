import project from "../../package.json" with { type: "json" };

/**
 * What a platform team chooses when it generates its Crossplane API: the XR groups,
 * the provider-kubernetes config of the remote target, and the package references.
 * Everything else follows from the model.
 */
export interface GenerateOptions {
  /** Group of the v2 (namespaced) XRs. */
  group: string;
  /** Group of the legacy XRs and their claims; separate, so claim kinds never clash with v2 kinds. */
  legacyGroup: string;
  /** provider-kubernetes config the remote Compositions name. */
  providerConfig: { name: string; kind: "ProviderConfig" | "ClusterProviderConfig" };
  /** Where Crossplane writes a legacy XR's connection Secret before a claim copies it. */
  connectionSecretsNamespace: string;
  /** OCI reference of the function package, with its tag. */
  functionPackage: string;
  /** OCI reference of the Configuration package, with its tag. */
  configurationPackage: string;
}

/** Packages are tagged with the project's version, so a release bump retags them at the next generate. */
const TAG = `v${project.version}`;

export const DEFAULT_OPTIONS: GenerateOptions = {
  group: "apps.cozystack-iac.dev",
  legacyGroup: "legacy.cozystack-iac.dev",
  providerConfig: { name: "cozystack", kind: "ClusterProviderConfig" },
  connectionSecretsNamespace: "crossplane-system",
  functionPackage: `ghcr.io/cozystack-iac/function-cozystack:${TAG}`,
  configurationPackage: `ghcr.io/cozystack-iac/configuration-cozystack:${TAG}`,
};

export class GenerateError extends Error {
  override name = "GenerateError";
}

/**
 * Groups that already have an owner on the clusters we target: Cozystack serves
 * `*.cozystack.io` (apps, core), and Crossplane serves `*.crossplane.io`. An XRD in one
 * of them would shadow or collide with the real API.
 */
const RESERVED_GROUP_SUFFIXES = ["cozystack.io", "crossplane.io"] as const;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/;

/** Problems with an XR API group, as messages naming the flag; [] means usable. */
export function groupProblems(flag: string, group: string): string[] {
  if (!DNS_SUBDOMAIN.test(group) || group.length > 253) {
    return [`${flag} "${group}" must be a lower-case DNS subdomain with at least one dot, e.g. example.org`];
  }
  const owner = RESERVED_GROUP_SUFFIXES.find((s) => group === s || group.endsWith(`.${s}`));
  return owner
    ? [
        `${flag} "${group}" is served by ${owner === "cozystack.io" ? "Cozystack" : "Crossplane"}; choose a group of your own`,
      ]
    : [];
}

const PACKAGE_REF = /^[^./]+(\.[^./]+)+(\/[^/:@]+)+:[^:@]+$/;

/** Check every option; throws one GenerateError listing every problem. */
export function checkOptions(opts: GenerateOptions): GenerateOptions {
  const problems = [
    ...groupProblems("--group", opts.group),
    ...groupProblems("--legacy-group", opts.legacyGroup),
  ];
  if (opts.group === opts.legacyGroup) {
    problems.push(
      `--group and --legacy-group are both "${opts.group}": claims would take the v2 kinds' names`,
    );
  }
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(opts.connectionSecretsNamespace)) {
    problems.push(
      `--connection-secrets-namespace "${opts.connectionSecretsNamespace}" must be a namespace name`,
    );
  }
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(opts.providerConfig.name)) {
    problems.push(`--provider-config "${opts.providerConfig.name}" must be a Kubernetes object name`);
  }
  for (const [flag, ref] of [
    ["--function-package", opts.functionPackage],
    ["--configuration-package", opts.configurationPackage],
  ] as const) {
    if (!PACKAGE_REF.test(ref)) {
      problems.push(
        `${flag} "${ref}" must be a fully qualified image reference with a tag, e.g. ghcr.io/o/p:v1.0.0`,
      );
    }
  }
  if (problems.length > 0) throw new GenerateError(problems.join("; "));
  return opts;
}

/** The repository and tag of an image reference, as package dependencies name them. */
export function splitPackageRef(ref: string): { repository: string; tag: string } {
  const at = ref.lastIndexOf(":");
  return { repository: ref.slice(0, at), tag: ref.slice(at + 1) };
}
