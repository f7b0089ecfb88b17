import type { TestProject } from "vitest/node";
import { resolveTarget } from "../../provider/cozystack/connection.ts";
import type { AcceptanceInfo, PlatformInfo } from "../platform/platform.ts";

/**
 * The opt-in acceptance run (`npm run test:acceptance`), like TF_ACC: the same
 * lifecycle tests, against any real `apps.cozystack.io` API named by
 * COZYSTACK_ACCEPTANCE_KUBECONFIG instead of the local platform.
 *
 * - COZYSTACK_ACCEPTANCE_NAMESPACE: work in this existing namespace instead of a
 *   throwaway tenant (for an API server with no Flux, where no tenant namespace appears).
 * - COZYSTACK_WAIT_FOR_READY=false: nothing becomes ready there, so readiness is not checked.
 */
export default async function setup(project: TestProject): Promise<void> {
  const path = process.env.COZYSTACK_ACCEPTANCE_KUBECONFIG;
  if (!path) return; // the acceptance file reports itself skipped, with the reason
  const target = await resolveTarget({ configPath: path }, process.env);
  if (target.tokenSource)
    throw new Error(
      `${path} uses an exec credential plugin; give the acceptance run a kubeconfig with a token or a client certificate`,
    );
  const readiness = !/^(0|false|no)$/i.test(process.env.COZYSTACK_WAIT_FOR_READY ?? "");
  const platform: PlatformInfo = {
    server: target.server,
    token: target.token ?? "",
    ca: target.ca ?? "",
    clientCert: target.clientCert,
    clientKey: target.clientKey,
    insecure: target.insecure,
    kubeconfigPath: path,
    kubeconfigJsonPath: path,
    dir: "",
    pids: { etcd: 0, apiserver: 0 },
  };
  const acceptance: AcceptanceInfo = {
    namespace: process.env.COZYSTACK_ACCEPTANCE_NAMESPACE || undefined,
    readinessChecked: readiness,
  };
  console.log(
    `[acceptance] against ${target.server}, in ${acceptance.namespace ?? "a throwaway tenant"}; readiness ${readiness ? "checked" : "not checked (COZYSTACK_WAIT_FOR_READY=false)"}`,
  );
  project.provide("platform", platform);
  project.provide("acceptance", acceptance);
}
