// The provider as a single executable: Node's single-executable application (SEA)
// support, with the model and the provider definition in a V8 start-up snapshot.
// Users need no Node; the host's every provider start skips building the model.
//
// Run: node scripts/release/executable.ts [linux-x64|linux-arm64] [outFile]
import { execFile } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { homedir, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { bundleForSnapshot } from "./bundle.ts";
import { PROVIDER_NODE_FLAGS } from "../build-provider.ts";

const root = join(import.meta.dirname, "..", "..");

export const PLATFORMS = ["linux-x64", "linux-arm64"] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface ExecutableOptions {
  platform: Platform;
  outFile: string;
}

export class ExecutableError extends Error {
  override name = "ExecutableError";
}

/** Where Node marks a binary as carrying an application; fixed by Node for every SEA. */
const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";
const SEA_RESOURCE = "NODE_SEA_BLOB";

/** Build the executable for one platform into outFile; returns outFile. */
export async function buildExecutable({ platform, outFile }: ExecutableOptions): Promise<string> {
  if (!PLATFORMS.includes(platform)) throw new ExecutableError(`unsupported platform ${String(platform)}`);
  const version = nodeVersion();
  const base = await baseBinary(platform, version);
  const runner = runnerFor(platform);
  const work = mkdtempSync(join(tmpdir(), "cozystack-sea-"));
  try {
    const script = await bundleForSnapshot(join(work, "provider.cjs"));
    const blob = join(work, "provider.blob");
    writeFileSync(
      join(work, "sea.json"),
      JSON.stringify({
        main: script,
        output: blob,
        disableExperimentalSEAWarning: true,
        // The snapshot holds the loaded model; the code cache would only duplicate it.
        useSnapshot: true,
        useCodeCache: false,
        // A provider is started by OpenTofu with the user's environment: a NODE_OPTIONS
        // meant for other programs must not reach it.
        execArgvExtension: "none",
        // The same small young generation as the dev launcher (build-provider.ts).
        execArgv: PROVIDER_NODE_FLAGS,
      }),
    );
    // The snapshot is V8 heap for one architecture and Node build, so the base binary
    // itself writes the blob (for another architecture, under emulation).
    const [command, ...prefix] = [...runner, base];
    await run(command!, [...prefix, "--experimental-sea-config", "sea.json"], work);
    const out = resolve(outFile);
    mkdirSync(dirname(out), { recursive: true });
    rmSync(out, { force: true });
    copyFileSync(base, out);
    chmodSync(out, 0o755);
    await inject(out, blob);
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The Node version the project runs on, as pinned in scripts/lib.sh (NODE_VERSION overrides, as there). */
export function nodeVersion(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = /NODE_VERSION="\$\{NODE_VERSION:-([0-9.]+)\}"/.exec(
    readFileSync(join(root, "scripts", "lib.sh"), "utf8"),
  )?.[1];
  const version = env.NODE_VERSION || pinned;
  if (!version) throw new ExecutableError("scripts/lib.sh pins no NODE_VERSION");
  if (!version.startsWith("24.")) {
    throw new ExecutableError(`single executables are built on Node 24; the project pins ${version}`);
  }
  return version;
}

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.COZYSTACK_IAC_CACHE ?? join(homedir(), ".cache", "cozystack-iac");
}

/**
 * The official Node binary for a platform, from the npm package node-<platform> at the
 * project's version, cached outside the repo. For this machine's own platform the
 * copy scripts/lib.sh installed is reused when it is there.
 */
export async function baseBinary(platform: Platform, version: string): Promise<string> {
  const cache = cacheDir();
  const installed = join(cache, `node-${version}`, "node_modules", `node-${platform}`, "bin", "node");
  if (existsSync(installed)) return installed;
  const dir = join(cache, "node-base", `node-${platform}-${version}`);
  const binary = join(dir, "bin", "node");
  if (existsSync(binary)) return binary;
  // Fetched into a scratch folder and moved into place whole, so a build that runs at
  // the same time never sees half a binary.
  mkdirSync(dirname(dir), { recursive: true });
  const scratch = mkdtempSync(`${dir}.partial-`);
  try {
    const packed = await run("npm", ["pack", "--silent", `node-${platform}@${version}`], scratch);
    const tarball = join(scratch, packed.trim().split("\n").at(-1)!);
    await run("tar", ["-xzf", tarball, "--strip-components=1", "package/bin/node"], scratch);
    if (!existsSync(join(scratch, "bin", "node")))
      throw new ExecutableError(`npm package node-${platform}@${version} holds no bin/node`);
    rmSync(tarball, { force: true });
    if (!existsSync(binary)) renameSync(scratch, dir);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return binary;
}

/** Sysroot Debian's libc6-arm64-cross and libstdc++6-arm64-cross install. */
const ARM64_SYSROOT = "/usr/aarch64-linux-gnu";

/** How to run a binary of the platform here: directly, or under qemu user emulation. */
export function runnerFor(
  platform: Platform,
  host = `${process.platform}-${process.arch}`,
  sysroot = ARM64_SYSROOT,
): string[] {
  if (platform === host) return [];
  if (platform === "linux-arm64" && host === "linux-x64") {
    if (!existsSync(join(sysroot, "lib", "ld-linux-aarch64.so.1"))) {
      throw new ExecutableError(
        "building for linux-arm64 on linux-x64 runs the arm64 Node under emulation to write its snapshot: " +
          "apt-get install qemu-user libc6-arm64-cross libstdc++6-arm64-cross",
      );
    }
    return ["qemu-aarch64", "-L", sysroot];
  }
  throw new ExecutableError(`cannot build for ${platform} on ${host}`);
}

/**
 * Put the blob into the binary as Node looks for it, and flip the fuse that says it is
 * there. postject runs in a child process: it holds the whole binary in WebAssembly
 * memory, and it prints LIEF's warnings about the notes section, which only matter when
 * it fails.
 */
async function inject(binary: string, blob: string): Promise<void> {
  let postject: string;
  try {
    postject = createRequire(import.meta.url).resolve("postject");
  } catch (e) {
    throw new ExecutableError(`postject (a devDependency) is not installed: ${String(e)}`);
  }
  const script = `const [, api, file, blob, name, fuse] = process.argv;
require(api).inject(file, name, require("node:fs").readFileSync(blob), { sentinelFuse: fuse })
  .catch((e) => { console.error(e.message); process.exit(1); });`;
  await run(
    process.execPath,
    ["-e", script, postject, binary, blob, SEA_RESOURCE, SEA_FUSE],
    dirname(binary),
  );
}

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolveRun, reject) => {
    execFile(command, args, { cwd, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) {
        reject(new ExecutableError(`${command} ${args.join(" ")} failed: ${stderr.trim() || error.message}`));
      } else resolveRun(stdout);
    });
  });
}

if (import.meta.main) {
  const platform = (process.argv[2] ?? "linux-x64") as Platform;
  const outFile = process.argv[3] ?? join(root, "dist", "release", platform, "terraform-provider-cozystack");
  console.log(await buildExecutable({ platform, outFile }));
}
