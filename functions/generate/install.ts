import { APPS_GROUP } from "../../schemas/core/kind.ts";
import { composableKinds } from "../cozystack/input.ts";
import { FUNCTION_NAME } from "./names.ts";
import type { GenerateOptions } from "./options.ts";
import { CONFIGURATION_NAME } from "./package.ts";
import type { Manifest } from "./xrd.ts";

/** What a platform team applies to install the function. */
export function functionInstall(opts: GenerateOptions): Manifest {
  return {
    apiVersion: "pkg.crossplane.io/v1",
    kind: "Function",
    metadata: { name: FUNCTION_NAME },
    spec: { package: opts.functionPackage },
  };
}

/** What a platform team applies to install the XRDs and Compositions; it pulls in the function. */
export function configurationInstall(opts: GenerateOptions): Manifest {
  return {
    apiVersion: "pkg.crossplane.io/v1",
    kind: "Configuration",
    metadata: { name: CONFIGURATION_NAME },
    spec: { package: opts.configurationPackage },
  };
}

export const DEVELOPMENT_TARGET = "localhost:9443";

/**
 * The function for `crossplane render`: the Development runtime talks to a function the
 * user started (`node functions/cozystack/main.ts --insecure`) instead of running the
 * image, so no DeploymentRuntimeConfig or Docker is involved. The target annotation takes
 * gRPC target syntax; change it when the function listens elsewhere.
 */
export function developmentFunction(opts: GenerateOptions, target = DEVELOPMENT_TARGET): Manifest {
  return {
    apiVersion: "pkg.crossplane.io/v1",
    kind: "Function",
    metadata: {
      name: FUNCTION_NAME,
      annotations: {
        "render.crossplane.io/runtime": "Development",
        "render.crossplane.io/runtime-development-target": target,
      },
    },
    spec: { package: opts.functionPackage },
  };
}

export const AGGREGATE_ROLE = "crossplane:cozystack-iac:aggregate";

/**
 * Lets Crossplane write the apps.cozystack.io kinds the in-cluster Compositions compose,
 * and nothing else: Crossplane aggregates ClusterRoles with this label into its own.
 * Not needed, and so not granted:
 * - Secrets and Services (the connection Secret, the required credentials and Service):
 *   Crossplane's own ClusterRole already covers them.
 * - provider-kubernetes Objects (remote target): Crossplane's RBAC manager grants access to
 *   every installed provider's kinds, and the provider acts on the Cozystack cluster with its
 *   own ProviderConfig credentials, not with this role.
 * - Info, which the platform manages itself and the function never composes.
 */
export function aggregateClusterRole(): Manifest {
  return {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRole",
    metadata: { name: AGGREGATE_ROLE, labels: { "rbac.crossplane.io/aggregate-to-crossplane": "true" } },
    rules: [
      {
        apiGroups: [APPS_GROUP],
        resources: composableKinds.map((k) => k.plural),
        verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
      },
    ],
  };
}
