// `tofu apply`, no-change `plan`, refresh and `destroy` of 100, 300 and 1,000 mixed resources
// against the local platform, with kubectl doing the same work on the same objects as the
// baseline, in the same run, and the peak memory of every provider process OpenTofu starts.
//
// Run: node bench/plan-apply.ts [--sizes 100,300,1000] [--rounds 2] [--large-rounds 1]
//        [--node-options="--cpu-prof --cpu-prof-dir=/tmp/prof"] [--no-executable]
// `--large-rounds` is the number of rounds for sizes of 1,000 and more; `--node-options` reaches
// the dev bundle's provider processes only (the executable ignores NODE_OPTIONS by design).
//
// The objects come from the model (buildPlatformObject), so kubectl and the provider send
// byte-for-byte the same platform objects. The stand-in marks objects Ready at once, so the
// figures measure the tools, not the platform. Within a round kubectl and OpenTofu take turns
// (which goes first alternates by round), so drifting load on a shared machine falls on both.
//
// Apply and destroy run the release single executable (model in a V8 start-up snapshot), as
// users install it. The no-change plan and the refresh (`tofu apply -refresh-only`) run with
// both the executable and the dev bundle (node + ESM chunks), taking turns on the same state.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import type { KindDeclaration } from "../schemas/core/kind.ts";
import { buildPlatformObject } from "../schemas/core/platform-object.ts";
import { kinds } from "../schemas/kinds/index.ts";
import { buildProvider, LOCAL_SOURCE, localProviderHeader } from "../scripts/build-provider.ts";
import { buildExecutable } from "../scripts/release/executable.ts";
import { startLocalPlatform } from "../test/platform/local.ts";
import { toolPath } from "../test/platform/tools.ts";
import { KubeClient } from "../test/support/kube.ts";
import { Workdir } from "../test/support/tofu.ts";
import { watchDescendants } from "./proc-watch.ts";

const { values: flags } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,300,1000" },
    rounds: { type: "string", default: "2" },
    "large-rounds": { type: "string", default: "1" },
    "node-options": { type: "string" },
    "no-executable": { type: "boolean", default: false },
  },
});
const sizes = flags.sizes.split(",").map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad --sizes ${flags.sizes}`);
const roundsFor = (size: number) => Number(size >= 1000 ? flags["large-rounds"] : flags.rounds);
const useExecutable = !flags["no-executable"];

const MIX = [
  "Postgres",
  "Redis",
  "MariaDB",
  "Kafka",
  "RabbitMQ",
  "NATS",
  "ClickHouse",
  "MongoDB",
  "Bucket",
  "Qdrant",
];

interface Item {
  decl: KindDeclaration;
  name: string;
}

function mixedItems(count: number): Item[] {
  return Array.from({ length: count }, (_, i) => {
    const decl = kinds.find((k) => k.kind === MIX[i % MIX.length]) as KindDeclaration | undefined;
    if (!decl) throw new Error(`no kind ${MIX[i % MIX.length]} in the model`);
    return { decl, name: `b${i}` };
  });
}

function manifests(items: Item[], namespace: string): string {
  return items
    .map(({ decl, name }) => {
      const built = buildPlatformObject(decl, { name, namespace, spec: {} });
      if (!built.ok) throw new Error(`${decl.kind} ${name}: ${JSON.stringify(built.problems)}`);
      return stringify(built.object);
    })
    .join("---\n");
}

function stack(items: Item[], namespace: string): string {
  const blocks = items.map(
    ({ decl, name }) =>
      `resource "${decl.tfType}" "${name}" {\n  name      = "${name}"\n  namespace = "${namespace}"\n}\n`,
  );
  return [localProviderHeader, ...blocks].join("\n");
}

function builtinStack(items: Item[]): string {
  return items
    .map(({ name }) => `resource "terraform_data" "${name}" {\n  input = "${name}"\n}\n`)
    .join("\n");
}

interface Measured {
  ms: number;
  /** CPU seconds of the command and the processes it waited for (OpenTofu: its plugins). */
  cpu: number;
  /** The highest peak RSS (VmHWM) of any process the command started, in bytes. */
  providerPeak: number;
}

/** Run a command, timing it and sampling its CPU time and the peak memory of what it starts. */
function measure(bin: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<Measured> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
    const watch = watchDescendants(child.pid!);
    const err: Buffer[] = [];
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      const { cpu, peaks } = watch.stop();
      if (code !== 0)
        reject(new Error(`${bin} ${args.join(" ")} exited ${code}:\n${Buffer.concat(err).toString("utf8")}`));
      else resolve({ ms, cpu, providerPeak: Math.max(0, ...peaks.map((p) => p.peak)) });
    });
  });
}

/** OpenTofu in `work`, with a CLI configuration (which build) and extra environment. */
function tofu(work: Workdir, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measured> {
  return measure(work.bin, [...args, "-input=false", "-no-color"], { ...work.env, ...env }, work.dir);
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function startStandIn(platformFile: string): Promise<() => void> {
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, "..", "test", "standin", "main.ts"), platformFile, "0"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  await new Promise<void>((resolve, reject) => {
    let seen = "";
    child.stderr.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      if (seen.includes('"stand-in running"')) resolve();
    });
    child.on("exit", (code) => reject(new Error(`stand-in exited ${code}: ${seen}`)));
  });
  child.stderr.resume();
  return () => child.kill("SIGTERM");
}

/** Figures of one size: wall milliseconds and CPU seconds per measure, and the provider peak RSS. */
class Figures {
  readonly ms = new Map<string, number[]>();
  readonly cpu = new Map<string, number[]>();
  readonly rss = new Map<string, number>();
  add(key: string, m: Measured, withProvider = false) {
    this.ms.set(key, [...(this.ms.get(key) ?? []), m.ms]);
    this.cpu.set(key, [...(this.cpu.get(key) ?? []), m.cpu]);
    if (withProvider) this.rss.set(key, Math.max(m.providerPeak, this.rss.get(key) ?? 0));
  }
  median(key: string, of: "ms" | "cpu" = "ms"): number {
    const xs = this[of].get(key);
    if (!xs) throw new Error(`no figures for ${key}`);
    return median(xs);
  }
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
const loadAtStart = load();
const root = mkdtempSync(join(tmpdir(), "bench-plan-apply-"));
const platform = await startLocalPlatform({ dir: join(root, "platform") });
const { stop: _stop, ...info } = platform;
const platformFile = join(root, "platform.json");
writeFileSync(platformFile, JSON.stringify(info));
const stopStandIn = await startStandIn(platformFile);
const client = new KubeClient({ server: info.server, token: info.token, ca: info.ca });

/** One CLI configuration per build, so the same working directory runs either. */
function cliConfig(name: string, dir: string): NodeJS.ProcessEnv {
  const rc = join(root, `${name}.tfrc`);
  writeFileSync(
    rc,
    `provider_installation {\n  dev_overrides {\n    "${LOCAL_SOURCE}" = "${dir}"\n  }\n  direct {}\n}\n`,
  );
  return { TF_CLI_CONFIG_FILE: rc };
}

try {
  const bundleDir = dirname(await buildProvider(join(root, "provider")));
  const bundle = {
    ...cliConfig("bundle", bundleDir),
    ...(flags["node-options"] ? { NODE_OPTIONS: flags["node-options"] } : {}),
  };
  const executable = useExecutable
    ? cliConfig(
        "executable",
        dirname(
          await buildExecutable({
            platform: "linux-x64",
            outFile: join(root, "executable", "terraform-provider-cozystack"),
          }),
        ),
      )
    : bundle;
  const builds: [string, NodeJS.ProcessEnv][] = useExecutable
    ? [
        ["executable", executable],
        ["bundle", bundle],
      ]
    : [["bundle", bundle]];
  const tofuBin = toolPath("tofu");
  const kubectl = toolPath("kubectl");
  const kenv = { PATH: process.env.PATH, HOME: root, KUBECONFIG: info.kubeconfigPath };
  const k = (args: string[]) => measure(kubectl, args, kenv);
  // A user's kubectl has its discovery cache warm; so does ours before timing.
  await k(["api-resources"]);

  const results = new Map<number, Figures>();
  for (const size of sizes) {
    const items = mixedItems(size);
    const fig = new Figures();
    results.set(size, fig);
    const rounds = roundsFor(size);
    for (let round = 1; round <= rounds; round++) {
      const kns = `tenant-bench-${size}-k${round}`;
      const tns = `tenant-bench-${size}-t${round}`;
      for (const namespace of [kns, tns])
        await client.request("POST", "/api/v1/namespaces", { metadata: { name: namespace } });

      // Baseline: kubectl on the same objects. --validate=false because the server validates
      // against the CRD schema anyway, and kubectl's client-side validation (an OpenAPI
      // download and parse per run) would only make the baseline slower.
      const kubectlRound = async () => {
        const file = join(root, `k-${size}-${round}.yaml`);
        writeFileSync(file, manifests(items, kns));
        fig.add("kubectl apply", await k(["apply", "--server-side", "--validate=false", "-f", file]));
        fig.add("kubectl wait", await k(["wait", "--for=condition=Ready", "--timeout=600s", "-f", file]));
        // Twice: the baseline of the no-change plan and of the refresh is the same read.
        for (let i = 0; i < 2; i++) fig.add("kubectl get", await k(["get", "-o", "json", "-f", file]));
        fig.add("kubectl delete --wait", await k(["delete", "--wait", "-f", file]));
      };

      // The provider, through the real OpenTofu.
      const tofuRound = async () => {
        const work = new Workdir({
          bin: tofuBin,
          dir: join(root, `t-${size}-${round}`),
          providers: [],
          env: { KUBE_CONFIG_PATH: info.kubeconfigPath },
        });
        work.write({ "main.tf": stack(items, tns) });
        fig.add("tofu apply", await tofu(work, ["apply", "-auto-approve"], executable), true);
        const plan = ["plan", "-detailed-exitcode"];
        const refresh = ["apply", "-refresh-only", "-auto-approve"];
        for (let turn = 0; turn < 2; turn++) {
          const order = (turn + round) % 2 === 0 ? builds : [...builds].reverse();
          for (const [which, env] of order) {
            fig.add(`tofu plan, ${which}`, await tofu(work, plan, env), true);
            fig.add(`tofu refresh, ${which}`, await tofu(work, refresh, env), true);
          }
        }
        fig.add("tofu destroy", await tofu(work, ["destroy", "-auto-approve"], executable), true);

        // OpenTofu's own cost for as many resources, with its built-in provider (no plugin process).
        const builtin = new Workdir({ bin: tofuBin, dir: join(root, `b-${size}-${round}`), providers: [] });
        builtin.write({ "main.tf": builtinStack(items) });
        fig.add("tofu apply, terraform_data", await tofu(builtin, ["apply", "-auto-approve"]));
        fig.add("tofu plan, terraform_data", await tofu(builtin, ["plan"]));
      };

      if (round % 2 === 1) {
        await kubectlRound();
        await tofuRound();
      } else {
        await tofuRound();
        await kubectlRound();
      }
      process.stderr.write(`size ${size}: round ${round}/${rounds} done (load ${load()})\n`);
    }
  }

  report(results);
} finally {
  client.close();
  stopStandIn();
  await platform.stop();
  rmSync(root, { recursive: true, force: true });
}

function report(results: Map<number, Figures>) {
  const mb = (bytes: number | undefined) => (bytes ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : "");
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  const buildNames = useExecutable ? ["executable", "bundle"] : ["bundle"];
  // Each operation: the provider's measure and kubectl's baseline (the sum of its parts).
  const operations: [string, string, string[]][] = [
    ["apply (create, wait Ready)", "tofu apply", ["kubectl apply", "kubectl wait"]],
    ...buildNames.map((b): [string, string, string[]] => [
      `no-change plan, ${b}`,
      `tofu plan, ${b}`,
      ["kubectl get"],
    ]),
    ...buildNames.map((b): [string, string, string[]] => [
      `refresh, ${b}`,
      `tofu refresh, ${b}`,
      ["kubectl get"],
    ]),
    ["destroy (wait until gone)", "tofu destroy", ["kubectl delete --wait"]],
  ];
  const alone = ["tofu apply, terraform_data", "tofu plan, terraform_data"];
  const baseline = (fig: Figures, keys: string[], of: "ms" | "cpu" = "ms") =>
    keys.reduce((sum, key) => sum + fig.median(key, of), 0);
  console.log(
    `\nMixed resources (${MIX.join(", ")}), ${new Date().toISOString().slice(0, 10)}; rounds: ${[...results.keys()].map((s) => `${s}: ${roundsFor(s)}`).join(", ")}; load average ${loadAtStart} at start, ${load()} at end\n`,
  );
  console.log(
    "| size | operation | OpenTofu + provider (ms) | kubectl (ms) | ratio | CPU s, OpenTofu + provider | CPU s, kubectl | CPU ratio | ms per resource | provider peak RSS |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const [size, fig] of results) {
    for (const [label, key, base] of operations) {
      const [ours, theirs] = [fig.median(key), baseline(fig, base)];
      const [oursCpu, theirsCpu] = [fig.median(key, "cpu"), baseline(fig, base, "cpu")];
      console.log(
        `| ${size} | ${label} | ${ours.toFixed(0)} | ${theirs.toFixed(0)} | ${ratio(ours, theirs)} | ${oursCpu.toFixed(2)} | ${theirsCpu.toFixed(2)} | ${ratio(oursCpu, theirsCpu)} | ${(ours / size).toFixed(2)} | ${mb(fig.rss.get(key))} |`,
      );
    }
    for (const key of alone)
      console.log(
        `| ${size} | ${key} (OpenTofu alone) | ${fig.median(key).toFixed(0)} | | | ${fig.median(key, "cpu").toFixed(2)} | | | ${(fig.median(key) / size).toFixed(2)} | |`,
      );
  }

  const smallest = Math.min(...results.keys());
  const largest = Math.max(...results.keys());
  if (smallest !== largest) {
    const small = results.get(smallest)!;
    const large = results.get(largest)!;
    const growth = (fig: (f: Figures) => number) =>
      `${(fig(large) / largest / (fig(small) / smallest)).toFixed(2)}x`;
    console.log(
      `\n| cost per resource, ${largest} vs ${smallest} (goal ≤ 1.2x) | OpenTofu + provider, wall | same, CPU | kubectl, wall | kubectl, CPU |\n|---|---|---|---|---|`,
    );
    for (const [label, key, base] of operations)
      console.log(
        `| ${label} | ${growth((f) => f.median(key))} | ${growth((f) => f.median(key, "cpu"))} | ${growth((f) => baseline(f, base))} | ${growth((f) => baseline(f, base, "cpu"))} |`,
      );
    for (const key of alone)
      console.log(
        `| ${key} (OpenTofu alone) | ${growth((f) => f.median(key))} | ${growth((f) => f.median(key, "cpu"))} | | |`,
      );
  }
  const peak = Math.max(...[...results.values()].flatMap((f) => [...f.rss.values()]));
  console.log(`\nHighest provider peak RSS over every size and operation: ${mb(peak)} (goal ≤ 150 MB)`);
}
