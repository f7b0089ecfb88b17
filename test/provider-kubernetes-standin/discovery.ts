import { KubeError, resourcePath, type KubeClient } from "../support/kube.ts";
import type { TargetRef } from "./manifest.ts";

/** What discovery says about a kind: its plural and whether it is namespaced. */
export interface ResourceInfo {
  plural: string;
  namespaced: boolean;
}

interface ApiResourceList {
  resources?: Array<{ name: string; kind: string; namespaced: boolean }>;
}

/** The top-level resource of a kind in a discovery document (subresources like `pods/log` skipped). */
export function findResource(list: ApiResourceList, kind: string): ResourceInfo | undefined {
  const found = list.resources?.find((r) => r.kind === kind && !r.name.includes("/"));
  return found ? { plural: found.name, namespaced: found.namespaced } : undefined;
}

function discoveryPath(apiVersion: string): string {
  return apiVersion.includes("/") ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
}

/**
 * The REST mapping of one cluster, cached per API version and read again when a kind is
 * not found (it may be a CRD installed since).
 */
export class Discovery {
  private readonly cache = new Map<string, ApiResourceList>();
  private readonly client: KubeClient;
  constructor(client: KubeClient) {
    this.client = client;
  }

  async resolve(apiVersion: string, kind: string): Promise<ResourceInfo | { error: string }> {
    const cached = this.cache.get(apiVersion);
    const hit = cached && findResource(cached, kind);
    if (hit) return hit;
    let list: ApiResourceList;
    try {
      list = await this.client.get<ApiResourceList>(discoveryPath(apiVersion));
    } catch (error) {
      if (error instanceof KubeError && error.status === 404)
        return { error: `no matches for kind "${kind}" in version "${apiVersion}"` };
      throw error;
    }
    this.cache.set(apiVersion, list);
    return findResource(list, kind) ?? { error: `no matches for kind "${kind}" in version "${apiVersion}"` };
  }
}

/** The REST path of a target; a namespaced kind needs the manifest's namespace. */
export function targetPath(ref: TargetRef, info: ResourceInfo): string | { error: string } {
  const [group, version] = ref.apiVersion.includes("/") ? ref.apiVersion.split("/", 2) : ["", ref.apiVersion];
  if (info.namespaced && !ref.namespace)
    return { error: `${ref.kind} is namespaced: spec.forProvider.manifest.metadata.namespace is required` };
  return resourcePath(group!, version!, info.plural, info.namespaced ? ref.namespace : undefined, ref.name);
}
