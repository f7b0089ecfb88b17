// Provider start-up, measured as a host sees it. Run: node bench/plugin-startup.ts [runs]
// Reports medians and ratios against baselines measured in the same run:
// plain `node -e 0`, and a Go provider on terraform-plugin-framework (bench/go-baseline).
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildProvider } from "../scripts/build-provider.ts";
import {
  call,
  connect,
  hostEnv,
  launch,
  newClientCertificate,
  type Launched,
} from "../test/plugin/harness.ts";

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

async function nodeBaseline(): Promise<number> {
  const start = performance.now();
  await new Promise((resolve) => spawn(process.execPath, ["-e", "0"]).on("exit", resolve));
  return performance.now() - start;
}

interface Sample {
  handshake: number;
  schema?: number;
  rss?: number;
}

async function measure(
  command: string,
  args: string[],
  withSchema: boolean,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<Sample> {
  const cert = newClientCertificate();
  const start = performance.now();
  const l: Launched = await launchCommand(command, args, { ...hostEnv(cert), ...extraEnv });
  const handshake = performance.now() - start;
  let schema: number | undefined;
  if (withSchema) {
    const session = connect(l, cert);
    const t0 = performance.now();
    const result = await call(session, ".tfplugin6.Provider", "GetProviderSchema", {});
    schema = performance.now() - t0;
    if (result.status !== 0) throw new Error(`GetProviderSchema failed: ${result.message}`);
    session.close();
  }
  const rss = peakRss(l.child.pid!);
  l.child.kill();
  await l.exited;
  return { handshake, schema, rss };
}

function launchCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Launched> {
  // The harness launches node scripts; a Go binary is launched through a tiny shell hop-free wrapper.
  if (command === process.execPath) return launch(args[0]!, env);
  return launch(command, env, true);
}

await buildProvider(join(root, "dist"));
const bundle = join(root, "dist", "provider", "main.mjs");
const goBaseline = execFileSync("bash", [join(root, "scripts", "tools", "go-baseline-provider.sh")], {
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .at(-1)!;
const source = join(root, "provider", "cozystack", "main.ts");

const samples: Record<string, Sample[]> = { bundle: [], uncached: [], source: [], go: [] };
const nodeTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  nodeTimes.push(await nodeBaseline());
  samples.bundle!.push(await measure(process.execPath, [bundle], true));
  samples.uncached!.push(
    await measure(process.execPath, [bundle], true, { NODE_DISABLE_COMPILE_CACHE: "1" }),
  );
  samples.source!.push(await measure(process.execPath, [source], true));
  samples.go!.push(await measure(goBaseline, [], true));
}

const node0 = median(nodeTimes);
const go = median(samples.go!.map((s) => s.handshake));
const row = (name: string, xs: Sample[]) => {
  const h = median(xs.map((s) => s.handshake));
  const sc = median(xs.map((s) => s.schema ?? 0));
  const rss = median(xs.map((s) => s.rss ?? 0));
  return `| ${name} | ${h.toFixed(1)} | ${(h / node0).toFixed(2)}x | ${(h / go).toFixed(2)}x | ${sc.toFixed(1)} | ${rss.toFixed(0)} |`;
};
console.log(
  `\nProvider start-up, median of ${runs} runs (this machine, ${new Date().toISOString().slice(0, 10)})\n`,
);
console.log(`baseline \`node -e 0\`: ${node0.toFixed(1)} ms\n`);
console.log(
  "| provider | start to handshake (ms) | vs node -e 0 | vs Go provider | GetProviderSchema (ms) | peak RSS (MiB) |",
);
console.log("|---|---|---|---|---|---|");
console.log(row("cozystack, bundled (27 kinds, resources + data sources)", samples.bundle!));
console.log(row("cozystack, bundled, V8 code cache disabled", samples.uncached!));
console.log(row("cozystack, TypeScript sources (no bundle)", samples.source!));
console.log(row("Go baseline (terraform-plugin-framework, 0 resources)", samples.go!));
