import type { KubeClient, KubeObject } from "../support/kube.ts";

/**
 * Kubernetes Events on XRs and claims, as client-go's recorder writes them: core/v1 Events
 * in the object's namespace (`default` for cluster-scoped objects). Like client-go's
 * correlator, a repeat of the same event bumps the count of the existing Event instead of
 * creating another, and repeats within `repeatWindowMs` are only counted in memory, so that
 * a reconcile every half second does not flood the apiserver. Failures are logged, never
 * thrown: an event never fails a reconcile.
 */
export interface EventSpec {
  type: "Normal" | "Warning";
  reason: string;
  message: string;
}

export class EventRecorder {
  private readonly client: KubeClient;
  private readonly component: string;
  private readonly log: (event: Record<string, unknown>) => void;
  private readonly repeatWindowMs: number;
  private readonly seen = new Map<
    string,
    { name: string; namespace: string; count: number; writtenAt: number }
  >();

  constructor(
    client: KubeClient,
    component: string,
    log: (event: Record<string, unknown>) => void,
    repeatWindowMs = 30_000,
  ) {
    this.client = client;
    this.component = component;
    this.log = log;
    this.repeatWindowMs = repeatWindowMs;
  }

  async record(object: KubeObject, event: EventSpec): Promise<void> {
    const namespace = object.metadata.namespace ?? "default";
    const key = `${object.metadata.uid}|${event.type}|${event.reason}|${event.message}`;
    const now = new Date();
    const previous = this.seen.get(key);
    try {
      if (previous) {
        previous.count++;
        if (now.getTime() - previous.writtenAt < this.repeatWindowMs) return;
        previous.writtenAt = now.getTime();
        await this.client.mergePatch(`/api/v1/namespaces/${previous.namespace}/events/${previous.name}`, {
          count: previous.count,
          lastTimestamp: now.toISOString(),
        });
        return;
      }
      const name = `${object.metadata.name}.${(now.getTime() * 1e6 + Math.floor(Math.random() * 1e6)).toString(16)}`;
      this.seen.set(key, { name, namespace, count: 1, writtenAt: now.getTime() });
      await this.client.request("POST", `/api/v1/namespaces/${namespace}/events`, {
        apiVersion: "v1",
        kind: "Event",
        metadata: { name, namespace },
        involvedObject: {
          apiVersion: object.apiVersion,
          kind: object.kind,
          name: object.metadata.name,
          ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
          uid: object.metadata.uid,
          resourceVersion: object.metadata.resourceVersion,
        },
        type: event.type,
        reason: event.reason,
        message: event.message,
        count: 1,
        firstTimestamp: now.toISOString(),
        lastTimestamp: now.toISOString(),
        source: { component: this.component },
        reportingComponent: this.component,
      });
    } catch (error) {
      this.log({
        msg: "cannot record event",
        reason: event.reason,
        object: object.metadata.name,
        error: String(error),
      });
    }
  }
}
