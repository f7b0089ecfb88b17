import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll } from "vitest";
import { parse } from "yaml";
import { connectFunction } from "../../../functions/cozystack/server/client.ts";
import { ServingStatus } from "../../../functions/cozystack/server/health.ts";
import { condition, waitFor } from "../../support/cluster.ts";
import type { KubeClient, KubeObject } from "../../support/kube.ts";
import { makeTls } from "../../support/tls.ts";
import { freePorts } from "../../platform/platform.ts";
import { buildFunction, FUNCTION_NODE_FLAGS } from "../../../scripts/build-function.ts";
import { clientTlsFromDir } from "../../crossplane-standin/grpc.ts";
import { CrossplaneStandIn } from "../../crossplane-standin/standin.ts";
import type { Xrd } from "../../crossplane-standin/types.ts";

/**
 * The end-to-end rig: function-cozystack run from source with mutual TLS, the Crossplane
 * stand-in calling it with a client certificate, and the generated XRDs and Compositions
 * installed. The stand-in itself knows nothing of Cozystack; this file is where the two meet.
 */
const root = join(import.meta.dirname, "..", "..", "..");
const XRDS = "/apis/apiextensions.crossplane.io/v1/compositeresourcedefinitions";
const CRDS = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";
const FINALIZERS = ["defined.apiextensions.crossplane.io", "offered.apiextensions.crossplane.io"];

export interface Rig {
  standIn: CrossplaneStandIn;
  /** What the stand-in logged (reconcile errors), for failure messages. */
  log: string[];
  functionLog: () => string;
  /** Where the function listens and the client TLS Crossplane would use, for direct calls. */
  endpoint: () => { address: string; tls: ReturnType<typeof clientTlsFromDir> };
  /** `kill -9` the function process and wait until it is gone. */
  killFunction: () => Promise<void>;
  /** Start the function again on the same address, as its Deployment would; resolves once it serves. */
  restartFunction: () => Promise<void>;
}

export interface RigOptions {
  /** Run the built bundle (dist/function's form, built into the rig's own folder) instead of the sources. */
  bundle?: boolean;
  /** Cap on the stand-in's TTL requeue; many XRs at once want a longer one than the default 300 ms. */
  ttlCapMs?: number;
}

export function readManifest(path: string): KubeObject {
  return parse(readFileSync(join(root, path), "utf8")) as KubeObject;
}

/** The node arguments that run the function: its sources, or the bundle with the image's node flags. */
async function functionCommand(dir: string, bundle: boolean): Promise<string[]> {
  if (!bundle) return [join(root, "functions/cozystack/main.ts")];
  // Built into the rig's folder: other tests may be building dist/function at the same time.
  const entry = await buildFunction(join(dir, "bundle"));
  return [...FUNCTION_NODE_FLAGS, entry];
}

async function startFunction(
  dir: string,
  command: readonly string[],
  serverDir: string,
  clientDir: string,
  address?: string,
) {
  address ??= `127.0.0.1:${(await freePorts(1))[0]}`;
  const logFile = join(dir, "function.log");
  const fd = openSync(logFile, "a");
  const child: ChildProcess = spawn(
    process.execPath,
    [...command, "--address", address, "--tls-server-certs-dir", serverDir],
    { stdio: ["ignore", fd, fd] },
  );
  closeSync(fd);
  const tls = clientTlsFromDir(clientDir);
  const probe = connectFunction(address, tls);
  try {
    await waitFor(
      "function-cozystack serving",
      async () => ((await probe.check("")).status === ServingStatus.SERVING ? true : undefined),
      30_000,
    );
  } finally {
    probe.close();
  }
  return { address, tls, child, logFile };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * Start the rig before a file's tests and tear it down after them: apply `manifests`
 * (XRDs and Compositions, by repository path), wait until every XRD is Established. At the
 * end, while the stand-in still runs (finalizers need it): delete `cleanup()`'s objects and
 * wait for them to go, then uninstall the XRDs (the stand-in removes their CRDs) and the
 * Compositions, so the next file finds the platform as it was. Should an XRD not go in time,
 * its finalizers are dropped, so nothing waits on a controller that is gone.
 */
export function useCrossplane(
  client: KubeClient,
  manifests: readonly string[],
  cleanup: () => string[],
  options: RigOptions = {},
): Rig {
  const dir = mkdtempSync(join(tmpdir(), "xp-e2e-"));
  const log: string[] = [];
  let fn: Awaited<ReturnType<typeof startFunction>> | undefined;
  let command: string[] = [];
  let tlsDirs: ReturnType<typeof makeTls> | undefined;
  const running = () => {
    if (!fn) throw new Error("function-cozystack was never started");
    return fn;
  };
  const rig: Rig = {
    standIn: undefined as unknown as CrossplaneStandIn,
    log,
    functionLog: () => readFileSync(join(dir, "function.log"), "utf8"),
    endpoint: () => ({ address: running().address, tls: running().tls }),
    killFunction: async () => {
      const { child } = running();
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGKILL");
      await exited;
    },
    restartFunction: async () => {
      const { child, address } = running();
      if (child.exitCode === null && child.signalCode === null)
        throw new Error("function-cozystack is still running");
      fn = await startFunction(dir, command, tlsDirs!.serverDir, tlsDirs!.clientDir, address);
    },
  };
  const objects = manifests.map(readManifest);
  const xrdNames = objects
    .filter((o) => o.kind === "CompositeResourceDefinition")
    .map((o) => o.metadata.name);

  beforeAll(async () => {
    tlsDirs = makeTls(dir);
    command = await functionCommand(dir, options.bundle ?? false);
    fn = await startFunction(dir, command, tlsDirs.serverDir, tlsDirs.clientDir);
    rig.standIn = new CrossplaneStandIn({
      target: client.target,
      functions: { "function-cozystack": { address: fn.address, tls: fn.tls } },
      ttlCapMs: options.ttlCapMs ?? 300,
      backoff: { baseMs: 250, maxMs: 3000 },
      log: (e) => log.push(JSON.stringify(e)),
    });
    await rig.standIn.start();
    await Promise.all(objects.map((o) => client.apply(pathOf(o), o, "e2e")));
    await waitFor(
      "every XRD established",
      async () => {
        const xrds = await Promise.all(xrdNames.map((n) => client.get(`${XRDS}/${n}`)));
        return xrds.every((x) => condition(x, "Established")?.status === "True") ? true : undefined;
      },
      90_000,
    );
  });

  afterAll(async () => {
    try {
      const paths = cleanup();
      await Promise.all(paths.map((p) => client.delete(p)));
      await waitFor(
        "test objects gone",
        async () => {
          const found = await Promise.all(
            paths.map(async (p) => ((await client.getOrUndefined(p)) ? p : "")),
          );
          const left = found.filter(Boolean);
          if (left.length === 0) return true;
          // A reconcile already in flight when its XR was deleted may write a composed
          // object again after our delete: delete whatever is still there, and say what.
          await Promise.all(left.map((p) => client.delete(p)));
          throw new Error(`still present: ${left.join(", ")}`);
        },
        90_000,
      );
      await uninstall(client, objects);
    } finally {
      rig.standIn?.stop();
      if (fn) await stopProcess(fn.child);
      await releaseDefinitions(client, xrdNames);
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return rig;
}

const pathOf = (o: KubeObject) =>
  `/apis/${o.apiVersion}/${o.kind === "CompositeResourceDefinition" ? "compositeresourcedefinitions" : "compositions"}/${o.metadata.name}`;

async function uninstall(client: KubeClient, objects: readonly KubeObject[]): Promise<void> {
  await Promise.all(objects.map((o) => client.delete(pathOf(o))));
  const xrds = objects.filter((o) => o.kind === "CompositeResourceDefinition") as Xrd[];
  // The XRDs, and the XR and claim CRDs the stand-in made from them.
  const paths = xrds.flatMap((x) => [
    `${XRDS}/${x.metadata.name}`,
    `${CRDS}/${x.metadata.name}`,
    ...(x.spec.claimNames ? [`${CRDS}/${x.spec.claimNames.plural}.${x.spec.group}`] : []),
  ]);
  await waitFor(
    "XRDs and their CRDs uninstalled",
    async () =>
      (await Promise.all(paths.map((p) => client.getOrUndefined(p)))).every((o) => !o) ? true : undefined,
    60_000,
  );
}

async function releaseDefinitions(client: KubeClient, names: readonly string[]): Promise<void> {
  for (const name of names) {
    for (let attempt = 0; attempt < 5; attempt++) {
      const xrd = await client.getOrUndefined(`${XRDS}/${name}`);
      if (!xrd?.metadata.finalizers?.some((f) => FINALIZERS.includes(f))) break;
      try {
        await client.replace(
          `${XRDS}/${name}`,
          {
            ...xrd,
            metadata: {
              ...xrd.metadata,
              finalizers: xrd.metadata.finalizers.filter((f) => !FINALIZERS.includes(f)),
            },
          },
          "e2e",
        );
        break;
      } catch {
        await sleep(100);
      }
    }
  }
}
