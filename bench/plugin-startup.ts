// Provider start-up, measured as a host sees it. Run: node bench/plugin-startup.ts [runs]
// Reports medians and ratios against baselines measured in the same run: plain
// `node -e 0`, and a Go provider on terraform-plugin-framework (bench/go-baseline).
//
// Per provider process: start to handshake line, then over one connection the calls
// a host makes first (GetProviderSchema, then ValidateResourceConfig twice: the first
// call that needs the model, and a later one), and the process's CPU time and peak RSS.
// Variants take turns within each run, so drifting load on a shared machine falls on
// all of them alike; CPU time is the figure other processes barely move.
import { execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { cozystackProvider } from "../provider/cozystack/provider.ts";
import { encodeMsgpack } from "../provider/plugin/cty/msgpack.ts";
import { blockType } from "../provider/plugin/schema.ts";
import { buildProvider } from "../scripts/build-provider.ts";
import { buildExecutable } from "../scripts/release/executable.ts";
import { call, connect, hostEnv, launch, newClientCertificate } from "../test/plugin/harness.ts";

const runs = Number(process.argv[2] ?? 15);
const root = join(import.meta.dirname, "..");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function peakRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** CPU time the process has used so far, all threads, in ms (nanosecond clock, unlike /proc/pid/stat). */
function cpuTime(pid: number): number {
  let ns = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]);
  }
  return ns / 1e6;
}

async function nodeBaseline(): Promise<number> {
  const start = performance.now();
  await new Promise((resolve) => spawn(process.execPath, ["-e", "0"]).on("exit", resolve));
  return performance.now() - start;
}

// A Postgres configuration as a host sends it for validation (the model finds it valid).
const postgresType = blockType(cozystackProvider({}).resources!.cozystack_postgres!.schema.block);
const postgresConfig = encodeMsgpack({ name: "db", namespace: "tenant-bench", replicas: 2 }, postgresType);

interface Sample {
  handshake: number;
  handshakeCpu: number;
  schema: number;
  firstValidate: number;
  nextValidate: number;
  cpu: number;
  rss: number;
}

interface Variant {
  name: string;
  entry: string;
  /** An executable, rather than a node script. */
  binary: boolean;
  env?: NodeJS.ProcessEnv;
}

async function measure(v: Variant): Promise<Sample> {
  const cert = newClientCertificate();
  const start = performance.now();
  const l = await launch(v.entry, { ...hostEnv(cert), ...v.env }, v.binary);
  const handshake = performance.now() - start;
  const pid = l.child.pid!;
  const handshakeCpu = cpuTime(pid);
  const session = connect(l, cert);
  const timed = async (method: string, request: Record<string, unknown>) => {
    const t0 = performance.now();
    const result = await call(session, ".tfplugin6.Provider", method, request);
    if (result.status !== 0) throw new Error(`${v.name}: ${method} failed: ${result.message}`);
    return performance.now() - t0;
  };
  const schema = await timed("GetProviderSchema", {});
  const validate = { type_name: "cozystack_postgres", config: { msgpack: postgresConfig } };
  const firstValidate = await timed("ValidateResourceConfig", validate);
  const nextValidate = await timed("ValidateResourceConfig", validate);
  const cpu = cpuTime(pid);
  const rss = peakRss(pid);
  session.close();
  l.child.kill();
  await l.exited;
  return { handshake, handshakeCpu, schema, firstValidate, nextValidate, cpu, rss };
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
const loadAtStart = load();

await buildProvider(join(root, "dist"));
const executable = await buildExecutable({
  platform: "linux-x64",
  outFile: join(root, "dist", "bench", "terraform-provider-cozystack"),
});
const goBaseline = execFileSync("bash", [join(root, "scripts", "tools", "go-baseline-provider.sh")], {
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .at(-1)!;
const bundle = join(root, "dist", "provider", "main.mjs");

const variants: Variant[] = [
  { name: "cozystack, single executable + V8 snapshot", entry: executable, binary: true },
  { name: "cozystack, bundled (node + ESM chunks)", entry: bundle, binary: false },
  {
    name: "cozystack, bundled, V8 code cache disabled",
    entry: bundle,
    binary: false,
    env: { NODE_DISABLE_COMPILE_CACHE: "1" },
  },
  {
    name: "cozystack, TypeScript sources (no precompute)",
    entry: join(root, "provider", "cozystack", "main.ts"),
    binary: false,
  },
  { name: "Go baseline (framework, 0 resources)", entry: goBaseline, binary: true },
];

const samples = new Map<Variant, Sample[]>(variants.map((v) => [v, []]));
const nodeTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  nodeTimes.push(await nodeBaseline());
  // Alternate the order, so no variant always runs right after the same one.
  for (const v of i % 2 === 0 ? variants : [...variants].reverse()) samples.get(v)!.push(await measure(v));
}

const node0 = median(nodeTimes);
const go = median(samples.get(variants.at(-1)!)!.map((s) => s.handshake));
const f = (x: number) => x.toFixed(1);
console.log(
  `\nProvider start-up, median of ${runs} runs, ${new Date().toISOString().slice(0, 10)}; load average ${loadAtStart} at start, ${load()} at end\n`,
);
console.log(`baseline \`node -e 0\` (whole process): ${f(node0)} ms\n`);
console.log(
  "| provider | start to handshake (ms) | vs node -e 0 | vs Go | CPU to handshake (ms) | GetProviderSchema (ms) | first ValidateResourceConfig (ms) | next (ms) | CPU total (ms) | peak RSS (MiB) |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const v of variants) {
  const xs = samples.get(v)!;
  const m = (k: keyof Sample) => median(xs.map((s) => s[k]));
  console.log(
    `| ${v.name} | ${f(m("handshake"))} | ${(m("handshake") / node0).toFixed(2)}x | ${(m("handshake") / go).toFixed(2)}x | ${f(m("handshakeCpu"))} | ${f(m("schema"))} | ${f(m("firstValidate"))} | ${f(m("nextValidate"))} | ${f(m("cpu"))} | ${m("rss").toFixed(0)} |`,
  );
}
console.log(
  "\nThe Go baseline has no resources: its ValidateResourceConfig answers 'unknown resource type', the protocol's floor.",
);
