import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalPlatform } from "../platform/local.ts";
import type { AcceptanceInfo, PlatformInfo } from "../platform/platform.ts";
import { StandIn } from "../standin/controller.ts";
import { createLogger } from "../../provider/plugin/log.ts";

declare module "vitest" {
  export interface ProvidedContext {
    platform: PlatformInfo;
    /** Set only in an acceptance run against a real API. */
    acceptance?: AcceptanceInfo;
  }
}

/**
 * One running platform per test run, shared by every integration test file:
 * kube-apiserver + etcd with the platform API installed, and the stand-in.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), "cozystack-iac-platform-"));
  const platform = await startLocalPlatform({ dir, log: (m) => console.log(`[platform] ${m}`) });
  const events: string[] = [];
  const standIn = new StandIn({
    // Its client's retry lines (debug) would only add noise to the test output.
    target: {
      server: platform.server,
      token: platform.token,
      ca: platform.ca,
      log: createLogger("standin", () => {}),
    },
    readyAfterMs: 200,
    log: (e) => events.push(JSON.stringify(e)),
  });
  await standIn.start();
  const { stop: _stop, ...info } = platform;
  project.provide("platform", info);
  return async () => {
    standIn.stop();
    await platform.stop();
    if (!process.env.KEEP_PLATFORM) rmSync(dir, { recursive: true, force: true });
  };
}
