// The local platform as a long-running demo: `up` starts it and leaves it running,
// `down` stops it, `status` tells whether it runs. State lives in $COZYSTACK_IAC_CACHE/platform.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { copyFileSync } from "node:fs";
import { startLocalPlatform } from "../test/platform/local.ts";
import type { PlatformInfo } from "../test/platform/platform.ts";
import { toolPath } from "../test/platform/tools.ts";
import { Workdir } from "../test/support/tofu.ts";
import { buildProvider, LOCAL_SOURCE } from "./build-provider.ts";

const cache = process.env.COZYSTACK_IAC_CACHE ?? join(homedir(), ".cache", "cozystack-iac");
const dir = join(cache, "platform");
const stateFile = join(dir, "platform.json");
const standInPidFile = join(dir, "standin.pid");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function running(): PlatformInfo | undefined {
  if (!existsSync(stateFile)) return undefined;
  const info = JSON.parse(readFileSync(stateFile, "utf8")) as PlatformInfo;
  return alive(info.pids.apiserver) && alive(info.pids.etcd) ? info : undefined;
}

async function up(): Promise<void> {
  const current = running();
  if (current) {
    printUsage(current, "already running");
    return;
  }
  await down(true);
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const platform = await startLocalPlatform({ dir, detached: true, log: (m) => console.log(m) });
  const { stop: _stop, ...info } = platform;
  const log = openSync(join(dir, "logs", "standin.log"), "a");
  const standIn = spawn(
    process.execPath,
    [join(import.meta.dirname, "..", "test", "standin", "main.ts"), stateFile],
    {
      detached: true,
      stdio: ["ignore", log, log],
    },
  );
  standIn.unref();
  writeFileSync(standInPidFile, String(standIn.pid));
  console.log(`platform up in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await applyQuickstart(info);
  printUsage(info, "started");
}

/** The example stack, applied with the real OpenTofu and our provider. */
async function applyQuickstart(info: PlatformInfo): Promise<void> {
  if (process.env.COZYSTACK_IAC_NO_EXAMPLE) return;
  const started = performance.now();
  const providerDir = join(dir, "provider");
  await buildProvider(providerDir);
  const work = new Workdir({
    bin: toolPath("tofu"),
    dir: join(dir, "quickstart"),
    providers: [{ source: LOCAL_SOURCE, dir: providerDir }],
    env: { KUBE_CONFIG_PATH: info.kubeconfigPath },
  });
  copyFileSync(
    join(import.meta.dirname, "..", "examples", "quickstart", "main.tf"),
    join(work.dir, "main.tf"),
  );
  writeFileSync(join(dir, "tofurc"), readFileSync(join(work.dir, ".cli.tfrc")));
  console.log("applying examples/quickstart with OpenTofu ...");
  const result = await work.run(["apply", "-auto-approve", "-no-color", "-input=false"]);
  process.stdout.write(
    result.stdout
      .split("\n")
      .filter((l) => /Creation complete|Apply complete|^Outputs|^\w+ = /.test(l))
      .join("\n") + "\n",
  );
  if (result.code !== 0) {
    console.error(result.stderr);
    throw new Error("applying the example stack failed");
  }
  console.log(
    `example stack applied in ${((performance.now() - started) / 1000).toFixed(1)} s (state in ${work.dir})`,
  );
}

function printUsage(info: PlatformInfo, state: string): void {
  console.log(`
Local Cozystack platform ${state}: kube-apiserver ${info.server} (loopback only)
  kubeconfig:  ${info.kubeconfigPath}
  logs:        ${join(info.dir, "logs")}

  export KUBECONFIG=${info.kubeconfigPath}
  kubectl get tenants,postgreses -A        # kubectl from any source works against it
  export KUBE_CONFIG_PATH=${info.kubeconfigPath}   # what the cozystack provider reads
  export TF_CLI_CONFIG_FILE=${join(dir, "tofurc")}     # dev_overrides pointing tofu at our provider
  cd ${join(dir, "quickstart")} && ${toolPath("tofu")} plan   # the example stack, applied

Stop it with: npm run down`);
}

async function down(quiet = false): Promise<void> {
  const pids: number[] = [];
  if (existsSync(standInPidFile)) pids.push(Number(readFileSync(standInPidFile, "utf8")));
  if (existsSync(stateFile)) {
    const info = JSON.parse(readFileSync(stateFile, "utf8")) as PlatformInfo;
    pids.push(
      ...[info.pids.controllerManager, info.pids.apiserver, info.pids.etcd].filter(
        (p): p is number => p !== undefined,
      ),
    );
  }
  for (const pid of pids) if (alive(pid)) process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 10_000;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const pid of pids) if (alive(pid)) process.kill(pid, "SIGKILL");
  rmSync(dir, { recursive: true, force: true });
  if (!quiet) console.log(pids.length > 0 ? "platform stopped" : "platform was not running");
}

const command = process.argv[2];
if (command === "up") await up();
else if (command === "down") await down();
else if (command === "status") {
  const info = running();
  if (info) printUsage(info, "running");
  else console.log("platform not running");
  process.exit(info ? 0 : 1);
} else {
  console.error("usage: node scripts/platform.ts up|down|status");
  process.exit(2);
}
