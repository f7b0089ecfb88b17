import type { KubeObject } from "../support/kube.ts";
import type { Condition } from "../crossplane-standin/types.ts";

/**
 * The shapes the provider-kubernetes stand-in reads and writes, named as in
 * provider-kubernetes v1.2.1's CRDs (`../shared/upstream/provider-kubernetes-v1.2.1/crds`).
 */
export type ManagementAction = "Observe" | "Create" | "Update" | "Delete" | "LateInitialize" | "*";
export type ReadinessPolicy = "SuccessfulCreate" | "DeriveFromObject" | "AllTrue" | "DeriveFromCelQuery";
export type CredentialsSource = "None" | "Secret" | "InjectedIdentity" | "Environment" | "Filesystem";

/** One of the two Object APIs the real provider serves. */
export interface ObjectApi {
  group: string;
  version: string;
  plural: string;
  namespaced: boolean;
  /** Only the legacy, cluster-scoped API has `spec.deletionPolicy`. */
  hasDeletionPolicy: boolean;
}

/** `kubernetes.m.crossplane.io/v1alpha1`: namespaced Objects (Crossplane v2). */
export const NAMESPACED_OBJECTS: ObjectApi = {
  group: "kubernetes.m.crossplane.io",
  version: "v1alpha1",
  plural: "objects",
  namespaced: true,
  hasDeletionPolicy: false,
};

/** `kubernetes.crossplane.io/v1alpha2`: cluster-scoped, legacy Objects. */
export const LEGACY_OBJECTS: ObjectApi = {
  group: "kubernetes.crossplane.io",
  version: "v1alpha2",
  plural: "objects",
  namespaced: false,
  hasDeletionPolicy: true,
};

/** The finalizer crossplane-runtime's managed reconciler puts on every managed resource. */
export const FINALIZER = "finalizer.managedresource.crossplane.io";

export interface ProviderConfigRef {
  name: string;
  /** Namespaced API only: `ProviderConfig` (the Object's namespace) or `ClusterProviderConfig`. */
  kind?: string;
}

export interface KubernetesObject extends KubeObject {
  spec: {
    forProvider: { manifest: Record<string, unknown> };
    managementPolicies?: ManagementAction[];
    deletionPolicy?: "Orphan" | "Delete";
    providerConfigRef?: ProviderConfigRef;
    readiness?: { policy?: ReadinessPolicy; celQuery?: string };
  };
  status?: {
    atProvider?: { manifest?: Record<string, unknown> };
    conditions?: Condition[];
    [key: string]: unknown;
  };
}

export interface SecretSelector {
  name: string;
  namespace: string;
  key: string;
}

export interface ProviderConfigSpec {
  credentials: {
    source: CredentialsSource;
    secretRef?: SecretSelector;
    env?: { name: string };
    fs?: { path: string };
  };
  identity?: { type: string; source: CredentialsSource };
}
