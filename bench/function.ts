// RunFunction speed and memory of function-cozystack over Crossplane's mTLS path, with a
// minimal Go gRPC server (bench/function-go-floor) measured in the same run as the floor.
// Run: node bench/function.ts [--requests N] [--no-pin] [--cpu-prof DIR] [--dump DIR] [--node-flags=F]
//   --requests N    timed calls per server and concurrency (default 3000)
//   --no-pin        do not pin the servers to CPU 1 and this client to CPU 0
//   --cpu-prof DIR  runs function-cozystack under node --cpu-prof, profiles written to DIR
//   --dump DIR      writes the benchmark request and the function's response to DIR as JSON
//   --node-flags=F  extra flags for function-cozystack's node, e.g. --node-flags="--max-semi-space-size=4"
//
// Both servers get the same requests: a typical Postgres v2 XR in a tenant namespace,
// in the steady state Crossplane reconciles most often (platform object Ready, the
// published Secret and Service present as required resources). Every response is
// decoded and checked after each timed batch, so a run that measured errors fails.
// Besides latency and throughput, each server's CPU time per call is read from /proc:
// on a shared machine it is the figure other processes disturb least.
import { execFileSync, spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { createServer } from "node:net";
import { join } from "node:path";
import { parseArgs } from "node:util";
import * as grpc from "@grpc/grpc-js";
import {
  Capability,
  FunctionRunnerServiceService,
  Ready,
  RunFunctionRequest,
  RunFunctionResponse,
  Severity,
  type Resource,
} from "@crossplane-org/function-sdk-typescript";
import { releaseName } from "../schemas/core/kind.ts";
import { withDefaults } from "../schemas/core/platform-object.ts";
import { postgres } from "../schemas/kinds/postgres.ts";
import { buildFunction, FUNCTION_NODE_FLAGS } from "../scripts/build-function.ts";
import { makeTls, type TlsMaterial } from "../test/support/tls.ts";

const root = join(import.meta.dirname, "..");
const { values: flags } = parseArgs({
  options: {
    requests: { type: "string", default: "3000" },
    "no-pin": { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
    dump: { type: "string" },
    "node-flags": { type: "string", default: "" },
  },
});
/** Timed requests per server and concurrency, sent in ROUNDS batches. */
const ROUNDS = 5;
const REQUESTS = Math.ceil(Number(flags.requests) / ROUNDS) * ROUNDS;
if (!Number.isInteger(REQUESTS) || REQUESTS < 100) throw new Error("--requests must be an integer ≥ 100");
const WARM_UP = Math.max(500, Math.floor(REQUESTS / 3));
const CONCURRENCY = [1, 100] as const;
const RUN_FUNCTION = FunctionRunnerServiceService.runFunction.path;
const GOALS = { p99AtOneMs: 5, floorRatio: 2, rssMB: 100 };

// ---------------------------------------------------------------------------------------
// The request, as Crossplane builds it (crossplane-core.md §2): the whole XR as observed,
// composed resources keyed by composition-resource name, an empty desired state for the
// first step, the step's input, an empty context, and the required resources.

const XR = {
  apiVersion: "apps.cozystack-iac.dev/v1alpha1",
  kind: postgres.kind,
  name: "orders-db",
  namespace: "tenant-shop",
  uid: randomUUID(),
};
const USER_SPEC = {
  replicas: 3,
  size: "50Gi",
  resourcesPreset: "medium",
  version: "v17",
  users: { app: {}, reporting: {} },
  databases: {
    orders: { extensions: ["pg_trgm", "uuid-ossp"], roles: { admin: ["app"], readonly: ["reporting"] } },
  },
  postgresql: { parameters: { max_connections: "200", shared_buffers: "256MB" } },
  quorum: { minSyncReplicas: 1, maxSyncReplicas: 1 },
};
const STEP_INPUT = {
  apiVersion: "fn.cozystack-iac.dev/v1beta1",
  kind: "Input",
  platformKind: postgres.kind,
  target: { type: "InCluster" },
};
const CAPABILITIES = [
  Capability.CAPABILITY_CAPABILITIES,
  Capability.CAPABILITY_REQUIRED_RESOURCES,
  Capability.CAPABILITY_CREDENTIALS,
  Capability.CAPABILITY_CONDITIONS,
  Capability.CAPABILITY_REQUIRED_SCHEMAS,
];

type Json = Record<string, unknown>;
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const HOUR_AGO = new Date(Date.now() - 3_600_000).toISOString();
const condition = (type: string, reason: string, message = "") => ({
  type,
  status: "True",
  reason,
  ...(message ? { message } : {}),
  lastTransitionTime: HOUR_AGO,
});

/** What the API server adds to every stored object; fixed per object, so rounds can settle. */
function serverMetadata(object: string): Json {
  const hash = createHash("sha256").update(object).digest("hex");
  const uid = `${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
  return { uid, resourceVersion: String(parseInt(hash.slice(0, 6), 16)), creationTimestamp: HOUR_AGO };
}

/** What Crossplane stamps on a composed resource (crossplane-core.md §3). */
function composedMetadata(key: string): Json {
  return {
    labels: { "crossplane.io/composite": XR.name },
    annotations: { "crossplane.io/composition-resource-name": key },
    ownerReferences: [
      {
        apiVersion: XR.apiVersion,
        kind: XR.kind,
        name: XR.name,
        uid: XR.uid,
        controller: true,
        blockOwnerDeletion: true,
      },
    ],
  };
}

/** The XR as the API server stores it: the XRD's defaults filled in, Crossplane's fields under spec.crossplane. */
function observedXr(status: Json): Json {
  // Named as functions/generate names it; Crossplane names revisions <composition>-<hash>.
  const composition = `${postgres.plural}-in-cluster`;
  return {
    apiVersion: XR.apiVersion,
    kind: XR.kind,
    metadata: {
      name: XR.name,
      namespace: XR.namespace,
      generation: 4,
      labels: { "crossplane.io/composite": XR.name, team: "shop" },
      finalizers: ["composite.apiextensions.crossplane.io"],
      ...serverMetadata(XR.name),
      uid: XR.uid,
    },
    spec: {
      ...json(withDefaults(postgres, USER_SPEC)),
      crossplane: {
        compositionRef: { name: composition },
        compositionRevisionRef: { name: `${composition}-7c1f2e9` },
        compositionUpdatePolicy: "Automatic",
        resourceRefs: [
          { apiVersion: postgres.apiVersion, kind: postgres.kind, name: XR.name },
          { apiVersion: "v1", kind: "Secret", name: `${XR.name}-connection` },
        ],
      },
    },
    status,
  };
}

/** The Secret and Service the Postgres chart publishes, named by the model. */
function requiredResources(): Record<string, { items: Resource[] }> {
  const release = releaseName(postgres, XR.name);
  const labels = {
    "apps.cozystack.io/application.kind": postgres.kind,
    "apps.cozystack.io/application.group": "apps.cozystack.io",
    "apps.cozystack.io/application.name": XR.name,
  };
  const b64 = (s: string) => Buffer.from(s).toString("base64");
  const secret = {
    apiVersion: "v1",
    kind: "Secret",
    metadata: {
      name: postgres.outputs.secret!.name(release, XR.namespace),
      namespace: XR.namespace,
      labels,
      ...serverMetadata("credentials"),
    },
    type: "Opaque",
    data: { app: b64("s3cr3t-app-pw-Zq81"), reporting: b64("s3cr3t-ro-pw-Ak42") },
  };
  const service = {
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name: postgres.outputs.service!.name(release),
      namespace: XR.namespace,
      labels,
      ...serverMetadata("service"),
    },
    spec: {
      type: "ClusterIP",
      clusterIP: "10.96.41.17",
      clusterIPs: ["10.96.41.17"],
      ports: [{ name: "postgres", port: 5432, protocol: "TCP", targetPort: 5432 }],
      selector: { "cnpg.io/cluster": release, role: "primary" },
      sessionAffinity: "None",
    },
    status: { loadBalancer: {} },
  };
  const one = (resource: Json) => ({
    items: [{ resource, connectionDetails: {}, ready: Ready.READY_UNSPECIFIED }],
  });
  return { credentials: one(secret), service: one(service) };
}

interface Observed {
  xrStatus: Json;
  resources: Record<string, Json>;
}

function crossplaneRequest(observed: Observed, tag: string): RunFunctionRequest {
  const resources: Record<string, Resource> = {};
  for (const [key, resource] of Object.entries(observed.resources))
    resources[key] = { resource, connectionDetails: {}, ready: Ready.READY_UNSPECIFIED };
  return RunFunctionRequest.fromPartial({
    meta: { tag, capabilities: CAPABILITIES },
    observed: {
      composite: {
        resource: observedXr(observed.xrStatus),
        connectionDetails: {},
        ready: Ready.READY_UNSPECIFIED,
      },
      resources,
    },
    desired: { resources: {} },
    input: STEP_INPUT,
    context: {},
    requiredResources: requiredResources(),
  });
}

/** Crossplane's tag is a hash of the request; each benchmark request gets its own. */
const tagOf = (i: number) => createHash("sha256").update(`${XR.uid}/${i}`).digest("hex");

/**
 * The observed state one reconcile later: what the function composed, as the API
 * server and Crossplane return it, with the platform object Ready, and the XR status
 * the function wrote. Times are an hour back: the steady state, long after any write.
 */
function nextObserved(response: RunFunctionResponse): Observed {
  const resources: Record<string, Json> = {};
  for (const [key, desired] of Object.entries(response.desired?.resources ?? {})) {
    const resource = json(desired.resource ?? {}) as Json & { metadata?: Json };
    resource.metadata = { ...resource.metadata, ...composedMetadata(key), ...serverMetadata(key) };
    if (key === "platform")
      resource.status = {
        version: "1",
        conditions: [
          condition(
            "Ready",
            "UpgradeSucceeded",
            "Helm upgrade succeeded for release tenant-shop/postgres-orders-db",
          ),
          condition("Released", "UpgradeSucceeded"),
          condition("WorkloadsReady", "WorkloadMonitorCheck"),
        ],
      };
    resources[key] = resource;
  }
  const status = json((response.desired?.composite?.resource?.status ?? {}) as Json);
  const platform = status.platform as Json | undefined;
  if (platform && typeof platform.changedAt === "string") platform.changedAt = HOUR_AGO;
  status.conditions = [condition("Synced", "ReconcileSuccess"), condition("Ready", "Available")];
  return { xrStatus: status, resources };
}

// ---------------------------------------------------------------------------------------
// Servers and the client.

interface Server {
  name: string;
  child: ChildProcess;
  address: string;
  output: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Start a server on a free loopback port. Its output goes to a file, not a pipe: a
 * container runtime drains a pod's logs without the client's help, and a pipe this
 * busy process reads late would stall a server that writes its logs synchronously.
 */
async function startServer(
  name: string,
  command: string,
  args: string[],
  pin: boolean,
  logFile: string,
): Promise<Server> {
  const address = `127.0.0.1:${await freePort()}`;
  const argv = [...args, "--address", address];
  const log = openSync(logFile, "w");
  const stdio: StdioOptions = ["ignore", log, log];
  const child = pin
    ? spawn("taskset", ["-c", "1", command, ...argv], { stdio })
    : spawn(command, argv, { stdio });
  closeSync(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    child.kill("SIGTERM");
    await exited;
  };
  // The tail of the log, for the error message when something goes wrong.
  const output = () => readFileSync(logFile, "utf8").slice(-8192);
  return { name, child, address, output, stop };
}

/**
 * The server certificate names localhost and 127.0.0.1; verifying it as localhost keeps
 * Node from sending an IP address as TLS server name, which RFC 6066 forbids.
 */
const CHANNEL_OPTIONS = { "grpc.ssl_target_name_override": "localhost" };

function connect(server: Server, tls: TlsMaterial, withClientCert = true): Promise<grpc.Client> {
  const credentials = withClientCert
    ? grpc.credentials.createSsl(tls.ca, tls.client.key, tls.client.cert)
    : grpc.credentials.createSsl(tls.ca);
  const client = new grpc.Client(server.address, credentials, CHANNEL_OPTIONS);
  return new Promise((resolve, reject) => {
    const gone = () => reject(new Error(`${server.name} exited before serving:\n${server.output()}`));
    server.child.once("exit", gone);
    client.waitForReady(Date.now() + 30_000, (error) => {
      server.child.off("exit", gone);
      if (error)
        reject(
          new Error(`${server.name} not ready at ${server.address}: ${error.message}\n${server.output()}`),
        );
      else resolve(client);
    });
  });
}

/** One RunFunction call on pre-encoded bytes; the response comes back undecoded. */
function call(client: grpc.Client, request: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      RUN_FUNCTION,
      (b: Buffer) => b,
      (b: Buffer) => b,
      request,
      new grpc.Metadata(),
      { deadline: Date.now() + 30_000 },
      (error, response) =>
        error || !response ? reject(error ?? new Error("no response")) : resolve(response),
    );
  });
}

const encode = (request: RunFunctionRequest) => Buffer.from(RunFunctionRequest.encode(request).finish());

/** The same call without a client certificate must be refused, or we are not on Crossplane's path. */
async function refusesAnonymousClients(server: Server, tls: TlsMaterial, request: Buffer): Promise<string> {
  const anonymous = new grpc.Client(server.address, grpc.credentials.createSsl(tls.ca), CHANNEL_OPTIONS);
  try {
    await call(anonymous, request);
  } catch (error) {
    return grpc.status[(error as grpc.ServiceError).code] ?? String(error);
  } finally {
    anonymous.close();
  }
  throw new Error(`${server.name} answered a client without a certificate: mTLS is not enforced`);
}

// ---------------------------------------------------------------------------------------
// Load, memory and checks.

interface Phase {
  latencies: Float64Array;
  wallMs: number;
  responses: Buffer[];
}

/** `count` calls, `concurrency` at a time, each caller sending its next request as soon as one returns. */
async function load(client: grpc.Client, requests: Buffer[], concurrency: number): Promise<Phase> {
  const latencies = new Float64Array(requests.length);
  const responses: Buffer[] = new Array<Buffer>(requests.length);
  let next = 0;
  const caller = async () => {
    while (next < requests.length) {
      const i = next++;
      const started = performance.now();
      responses[i] = await call(client, requests[i]!);
      latencies[i] = performance.now() - started;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, caller));
  return { latencies, wallMs: performance.now() - started, responses };
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function kib(pid: number, field: "VmRSS" | "VmHWM" | "RssAnon"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times. */
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());

/** CPU time the process has used, all threads, user and system, in ms. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

interface RssSample {
  /** Highest VmRSS seen, in kB. */
  rss: number;
  /** Highest RssAnon seen: private memory, without the mapped node binary and libraries. */
  anon: number;
}

/** Samples the process's RSS every 10 ms until stopped. */
function sampleRss(pid: number): () => RssSample {
  const highest: RssSample = { rss: 0, anon: 0 };
  const sample = () => {
    highest.rss = Math.max(highest.rss, kib(pid, "VmRSS"));
    highest.anon = Math.max(highest.anon, kib(pid, "RssAnon"));
  };
  sample();
  const timer = setInterval(sample, 10);
  return () => {
    clearInterval(timer);
    sample();
    return highest;
  };
}

type Check = (request: RunFunctionRequest, response: RunFunctionResponse) => string | undefined;

/** The floor answers with the request's desired state, untouched. */
const floorCheck: Check = (request, response) =>
  JSON.stringify(response.desired) === JSON.stringify(request.desired)
    ? undefined
    : "desired state is not the request's";

/** function-cozystack composes the Ready platform object and its connection Secret, without a FATAL. */
const functionCheck: Check = (_request, response) => {
  const fatal = response.results.find((r) => r.severity === Severity.SEVERITY_FATAL);
  if (fatal) return `FATAL result: ${fatal.message}`;
  const platform = response.desired?.resources.platform;
  if (!platform) return "no platform resource in desired state";
  if (platform.resource?.kind !== postgres.kind) return `platform is a ${String(platform.resource?.kind)}`;
  if (platform.ready !== Ready.READY_TRUE) return "platform is not marked READY_TRUE in the steady state";
  if (!response.desired?.resources.connection) return "no connection Secret in desired state";
  return undefined;
};

function checkAll(
  server: string,
  tags: string[],
  base: RunFunctionRequest,
  phase: Phase,
  check: Check,
): void {
  phase.responses.forEach((bytes, i) => {
    const response = RunFunctionResponse.decode(bytes);
    const wrong =
      response.meta?.tag !== tags[i]
        ? `tag ${response.meta?.tag} is not the request's ${tags[i]}`
        : response.meta?.ttl === undefined
          ? "no TTL"
          : check(base, response);
    if (wrong) throw new Error(`${server}, response ${i}: ${wrong}`);
  });
}

interface Figures {
  p50: number;
  p99: number;
  throughput: number;
  /** Server CPU time per call: unlike latency, barely moved by other processes on the machine. */
  cpuPerCall: number;
}

interface ServerFigures {
  byConcurrency: Map<number, Figures>;
  idleRssKB: number;
  sampled: RssSample;
  peakRssKB: number;
  anonymous: string;
}

/** A server under test, with what its timed batches gathered so far. */
interface Contender {
  server: Server;
  check: Check;
  client: grpc.Client;
  idleRssKB: number;
  anonymous: string;
  sampled: RssSample;
  latencies: Map<number, number[]>;
  wallMs: Map<number, number>;
  cpuMs: Map<number, number>;
}

let nextTag = 0;
function batch(base: RunFunctionRequest, count: number): { tags: string[]; bytes: Buffer[] } {
  const tags = Array.from({ length: count }, () => tagOf(nextTag++));
  return { tags, bytes: tags.map((tag) => encode({ ...base, meta: { ...base.meta!, tag } })) };
}

/** Connect, note the idle RSS, check that mTLS is enforced, and warm up at every concurrency. */
async function prepare(
  server: Server,
  tls: TlsMaterial,
  base: RunFunctionRequest,
  check: Check,
): Promise<Contender> {
  const client = await connect(server, tls);
  const idleRssKB = kib(server.child.pid!, "VmRSS");
  const anonymous = await refusesAnonymousClients(server, tls, encode(base));
  for (const concurrency of CONCURRENCY) {
    const warm = batch(base, WARM_UP);
    checkAll(server.name, warm.tags, base, await load(client, warm.bytes, concurrency), check);
  }
  return {
    server,
    check,
    client,
    idleRssKB,
    anonymous,
    sampled: { rss: 0, anon: 0 },
    latencies: new Map(CONCURRENCY.map((c) => [c, []])),
    wallMs: new Map(CONCURRENCY.map((c) => [c, 0])),
    cpuMs: new Map(CONCURRENCY.map((c) => [c, 0])),
  };
}

/** One timed batch; RSS is sampled while 100 calls are in flight. */
async function timedBatch(
  c: Contender,
  base: RunFunctionRequest,
  concurrency: number,
  count: number,
): Promise<void> {
  const timed = batch(base, count);
  const pid = c.server.child.pid!;
  const sampling = concurrency === 100 ? sampleRss(pid) : undefined;
  const cpuBefore = cpuMs(pid);
  const phase = await load(c.client, timed.bytes, concurrency);
  c.cpuMs.set(concurrency, c.cpuMs.get(concurrency)! + cpuMs(pid) - cpuBefore);
  if (sampling) {
    const s = sampling();
    c.sampled = { rss: Math.max(c.sampled.rss, s.rss), anon: Math.max(c.sampled.anon, s.anon) };
  }
  checkAll(c.server.name, timed.tags, base, phase, c.check);
  c.latencies.get(concurrency)!.push(...phase.latencies);
  c.wallMs.set(concurrency, c.wallMs.get(concurrency)! + phase.wallMs);
}

function figuresOf(c: Contender): ServerFigures {
  const byConcurrency = new Map<number, Figures>();
  for (const concurrency of CONCURRENCY) {
    const sorted = Float64Array.from(c.latencies.get(concurrency)!).sort();
    byConcurrency.set(concurrency, {
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      throughput: (sorted.length / c.wallMs.get(concurrency)!) * 1000,
      cpuPerCall: c.cpuMs.get(concurrency)! / sorted.length,
    });
  }
  const { idleRssKB, sampled, anonymous } = c;
  return { byConcurrency, idleRssKB, sampled, peakRssKB: kib(c.server.child.pid!, "VmHWM"), anonymous };
}

/**
 * The servers take turns, batch by batch, in alternating order: on a shared machine the
 * load of other processes drifts, and turns spread that drift over both servers alike.
 */
async function measure(contenders: Contender[], base: RunFunctionRequest): Promise<ServerFigures[]> {
  const perBatch = REQUESTS / ROUNDS;
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const concurrency of CONCURRENCY)
      for (const c of order) await timedBatch(c, base, concurrency, perBatch);
    process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
  return contenders.map(figuresOf);
}

interface SteadyState {
  request: RunFunctionRequest;
  /** Reconciles until the function wrote back exactly what it read, or undefined if it never did. */
  rounds?: number;
}

const MAX_ROUNDS = 5;

/** Reconcile as Crossplane would, feeding each response back as observed state, until nothing changes. */
async function steadyState(server: Server, tls: TlsMaterial): Promise<SteadyState> {
  const client = await connect(server, tls);
  let observed: Observed = { xrStatus: {}, resources: {} };
  let request = crossplaneRequest(observed, tagOf(-1));
  let rounds: number | undefined;
  for (let round = 1; round <= MAX_ROUNDS && rounds === undefined; round++) {
    const response = RunFunctionResponse.decode(await call(client, encode(request)));
    const fatal = response.results.find((r) => r.severity === Severity.SEVERITY_FATAL);
    if (fatal) throw new Error(`function-cozystack refused the benchmark XR: ${fatal.message}`);
    const next = nextObserved(response);
    if (JSON.stringify(next) === JSON.stringify(observed)) rounds = round;
    observed = next;
    request = crossplaneRequest(observed, tagOf(-1));
  }
  if (flags.dump) await dump(client, request);
  client.close();
  return { request, ...(rounds === undefined ? {} : { rounds }) };
}

async function dump(client: grpc.Client, request: RunFunctionRequest): Promise<void> {
  const response = RunFunctionResponse.decode(await call(client, encode(request)));
  mkdirSync(flags.dump!, { recursive: true });
  const write = (name: string, value: unknown) =>
    writeFileSync(join(flags.dump!, name), `${JSON.stringify(value, null, 2)}\n`);
  write("request.json", RunFunctionRequest.toJSON(request));
  write("response.json", RunFunctionResponse.toJSON(response));
}

// ---------------------------------------------------------------------------------------
// The run.

const MB = (kb: number) => (kb * 1024) / 1e6;
const fmt = (x: number, digits = 2) => x.toFixed(digits);
const verdict = (ok: boolean) => (ok ? "pass" : "FAIL");
const RATIO_LABELS: Record<keyof Figures, string> = {
  p50: "p50",
  p99: "p99",
  throughput: "throughput (floor / function)",
  cpuPerCall: "server CPU per call",
};

function report(fn: ServerFigures, floor: ServerFigures, pinned: boolean, steady: SteadyState): void {
  const date = new Date().toISOString().slice(0, 10);
  const requestBytes = encode(steady.request).length;
  console.log(
    `\nRunFunction over mTLS, typical Postgres v2 XR (${requestBytes} B request), ${REQUESTS} timed requests per server and concurrency in ${ROUNDS} alternating batches, after ${WARM_UP} warm-up, ${date}`,
  );
  console.log(
    steady.rounds === undefined
      ? `warning: the XR status the function writes did not settle in ${MAX_ROUNDS} reconciles; measured on the last one`
      : `steady state: the function wrote back what it read after ${steady.rounds} reconcile(s)`,
  );
  console.log(
    `${CPUS} CPUs, load average ${LOAD_AT_START.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end; ${pinned ? "servers pinned to CPU 1, the client (this process, grpc-js) to CPU 0" : "not pinned: server and client share the CPUs"}; Node ${process.version}${nodeFlags.length > 0 ? `; function run with node ${nodeFlags.join(" ")}` : ""}\n`,
  );
  console.log(
    "| server | concurrency | p50 (ms) | p99 (ms) | throughput (req/s) | server CPU per call (ms) |\n|---|---|---|---|---|---|",
  );
  for (const [name, figures] of [
    ["function-cozystack", fn],
    ["Go floor (grpc-go pass-through)", floor],
  ] as const)
    for (const [c, f] of figures.byConcurrency)
      console.log(
        `| ${name} | ${c} | ${fmt(f.p50, 3)} | ${fmt(f.p99, 3)} | ${fmt(f.throughput, 0)} | ${fmt(f.cpuPerCall, 3)} |`,
      );

  console.log(
    "\n| server | RSS idle (MB) | RSS under 100 concurrent, max sampled (MB) | of it private (RssAnon) | peak RSS, VmHWM (MB) | no client certificate |",
  );
  console.log("|---|---|---|---|---|---|");
  for (const [name, s] of [
    ["function-cozystack", fn],
    ["Go floor", floor],
  ] as const)
    console.log(
      `| ${name} | ${fmt(MB(s.idleRssKB), 1)} | ${fmt(MB(s.sampled.rss), 1)} | ${fmt(MB(s.sampled.anon), 1)} | ${fmt(MB(s.peakRssKB), 1)} | refused (${s.anonymous}) |`,
    );

  console.log("\n| ratio function / Go floor | concurrency 1 | concurrency 100 |\n|---|---|---|");
  const ratio = (metric: keyof Figures, c: number) => {
    const a = fn.byConcurrency.get(c)![metric];
    const b = floor.byConcurrency.get(c)![metric];
    // For throughput, higher is better: the ratio is how many times slower the function is.
    return metric === "throughput" ? b / a : a / b;
  };
  for (const metric of ["p50", "p99", "throughput", "cpuPerCall"] as const)
    console.log(`| ${RATIO_LABELS[metric]} | ${fmt(ratio(metric, 1))}x | ${fmt(ratio(metric, 100))}x |`);
  console.log(`| peak RSS | ${fmt(fn.peakRssKB / floor.peakRssKB)}x | |`);

  const p99AtOne = fn.byConcurrency.get(1)!.p99;
  const goals: Array<[string, string, boolean]> = [
    [`p99 at concurrency 1 < ${GOALS.p99AtOneMs} ms`, `${fmt(p99AtOne, 3)} ms`, p99AtOne < GOALS.p99AtOneMs],
    ...CONCURRENCY.flatMap((c): Array<[string, string, boolean]> =>
      (["p99", "throughput"] as const).map((metric) => {
        const r = ratio(metric, c);
        return [
          `${metric} within ${GOALS.floorRatio}x of the Go floor, concurrency ${c}`,
          `${fmt(r)}x`,
          r <= GOALS.floorRatio,
        ];
      }),
    ),
    [`peak RSS ≤ ${GOALS.rssMB} MB`, `${fmt(MB(fn.peakRssKB), 1)} MB`, MB(fn.peakRssKB) <= GOALS.rssMB],
  ];
  console.log("\n| goal (issue #14) | measured | |\n|---|---|---|");
  for (const [goal, measured, ok] of goals) console.log(`| ${goal} | ${measured} | ${verdict(ok)} |`);
}

// Counted before pinning: pinning this process narrows what it reports.
const CPUS = availableParallelism();
const LOAD_AT_START = loadavg()[0]!;
const pin = !flags["no-pin"] && CPUS >= 2;
if (pin) execFileSync("taskset", ["-a", "-cp", "0", String(process.pid)], { stdio: "ignore" });
const work = mkdtempSync(join(tmpdir(), "bench-function-"));
const tls = makeTls(join(work, "tls"));
// Built into this run's own directory: tests may be using dist/function at the same time.
const functionBin = await buildFunction(join(work, "function"));
const floorBin = execFileSync("bash", [join(root, "scripts", "tools", "go-function-floor.sh")], {
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .at(-1)!;
const certs = ["--tls-server-certs-dir", tls.serverDir];
const nodeFlags = [
  // As the image runs it (scripts/release/oci/runtime.ts).
  ...FUNCTION_NODE_FLAGS,
  ...flags["node-flags"].split(/\s+/).filter(Boolean),
  ...(flags["cpu-prof"] ? ["--cpu-prof", "--cpu-prof-dir", flags["cpu-prof"]] : []),
];

const servers: Server[] = [];
try {
  const fn = await startServer(
    "function-cozystack",
    process.execPath,
    [...nodeFlags, functionBin, ...certs],
    pin,
    join(work, "function.log"),
  );
  servers.push(fn);
  const floor = await startServer("Go floor", floorBin, certs, pin, join(work, "floor.log"));
  servers.push(floor);
  const steady = await steadyState(fn, tls);
  const contenders = [
    await prepare(fn, tls, steady.request, functionCheck),
    await prepare(floor, tls, steady.request, floorCheck),
  ];
  const [fnFigures, floorFigures] = await measure(contenders, steady.request);
  for (const c of contenders) c.client.close();
  report(fnFigures!, floorFigures!, pin, steady);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(work, { recursive: true, force: true });
}
