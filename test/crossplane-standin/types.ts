import type { KubeObject } from "../support/kube.ts";

/**
 * The shapes the Crossplane stand-in reads and writes, reduced to the fields it uses.
 * Names follow Crossplane's API (apiextensions.crossplane.io v1/v2).
 */
export type JsonObject = Record<string, unknown>;

export type XrdScope = "Namespaced" | "Cluster" | "LegacyCluster";

export interface Names {
  kind: string;
  plural: string;
  singular?: string;
  listKind?: string;
  shortNames?: string[];
  categories?: string[];
}

export interface PrinterColumn {
  name: string;
  type: string;
  jsonPath: string;
  description?: string;
  format?: string;
  priority?: number;
}

export interface XrdVersion {
  name: string;
  served: boolean;
  referenceable: boolean;
  deprecated?: boolean;
  deprecationWarning?: string;
  schema?: { openAPIV3Schema?: JsonSchema };
  additionalPrinterColumns?: PrinterColumn[];
  subresources?: { scale?: JsonObject };
}

export interface Xrd extends KubeObject {
  spec: {
    group: string;
    names: Names;
    claimNames?: Names;
    scope?: XrdScope;
    versions: XrdVersion[];
    conversion?: JsonObject;
    metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
    defaultCompositionRef?: { name: string };
    enforcedCompositionRef?: { name: string };
    defaultCompositionUpdatePolicy?: "Automatic" | "Manual";
    defaultCompositeDeletePolicy?: "Background" | "Foreground";
    connectionSecretKeys?: string[];
  };
  status?: { conditions?: Condition[] };
}

/** An OpenAPI v3 schema as CRDs carry it; only the keys the merge touches are named. */
export interface JsonSchema {
  type?: string;
  description?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  maxLength?: number;
  "x-kubernetes-validations"?: JsonObject[];
  "x-kubernetes-preserve-unknown-fields"?: boolean;
  [key: string]: unknown;
}

export interface CrdVersion {
  name: string;
  served: boolean;
  storage: boolean;
  deprecated: boolean;
  deprecationWarning?: string;
  additionalPrinterColumns: PrinterColumn[];
  schema: { openAPIV3Schema: JsonSchema };
  subresources: { status: JsonObject; scale?: JsonObject };
}

export interface Crd {
  apiVersion: "apiextensions.k8s.io/v1";
  kind: "CustomResourceDefinition";
  metadata: {
    name: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences: OwnerReference[];
    resourceVersion?: string;
  };
  spec: {
    group: string;
    names: Names;
    scope: "Namespaced" | "Cluster";
    versions: CrdVersion[];
    conversion?: JsonObject;
  };
}

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface Condition {
  type: string;
  status: "True" | "False" | "Unknown";
  reason: string;
  message?: string;
  lastTransitionTime: string;
  observedGeneration?: number;
}

export interface PipelineStep {
  step: string;
  functionRef: { name: string };
  input?: JsonObject;
  credentials?: Array<{
    name: string;
    source: "None" | "Secret";
    secretRef?: { namespace: string; name: string };
  }>;
  requirements?: {
    requiredResources?: Array<{
      requirementName: string;
      apiVersion: string;
      kind: string;
      name?: string;
      matchLabels?: Record<string, string>;
      namespace?: string;
    }>;
    requiredSchemas?: Array<{ requirementName: string; apiVersion: string; kind: string }>;
  };
}

export interface Composition extends KubeObject {
  spec: {
    compositeTypeRef: { apiVersion: string; kind: string };
    mode?: "Pipeline";
    pipeline?: PipelineStep[];
    writeConnectionSecretsToNamespace?: string;
  };
}

export interface ResourceRef {
  apiVersion: string;
  kind: string;
  name?: string;
  namespace?: string;
}

/** Where Crossplane's machinery fields live on an XR: `spec.crossplane` (modern) or `spec` (legacy). */
export interface XrKindInfo {
  group: string;
  version: string;
  kind: string;
  plural: string;
  scope: XrdScope;
  xrd: Xrd;
}

export const LABEL_COMPOSITE = "crossplane.io/composite";
export const LABEL_CLAIM_NAME = "crossplane.io/claim-name";
export const LABEL_CLAIM_NAMESPACE = "crossplane.io/claim-namespace";
export const ANNOTATION_RESOURCE_NAME = "crossplane.io/composition-resource-name";
export const ANNOTATION_PAUSED = "crossplane.io/paused";
export const ANNOTATION_RECONCILE_REQUESTED = "crossplane.io/reconcile-requested-at";
export const FINALIZER_COMPOSITE = "composite.apiextensions.crossplane.io";
export const FINALIZER_DEFINED = "defined.apiextensions.crossplane.io";
export const FINALIZER_OFFERED = "offered.apiextensions.crossplane.io";
export const FINALIZER_CLAIM = "finalizer.apiextensions.crossplane.io";
export const FIELD_OWNER_XR = "apiextensions.crossplane.io/composite";
export const FIELD_OWNER_COMPOSED_PREFIX = "apiextensions.crossplane.io/composed";
export const CONNECTION_SECRET_TYPE = "connection.crossplane.io/v1alpha1";
export const XRD_API = "apiextensions.crossplane.io/v1";
