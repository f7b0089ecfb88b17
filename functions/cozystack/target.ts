import type { Resource, ResourceSelector, RunFunctionRequest } from "@crossplane-org/function-sdk-typescript";
import { releaseName, type KindDeclaration } from "../../schemas/core/kind.ts";
import type { PlatformObject } from "../../schemas/core/platform-object.ts";
import type { Target } from "./input.ts";
import { isRecord } from "./request.ts";

/**
 * Where the platform object goes and how what the platform publishes is read back.
 * In-cluster, the object is composed as it is and the published Secrets and Service
 * are required resources; remote, everything goes through provider-kubernetes
 * Objects, the published ones observe-only.
 */

/** Composition-resource names (keys of desired resources) this function owns. */
export const PLATFORM_KEY = "platform";
export const CONNECTION_KEY = "connection";

export const OBJECT_API_VERSION = {
  /** Namespaced managed resources, for v2 XRs. */
  modern: "kubernetes.m.crossplane.io/v1alpha1",
  /** Cluster-scoped managed resources, for legacy XRs. */
  legacy: "kubernetes.crossplane.io/v1alpha2",
} as const;

type RemoteTarget = Extract<Target, { type: "Remote" }>;

/** An object the platform publishes next to the app, read back for outputs and readiness. */
export interface PublishedRef {
  key: string;
  kind: "Secret" | "Service";
  name: string;
  namespace: string;
  /** Set for the per-user Secrets. */
  user?: string;
}

export const CREDENTIALS_KEY = "credentials";
export const SERVICE_KEY = "service";
export const userKey = (user: string) => `user-${user}`;

/** What the kind publishes, by the names the model derives from the object's name and spec. */
export function publishedRefs(decl: KindDeclaration, object: PlatformObject): PublishedRef[] {
  const { name, namespace } = object.metadata;
  const release = releaseName(decl, name);
  const out = decl.outputs;
  const refs: PublishedRef[] = [];
  if (out.secret)
    refs.push({ key: CREDENTIALS_KEY, kind: "Secret", name: out.secret.name(release, namespace), namespace });
  if (out.service)
    refs.push({ key: SERVICE_KEY, kind: "Service", name: out.service.name(release), namespace });
  if (out.userSecrets) {
    const users = isRecord(object.spec.users) ? Object.keys(object.spec.users) : [];
    for (const user of users.sort())
      refs.push({
        key: userKey(user),
        kind: "Secret",
        name: out.userSecrets.name(release, user),
        namespace,
        user,
      });
  }
  return refs;
}

/** In-cluster: ask Crossplane for each published object by name. */
export function requirementsFor(refs: readonly PublishedRef[]): Record<string, ResourceSelector> {
  return Object.fromEntries(
    refs.map((r) => [r.key, { apiVersion: "v1", kind: r.kind, matchName: r.name, namespace: r.namespace }]),
  );
}

/** A provider-kubernetes Object carrying `manifest` to the Cozystack cluster. */
export function remoteObject(
  manifest: Record<string, unknown>,
  target: RemoteTarget,
  modern: boolean,
  observeOnly = false,
): Record<string, unknown> {
  const providerConfigRef = modern
    ? { name: target.providerConfigRef.name, kind: target.providerConfigRef.kind }
    : { name: target.providerConfigRef.name };
  return {
    apiVersion: modern ? OBJECT_API_VERSION.modern : OBJECT_API_VERSION.legacy,
    kind: "Object",
    spec: {
      ...(observeOnly ? { managementPolicies: ["Observe"] } : {}),
      forProvider: { manifest },
      providerConfigRef,
    },
  };
}

/**
 * The desired resource for the platform object itself. The object is this call's own
 * (built fresh from the request) and never changed once composed: no copy is needed.
 */
export function platformResource(
  object: PlatformObject,
  target: Target,
  modern: boolean,
): Record<string, unknown> {
  const manifest = object as unknown as Record<string, unknown>;
  return target.type === "Remote" ? remoteObject(manifest, target, modern) : manifest;
}

/**
 * The TenantSecret view of the platform's labelled Secrets. Remote credentials are often a
 * tenant user's, and no tenant role may read a plain Secret (cozystack-api.md §3); every
 * tenant role from `use` up may read TenantSecrets, which carry the same base64 `data`.
 */
export const TENANT_SECRET = { apiVersion: "core.cozystack.io/v1alpha1", kind: "TenantSecret" } as const;

/** What an observer reads for a published object remotely: a Service as it is, a Secret through its TenantSecret. */
function remoteManifestType(ref: PublishedRef): { apiVersion: string; kind: string } {
  return ref.kind === "Secret" ? TENANT_SECRET : { apiVersion: "v1", kind: ref.kind };
}

/**
 * The kinds an observer's manifest may hold for a ref: its TenantSecret, or the plain
 * Secret that observers asked for before, read the same way until the Object is updated.
 */
export function remoteKindsOf(ref: PublishedRef): string[] {
  return ref.kind === "Secret" ? [TENANT_SECRET.kind, "Secret"] : [ref.kind];
}

/** Remote: an observe-only Object per published object. */
export function observers(
  refs: readonly PublishedRef[],
  target: RemoteTarget,
  modern: boolean,
): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    refs.map((r) => [
      r.key,
      remoteObject(
        { ...remoteManifestType(r), metadata: { name: r.name, namespace: r.namespace } },
        target,
        modern,
        true,
      ),
    ]),
  );
}

/** A remote Object's view of the object it manages or observes, once it has one. */
export function observedManifest(resource: Resource | undefined): Record<string, unknown> | undefined {
  const object = resource?.resource;
  const status = isRecord(object) && isRecord(object.status) ? object.status : undefined;
  const atProvider = isRecord(status?.atProvider) ? status.atProvider : undefined;
  const manifest = atProvider?.manifest;
  return isRecord(manifest) && Object.keys(manifest).length > 0 ? manifest : undefined;
}

/** The platform object as last observed: directly in-cluster, through the Object remotely. */
export function observedPlatform(
  req: RunFunctionRequest,
  decl: KindDeclaration,
  target: Target,
): Record<string, unknown> | undefined {
  const resource = req.observed?.resources?.[PLATFORM_KEY];
  const object = target.type === "Remote" ? observedManifest(resource) : resource?.resource;
  // A resource left under our key by another kind (the Composition changed) says nothing about this one.
  if (!isRecord(object) || object.apiVersion !== decl.apiVersion || object.kind !== decl.kind)
    return undefined;
  return object;
}

/** The published objects found, by key: required resources in-cluster, observed manifests remotely. */
export function observedPublished(
  req: RunFunctionRequest,
  refs: readonly PublishedRef[],
  target: Target,
): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  for (const ref of refs) {
    const [object, kinds]: [unknown, string[]] =
      target.type === "Remote"
        ? [observedManifest(req.observed?.resources?.[ref.key]), remoteKindsOf(ref)]
        : [req.requiredResources?.[ref.key]?.items?.[0]?.resource, [ref.kind]];
    if (isRecord(object) && kinds.includes(object.kind as string)) found.set(ref.key, object);
  }
  return found;
}
