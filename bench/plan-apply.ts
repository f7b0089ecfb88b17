// `tofu apply` and `tofu plan` of 100 mixed resources against the local platform,
// with kubectl doing the same work on the same objects as the baseline, in the same run.
// Run: node bench/plan-apply.ts [rounds]   (default 3; each round uses fresh namespaces)
//
// The objects come from the model (buildPlatformObject), so kubectl and the provider
// send byte-for-byte the same platform objects. The stand-in marks objects Ready at once,
// so the figures measure the tools, not the platform.
//
// The no-change plan runs with two builds of the provider on the same state: the dev
// bundle (node + ESM chunks) and the release single executable (model in a V8 start-up
// snapshot). Each is also planned with -refresh=false, measured, not subtracted: the
// difference of two noisy medians is no measurement of the refresh.
import { execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
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

const rounds = Number(process.argv[2] ?? 3);
const COUNT = 100;
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

function mixedItems(): Item[] {
  return Array.from({ length: COUNT }, (_, i) => {
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

function run(bin: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(bin, args, { env, cwd, maxBuffer: 64 << 20 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${bin} ${args.join(" ")} failed: ${stderr || error.message}`));
      else resolve(performance.now() - started);
    });
  });
}

async function timed(
  work: Workdir,
  args: string[],
  expectCode = 0,
  env: NodeJS.ProcessEnv = {},
): Promise<number> {
  const started = performance.now();
  const result = await work.run(args, env);
  const took = performance.now() - started;
  if (result.code !== expectCode)
    throw new Error(
      `tofu ${args.join(" ")} exited ${result.code}, expected ${expectCode}:\n${result.stderr}`,
    );
  return took;
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

/** The hashicorp/kubernetes baseline needs its Go module; say why it is missing when it is. */
function kubernetesManifestAvailability(): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      "go",
      ["mod", "download", "-json", "github.com/hashicorp/terraform-provider-kubernetes@v2.38.0"],
      { cwd: tmpdir(), timeout: 60_000 },
      (_error, stdout) => {
        const reason = /"Error": "(.*)"/.exec(stdout)?.[1]?.replace(/\\n\\t/g, " ");
        resolve(reason ?? "available, but not wired into this benchmark");
      },
    );
  });
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

try {
  const providerDir = dirname(await buildProvider(join(root, "provider")));
  // The release build: one executable with the model in a V8 start-up snapshot. The same
  // working directory plans with it through a second CLI configuration.
  const executableDir = dirname(
    await buildExecutable({
      platform: "linux-x64",
      outFile: join(root, "executable", "terraform-provider-cozystack"),
    }),
  );
  const executableRc = join(root, "executable.tfrc");
  writeFileSync(
    executableRc,
    `provider_installation {\n  dev_overrides {\n    "${LOCAL_SOURCE}" = "${executableDir}"\n  }\n  direct {}\n}\n`,
  );
  const withExecutable = { TF_CLI_CONFIG_FILE: executableRc };
  const tofu = toolPath("tofu");
  const kubectl = toolPath("kubectl");
  const kenv = { PATH: process.env.PATH, HOME: root, KUBECONFIG: info.kubeconfigPath };
  const items = mixedItems();
  const figures: Record<string, number[]> = {};
  const record = (key: string, ms: number) => (figures[key] ??= []).push(ms);

  // A user's kubectl has its discovery cache warm; so does ours before timing.
  await run(kubectl, ["api-resources"], kenv);

  for (let round = 1; round <= rounds; round++) {
    for (const namespace of [`tenant-bench-k${round}`, `tenant-bench-t${round}`])
      await client.request("POST", "/api/v1/namespaces", { metadata: { name: namespace } });

    // Baseline: kubectl on the same objects. --validate=false because the server
    // validates against the CRD schema anyway, and kubectl's client-side validation
    // (an OpenAPI download and parse per run) would only make the baseline slower.
    const k = join(root, `k${round}`);
    mkdirSync(k);
    const file = join(k, "objects.yaml");
    writeFileSync(file, manifests(items, `tenant-bench-k${round}`));
    record(
      "kubectl apply",
      await run(kubectl, ["apply", "--server-side", "--validate=false", "-f", file], kenv),
    );
    record(
      "kubectl wait",
      await run(kubectl, ["wait", "--for=condition=Ready", "--timeout=300s", "-f", file], kenv),
    );
    record("kubectl get", await run(kubectl, ["get", "-o", "json", "-f", file], kenv));
    record("kubectl delete --wait", await run(kubectl, ["delete", "--wait", "-f", file], kenv));

    // The provider, through the real OpenTofu.
    const work = new Workdir({
      bin: tofu,
      dir: join(root, `t${round}`),
      providers: [{ source: LOCAL_SOURCE, dir: providerDir }],
      env: { KUBE_CONFIG_PATH: info.kubeconfigPath },
    });
    work.write({ "main.tf": stack(items, `tenant-bench-t${round}`) });
    record("tofu apply", await timed(work, ["apply", "-auto-approve", "-input=false", "-no-color"]));
    // No-change plans, the bundle and the executable taking turns, so drifting load on a
    // shared machine falls on both alike.
    const noChange = ["plan", "-detailed-exitcode", "-input=false", "-no-color"];
    const noRefresh = ["plan", "-refresh=false", "-detailed-exitcode", "-input=false", "-no-color"];
    for (let turn = 0; turn < 2; turn++) {
      const order = (turn + round) % 2 === 0 ? ["bundle", "executable"] : ["executable", "bundle"];
      for (const which of order) {
        const env = which === "executable" ? withExecutable : {};
        record(`tofu plan, ${which}`, await timed(work, noChange, 0, env));
        record(`tofu plan -refresh=false, ${which}`, await timed(work, noRefresh, 0, env));
      }
    }
    const sameObjects = join(work.dir, "objects.yaml");
    writeFileSync(sameObjects, manifests(items, `tenant-bench-t${round}`));
    record(
      "kubectl get (tofu's objects)",
      await run(kubectl, ["get", "-o", "json", "-f", sameObjects], kenv),
    );
    record("tofu destroy", await timed(work, ["destroy", "-auto-approve", "-input=false", "-no-color"]));

    // OpenTofu's own cost for 100 resources, with its built-in provider (no plugin process).
    const builtin = new Workdir({ bin: tofu, dir: join(root, `b${round}`), providers: [] });
    builtin.write({ "main.tf": builtinStack(items) });
    record(
      "tofu apply, 100 terraform_data",
      await timed(builtin, ["apply", "-auto-approve", "-input=false", "-no-color"]),
    );
    record(
      "tofu plan, 100 terraform_data",
      await timed(builtin, ["plan", "-detailed-exitcode", "-input=false", "-no-color"]),
    );
    process.stderr.write(`round ${round}/${rounds} done\n`);
  }

  const m = (key: string) => median(figures[key]!);
  const kubectlGet = median([...figures["kubectl get"]!, ...figures["kubectl get (tofu's objects)"]!]);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  console.log(
    `\n${COUNT} mixed resources (${MIX.join(", ")}), median of ${rounds} round(s), ${new Date().toISOString().slice(0, 10)}; load average ${loadAtStart} at start, ${load()} at end\n`,
  );
  console.log("| measure | ms |\n|---|---|");
  for (const key of Object.keys(figures)) console.log(`| ${key} | ${m(key).toFixed(0)} |`);
  console.log("\n| comparison | ratio |\n|---|---|");
  console.log(
    `| tofu apply vs kubectl apply + wait | ${ratio(m("tofu apply"), m("kubectl apply") + m("kubectl wait"))} |`,
  );
  console.log(
    `| tofu apply vs kubectl apply alone (no wait) | ${ratio(m("tofu apply"), m("kubectl apply"))} |`,
  );
  for (const which of ["bundle", "executable"]) {
    console.log(
      `| tofu plan (no changes), ${which}, vs kubectl get (goal within 2x) | ${ratio(m(`tofu plan, ${which}`), kubectlGet)} |`,
    );
  }
  console.log(
    `| tofu plan, executable, vs 100 terraform_data (OpenTofu alone) | ${ratio(m("tofu plan, executable"), m("tofu plan, 100 terraform_data"))} |`,
  );
  console.log(
    `| tofu destroy vs kubectl delete --wait | ${ratio(m("tofu destroy"), m("kubectl delete --wait"))} |`,
  );
  console.log(`\nkubernetes_manifest baseline: not measured: ${await kubernetesManifestAvailability()}`);
} finally {
  client.close();
  stopStandIn();
  await platform.stop();
  rmSync(root, { recursive: true, force: true });
}
