import { readFile } from "node:fs/promises";
import { targetFromKubeconfig } from "../../provider/cozystack/connection.ts";
import { resourcePath, type KubeObject, type KubeTarget } from "../support/kube.ts";
import type { ObjectApi, KubernetesObject, ProviderConfigSpec } from "./types.ts";

/** Reads one object of the control plane, undefined when it does not exist. */
export type Reader = (path: string) => Promise<KubeObject | undefined>;

/** An Object's ProviderConfig: its REST path, and its name as the API server's errors give it. */
export interface ConfigRef {
  path: string;
  /** `<plural>.<group> "<name>"`, as in the server's "not found" message. */
  described: string;
}

/**
 * Where an Object's ProviderConfig lives. Namespaced Objects name a kind: `ProviderConfig`
 * (in the Object's namespace) or `ClusterProviderConfig`; legacy Objects name a cluster-scoped
 * `ProviderConfig` of their own group. The CRDs default the reference to `default`.
 */
export function providerConfigRef(api: ObjectApi, object: KubernetesObject): ConfigRef | { error: string } {
  const ref = object.spec.providerConfigRef ?? {
    name: "default",
    ...(api.namespaced ? { kind: "ClusterProviderConfig" } : {}),
  };
  const at = (plural: string, namespace?: string): ConfigRef => ({
    path: resourcePath(api.group, "v1alpha1", plural, namespace, ref.name),
    described: `${plural}.${api.group} "${ref.name}"`,
  });
  if (!api.namespaced) return at("providerconfigs");
  switch (ref.kind) {
    case "ProviderConfig":
      return at("providerconfigs", object.metadata.namespace);
    case "ClusterProviderConfig":
      return at("clusterproviderconfigs");
    default:
      return { error: `unknown provider config kind: ${JSON.stringify(ref.kind ?? "")}` };
  }
}

export type Resolved = { target: KubeTarget } | { injected: true } | { error: string };

/**
 * The cluster an Object's ProviderConfig points at: a kubeconfig (YAML or JSON; its current
 * context) from a Secret key, an environment variable or a file, or the stand-in's own
 * identity (`InjectedIdentity`). Errors read like the real provider's.
 */
export async function resolveProviderConfig(
  read: Reader,
  api: ObjectApi,
  object: KubernetesObject,
): Promise<Resolved> {
  const ref = providerConfigRef(api, object);
  if ("error" in ref) return ref;
  const config = (await read(ref.path)) as (KubeObject & { spec?: ProviderConfigSpec }) | undefined;
  if (!config?.spec) return { error: `cannot get provider config: ${ref.described} not found` };
  const { credentials, identity } = config.spec;
  if (identity)
    return { error: `identity ${identity.type} is not supported by the provider-kubernetes stand-in` };
  if (credentials.source === "InjectedIdentity") return { injected: true };
  const kubeconfig = await credentialsText(read, credentials);
  if (typeof kubeconfig !== "string") return kubeconfig;
  try {
    const {
      exec,
      unsupported,
      namespace: _namespace,
      ...target
    } = await targetFromKubeconfig(kubeconfig, undefined, `the kubeconfig of ${config.metadata.name}`);
    if (unsupported) return { error: unsupported };
    if (exec)
      return { error: "kubeconfig exec plugins are not supported by the provider-kubernetes stand-in" };
    return { target };
  } catch (error) {
    return { error: `failed to load kubeconfig: ${(error as Error).message}` };
  }
}

async function credentialsText(
  read: Reader,
  credentials: ProviderConfigSpec["credentials"],
): Promise<string | { error: string }> {
  switch (credentials.source) {
    case "Secret": {
      const ref = credentials.secretRef;
      if (!ref) return { error: "cannot get credentials: no secretRef" };
      const secret = (await read(`/api/v1/namespaces/${ref.namespace}/secrets/${ref.name}`)) as
        (KubeObject & { data?: Record<string, string> }) | undefined;
      if (!secret) return { error: `cannot get credentials: secret ${ref.namespace}/${ref.name} not found` };
      const value = secret.data?.[ref.key];
      if (value === undefined)
        return { error: `cannot get credentials: secret ${ref.namespace}/${ref.name} has no key ${ref.key}` };
      return Buffer.from(value, "base64").toString("utf8");
    }
    case "Environment": {
      const name = credentials.env?.name ?? "";
      const value = process.env[name];
      return value ?? { error: `cannot get credentials: environment variable ${name} is not set` };
    }
    case "Filesystem":
      try {
        return await readFile(credentials.fs?.path ?? "", "utf8");
      } catch (error) {
        return { error: `cannot get credentials: ${(error as Error).message}` };
      }
    default:
      return {
        error: `cannot get credentials: credentials source ${credentials.source} is not currently supported`,
      };
  }
}
