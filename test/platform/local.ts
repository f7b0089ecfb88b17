import { KubeClient } from "../support/kube.ts";
import {
  crossplaneCrdDir,
  installProviderKubernetesCrds,
  providerKubernetesCrdDir,
  type CrdSource,
} from "./crossplane-crds.ts";
import { installCrossplaneCrds, installPlatformApi, installTenantClusterRoles } from "./install.ts";
import { startPlatform, type Platform, type StartOptions } from "./platform.ts";

/**
 * The whole local platform: apiserver + etcd, the platform API stand-ins, Cozystack's tenant
 * ClusterRoles (aggregated by kube-controller-manager), and the CRDs of Crossplane and
 * provider-kubernetes (so XRDs, Compositions, packages and Objects are
 * stored and validated by the real apiserver).
 */
export async function startLocalPlatform(opts: StartOptions): Promise<Platform> {
  const platform = await startPlatform(opts);
  const client = new KubeClient({ server: platform.server, token: platform.token, ca: platform.ca });
  try {
    const started = performance.now();
    await installPlatformApi(client);
    const installed = [`${await installTenantClusterRoles(client)} tenant ClusterRoles (aggregated)`];
    const skipped: string[] = [];
    const sources: Array<[string, CrdSource, (c: KubeClient, dir: string) => Promise<number>]> = [
      ["Crossplane", crossplaneCrdDir(), installCrossplaneCrds],
      ["provider-kubernetes", providerKubernetesCrdDir(), installProviderKubernetesCrds],
    ];
    for (const [what, source, install] of sources) {
      if (source.dir) installed.push(`${await install(client, source.dir)} ${what} CRDs`);
      else skipped.push(`${what} CRDs skipped: ${source.reason}`);
    }
    const took = `${Math.round(performance.now() - started)} ms`;
    opts.log?.(
      [
        `installed the platform API stand-ins${installed.map((i) => `, ${i}`).join("")} in ${took}`,
        ...skipped,
      ].join("; "),
    );
    return platform;
  } catch (error) {
    await platform.stop();
    throw error;
  } finally {
    client.close();
  }
}
