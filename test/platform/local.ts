import { KubeClient } from "../support/kube.ts";
import { crossplaneCrdDir } from "./crossplane-crds.ts";
import { installCrossplaneCrds, installPlatformApi } from "./install.ts";
import { startPlatform, type Platform, type StartOptions } from "./platform.ts";

/** The whole local platform: apiserver + etcd, the platform API stand-ins and Crossplane's CRDs. */
export async function startLocalPlatform(opts: StartOptions): Promise<Platform> {
  const platform = await startPlatform(opts);
  const client = new KubeClient({ server: platform.server, token: platform.token, ca: platform.ca });
  try {
    const started = performance.now();
    await installPlatformApi(client);
    const crossplane = crossplaneCrdDir();
    const took = () => `${Math.round(performance.now() - started)} ms`;
    if (crossplane.dir) {
      const count = await installCrossplaneCrds(client, crossplane.dir);
      opts.log?.(`installed the platform API stand-ins and ${count} Crossplane CRDs in ${took()}`);
    } else {
      opts.log?.(
        `installed the platform API stand-ins in ${took()}; Crossplane CRDs skipped: ${crossplane.reason}`,
      );
    }
    return platform;
  } catch (error) {
    await platform.stop();
    throw error;
  } finally {
    client.close();
  }
}
