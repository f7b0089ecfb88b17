import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { KubeClient, type KubeTarget } from "../support/kube.ts";
import { toolPath } from "./tools.ts";

/**
 * A real kube-apiserver and etcd on loopback, with kube-controller-manager running only the
 * garbage collector and the ClusterRole aggregation controller, for tests, benchmarks and demos. Everything lives in one directory:
 * data, certificates, logs and a kubeconfig.
 */
export interface PlatformInfo {
  server: string;
  token: string;
  ca: string;
  /** Client-certificate credentials, when the platform's kubeconfig uses them (acceptance runs). */
  clientCert?: string;
  clientKey?: string;
  insecure?: boolean;
  /** YAML, as kubectl writes it. */
  kubeconfigPath: string;
  /** The same in JSON. */
  kubeconfigJsonPath: string;
  dir: string;
  /** controllerManager is absent where nothing runs locally (acceptance runs). */
  pids: { etcd: number; apiserver: number; controllerManager?: number };
}

/** What an acceptance run against a real API says about where and how it runs. */
export interface AcceptanceInfo {
  /** An existing namespace to work in, instead of a throwaway tenant. */
  namespace?: string;
  /** Whether the provider waits for readiness there (no Flux: it cannot). */
  readinessChecked: boolean;
}

export interface Platform extends PlatformInfo {
  stop(): Promise<void>;
}

export interface StartOptions {
  dir: string;
  /** Keep the processes alive after this process exits (for `npm run up`). */
  detached?: boolean;
  log?: (message: string) => void;
  /**
   * The apiserver's classic in-flight limits (--max-requests-inflight and
   * --max-mutating-requests-inflight). Tiny ones make it answer 429 with Retry-After to
   * anyone but system:masters, as a busy real API does; by default the apiserver's own.
   */
  inflightLimits?: { readonly: number; mutating: number };
}

export async function startPlatform(opts: StartOptions): Promise<Platform> {
  const log = opts.log ?? (() => {});
  const started = performance.now();
  const etcdBin = toolPath("etcd");
  const apiserverBin = toolPath("kube-apiserver");
  const controllerManagerBin = toolPath("kube-controller-manager");
  const dir = opts.dir;
  for (const sub of ["etcd", "certs", "logs"]) mkdirSync(join(dir, sub), { recursive: true });

  const [etcdClient, etcdPeer, apiPort] = await freePorts(3);
  const token = randomBytes(24).toString("hex");
  writeFileSync(join(dir, "tokens.csv"), `${token},admin,admin,"system:masters"\n`, { mode: 0o600 });
  writeServiceAccountKeys(dir);

  const etcd = launch(
    etcdBin,
    [
      "--name=local",
      `--data-dir=${join(dir, "etcd")}`,
      `--listen-client-urls=http://127.0.0.1:${etcdClient}`,
      `--advertise-client-urls=http://127.0.0.1:${etcdClient}`,
      `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-cluster=local=http://127.0.0.1:${etcdPeer}`,
      "--listen-metrics-urls=",
      "--unsafe-no-fsync",
      "--log-level=warn",
    ],
    join(dir, "logs", "etcd.log"),
    opts.detached,
  );
  const apiserver = launch(
    apiserverBin,
    [
      `--etcd-servers=http://127.0.0.1:${etcdClient}`,
      "--bind-address=127.0.0.1",
      "--advertise-address=127.0.0.1",
      `--secure-port=${apiPort}`,
      `--cert-dir=${join(dir, "certs")}`,
      `--token-auth-file=${join(dir, "tokens.csv")}`,
      "--authorization-mode=RBAC",
      "--service-account-issuer=https://kubernetes.default.svc",
      `--service-account-key-file=${join(dir, "sa.pub")}`,
      `--service-account-signing-key-file=${join(dir, "sa.key")}`,
      "--service-cluster-ip-range=10.96.0.0/16",
      "--endpoint-reconciler-type=none",
      "--enable-priority-and-fairness=false",
      ...(opts.inflightLimits
        ? [
            `--max-requests-inflight=${opts.inflightLimits.readonly}`,
            `--max-mutating-requests-inflight=${opts.inflightLimits.mutating}`,
          ]
        : []),
      "--disable-admission-plugins=ServiceAccount",
      "--profiling=false",
      "--v=1",
    ],
    join(dir, "logs", "kube-apiserver.log"),
    opts.detached,
  );
  const server = `https://127.0.0.1:${apiPort}`;
  const controllers: ChildProcess[] = [];
  const stop = async () => {
    // Controllers first: they would only log errors while the apiserver goes away.
    await Promise.all(controllers.map(terminate));
    await Promise.all([terminate(apiserver), terminate(etcd)]);
  };
  try {
    await waitReady(server, token, apiserver, etcd);
  } catch (error) {
    await stop();
    throw error;
  }
  const ca = readFileSync(join(dir, "certs", "apiserver.crt"), "utf8");
  const kubeconfigPath = join(dir, "kubeconfig");
  writeFileSync(kubeconfigPath, kubeconfig(server, token, ca), { mode: 0o600 });
  const kubeconfigJsonPath = join(dir, "kubeconfig.json");
  writeFileSync(kubeconfigJsonPath, kubeconfigJson(server, token, ca), { mode: 0o600 });
  log(`kube-apiserver ready at ${server} in ${Math.round(performance.now() - started)} ms`);
  // It needs the apiserver's CA, which exists only once the apiserver has started.
  const controllerManager = launch(
    controllerManagerBin,
    garbageCollectorArgs(kubeconfigPath),
    join(dir, "logs", "kube-controller-manager.log"),
    opts.detached,
  );
  controllers.push(controllerManager);
  try {
    await waitGarbageCollector({ server, token, ca }, controllerManager);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`garbage collector running ${Math.round(performance.now() - started)} ms after start`);
  const info: PlatformInfo = {
    server,
    token,
    ca,
    kubeconfigPath,
    kubeconfigJsonPath,
    dir,
    pids: { etcd: etcd.pid!, apiserver: apiserver.pid!, controllerManager: controllerManager.pid! },
  };
  writeFileSync(join(dir, "platform.json"), JSON.stringify(info, null, 2));
  return { ...info, stop };
}

/**
 * kube-controller-manager with only the garbage collector and the ClusterRole aggregation
 * controller: Crossplane (and anything else that sets owner references) relies on the first to
 * delete dependents, and Cozystack's tenant ClusterRoles are aggregated by the second. It talks to the apiserver as the
 * admin of the platform's kubeconfig, elects no leader and serves nothing.
 */
function garbageCollectorArgs(kubeconfigPath: string): string[] {
  return [
    "--controllers=garbagecollector,clusterrole-aggregation",
    `--kubeconfig=${kubeconfigPath}`,
    "--leader-elect=false",
    "--use-service-account-credentials=false",
    "--secure-port=0",
    "--bind-address=127.0.0.1",
    "--v=1",
  ];
}

function writeServiceAccountKeys(dir: string): void {
  if (existsSync(join(dir, "sa.key"))) return;
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  writeFileSync(join(dir, "sa.key"), privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  writeFileSync(join(dir, "sa.pub"), publicKey.export({ type: "spki", format: "pem" }));
}

function launch(bin: string, args: string[], logFile: string, detached = false): ChildProcess {
  // The child writes its log file itself, so it outlives us when detached.
  const fd = openSync(logFile, "a");
  const child = spawn(bin, args, { stdio: ["ignore", fd, fd], detached });
  closeSync(fd);
  if (detached) child.unref();
  return child;
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

async function waitReady(server: string, token: string, ...children: ChildProcess[]): Promise<void> {
  const client = new KubeClient({ server, token, insecure: true });
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      const dead = children.find((c) => c.exitCode !== null);
      if (dead)
        throw new Error(`${dead.spawnfile} exited with code ${dead.exitCode}; see the logs directory`);
      try {
        const ready = await client.request<string>("GET", "/readyz");
        if (String(ready).trim() === "ok") return;
      } catch {
        // not up yet
      }
      await sleep(100);
    }
    throw new Error("kube-apiserver did not become ready within 60 s");
  } finally {
    client.close();
  }
}

/**
 * Wait until the garbage collector deletes a ConfigMap whose owner never existed: proof that it
 * runs before anything relies on it, and a clear error when it died instead.
 */
async function waitGarbageCollector(target: KubeTarget, controllerManager: ChildProcess): Promise<void> {
  const client = new KubeClient(target);
  const path = "/api/v1/namespaces/kube-system/configmaps/garbage-collector-probe";
  const deadline = Date.now() + 60_000;
  try {
    await client.apply(
      path,
      {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: {
          name: "garbage-collector-probe",
          namespace: "kube-system",
          ownerReferences: [
            { apiVersion: "v1", kind: "ConfigMap", name: "garbage-collector-probe-owner", uid: randomUUID() },
          ],
        },
      },
      "cozystack-iac-platform",
    );
    while ((await client.getOrUndefined(path)) !== undefined) {
      if (controllerManager.exitCode !== null)
        throw new Error(
          `kube-controller-manager exited with code ${controllerManager.exitCode}; see logs/kube-controller-manager.log`,
        );
      if (Date.now() > deadline)
        throw new Error("the garbage collector did not delete a dependent of a missing owner within 60 s");
      await sleep(50);
    }
  } finally {
    client.close();
  }
}

/**
 * The kubeconfig as `kubectl config` writes it: YAML, keys in kubectl's order. This is
 * what users hand the provider, so the suite runs on it.
 */
export function kubeconfig(server: string, token: string, ca: string): string {
  return [
    "apiVersion: v1",
    "clusters:",
    "- cluster:",
    `    certificate-authority-data: ${Buffer.from(ca).toString("base64")}`,
    `    server: ${server}`,
    "  name: local",
    "contexts:",
    "- context:",
    "    cluster: local",
    "    namespace: tenant-root",
    "    user: admin",
    "  name: local",
    "current-context: local",
    "kind: Config",
    "preferences: {}",
    "users:",
    "- name: admin",
    "  user:",
    `    token: ${token}`,
    "",
  ].join("\n");
}

/** The same kubeconfig as JSON, which kubectl also reads; one test keeps this path covered. */
export function kubeconfigJson(server: string, token: string, ca: string): string {
  return JSON.stringify(
    {
      apiVersion: "v1",
      kind: "Config",
      clusters: [
        {
          name: "local",
          cluster: { server, "certificate-authority-data": Buffer.from(ca).toString("base64") },
        },
      ],
      users: [{ name: "admin", user: { token } }],
      contexts: [{ name: "local", context: { cluster: "local", user: "admin", namespace: "tenant-root" } }],
      "current-context": "local",
    },
    null,
    2,
  );
}

export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => {
      const server = createServer();
      return new Promise<ReturnType<typeof createServer>>((resolve) =>
        server.listen(0, "127.0.0.1", () => resolve(server)),
      );
    }),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}
