import { error, type Diagnostic } from "../plugin/index.ts";
import type { KubeClient, KubeTarget } from "./kube/client.ts";
import { CollectionReader } from "./kube/collection-reader.ts";
import { Platform } from "./platform.ts";

/**
 * What ConfigureProvider decided, shared by every resource of one provider
 * process. The client is created on first use, so validate and create-plans
 * never touch the network.
 */
export class Session {
  private client: KubeClient | undefined;
  private connected: Platform | undefined;
  private resolve: (() => Promise<KubeTarget & { namespace?: string }>) | undefined;
  /** The provider configuration had unknown values (e.g. the cluster is created in the same run). */
  configUnknown = false;
  defaultNamespace: string | undefined;
  /** Whether creates and updates wait for the platform's readiness (see wait_for_ready). */
  waitForReady = true;
  /** Whether updates take over fields another server-side-apply manager owns (see force_conflicts). */
  forceConflicts = false;

  configure(
    resolve: () => Promise<KubeTarget & { namespace?: string }>,
    defaultNamespace: string | undefined,
    configUnknown: boolean,
  ): void {
    this.resolve = resolve;
    this.defaultNamespace = defaultNamespace;
    this.configUnknown = configUnknown;
    this.client?.close();
    this.client = undefined;
    this.connected = undefined;
  }

  /** The platform through this process's client and shared reader; the first call connects. */
  async platform(): Promise<Platform> {
    if (!this.connected) {
      const client = await this.kube();
      // One reader for every refresh of this process (see CollectionReader).
      this.connected = new Platform(client, new CollectionReader(client));
    }
    return this.connected;
  }

  private async kube(): Promise<KubeClient> {
    if (this.configUnknown) {
      throw new Error(
        "the provider configuration is not known yet (it depends on values known only after apply), so the platform cannot be reached in this step; apply the resources it depends on first, or use -target",
      );
    }
    if (!this.resolve) throw new Error("the provider was not configured");
    if (!this.client) {
      const target = await this.resolve();
      const { KubeClient } = await import("./kube/client.ts");
      this.client = new KubeClient({ timeoutMs: 10_000, ...target });
    }
    return this.client;
  }

  close(): void {
    this.client?.close();
  }
}

export const missingNamespace = (): Diagnostic =>
  error("Missing namespace", "Set `namespace`, or `tenant_namespace` in the provider configuration.", [
    "namespace",
  ]);
