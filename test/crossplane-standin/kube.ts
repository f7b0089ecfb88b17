import { KubeError, resourcePath, type KubeClient, type KubeObject } from "../support/kube.ts";
import { splitApiVersion } from "./names.ts";

/**
 * The small pieces of client-go the stand-in needs on top of the lean client: discovery
 * (kind → plural and scope), list-and-watch loops, object identities, and reads that turn a
 * 404 into undefined.
 */
export interface Mapping {
  plural: string;
  namespaced: boolean;
}

export class RestMapper {
  private readonly client: KubeClient;
  private readonly cache = new Map<string, Map<string, Mapping>>();

  constructor(client: KubeClient) {
    this.client = client;
  }

  /** The resource of a kind, asking discovery again once when it is unknown (a CRD may be new). */
  async mapping(apiVersion: string, kind: string): Promise<Mapping | undefined> {
    const cached = this.cache.get(apiVersion)?.get(kind);
    if (cached) return cached;
    const { group, version } = splitApiVersion(apiVersion);
    const path = group === "" ? `/api/${version}` : `/apis/${group}/${version}`;
    let list: { resources?: Array<{ name: string; kind: string; namespaced: boolean }> } | undefined;
    try {
      list = await this.client.get(path);
    } catch (error) {
      if (error instanceof KubeError && error.status === 404) return undefined;
      throw error;
    }
    const byKind = new Map<string, Mapping>();
    for (const r of list?.resources ?? []) {
      if (!r.name.includes("/")) byKind.set(r.kind, { plural: r.name, namespaced: r.namespaced });
    }
    this.cache.set(apiVersion, byKind);
    return byKind.get(kind);
  }

  /** The REST path of an object, or of the cluster-wide collection when name and namespace are omitted. */
  async path(apiVersion: string, kind: string, namespace?: string, name?: string): Promise<string> {
    const mapping = await this.mapping(apiVersion, kind);
    if (!mapping) throw new Error(`no resource of kind ${kind} in ${apiVersion} is served`);
    const { group, version } = splitApiVersion(apiVersion);
    return resourcePath(group, version, mapping.plural, mapping.namespaced ? namespace : undefined, name);
  }
}

export type WatchHandler = (type: "ADDED" | "MODIFIED" | "DELETED", object: KubeObject) => void;

/**
 * List, then watch from the list's resourceVersion, for ever: relist when the watch ends or
 * fails. Resolves once the first list was handed over.
 */
export function watchLoop(
  client: KubeClient,
  path: string,
  onEvent: WatchHandler,
  signal: AbortSignal,
  log: (event: Record<string, unknown>) => void,
): Promise<void> {
  let listed!: () => void;
  const first = new Promise<void>((resolve) => (listed = resolve));
  const run = async () => {
    while (!signal.aborted) {
      try {
        const list = await client.list(path);
        for (const item of list.items) onEvent("ADDED", item);
        listed();
        await client.watch(
          path,
          list.metadata.resourceVersion,
          (event) => {
            if (event.type === "ADDED" || event.type === "MODIFIED" || event.type === "DELETED")
              onEvent(event.type, event.object);
          },
          signal,
        );
      } catch (error) {
        if (signal.aborted) break;
        log({ msg: "watch failed, listing again", path, error: String(error) });
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    listed();
  };
  void run();
  return first;
}

export const isStatus = (error: unknown, ...statuses: number[]) =>
  error instanceof KubeError && statuses.includes(error.status);

/** The apiserver's own words for a failed call (its Status message), without the method and path. */
export function kubeMessage(error: unknown): string {
  if (error instanceof KubeError) {
    const body = error.body as { message?: string } | undefined;
    return body?.message ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Decode a Secret's base64 data. */
export function secretData(secret: KubeObject | undefined): Record<string, Buffer> {
  const data = (secret?.data as Record<string, string> | undefined) ?? {};
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, "base64")]));
}

export const encodeData = (data: Record<string, Buffer | Uint8Array>) =>
  Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString("base64")]));
