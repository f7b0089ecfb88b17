/**
 * The node binary the image carries: the npm package NODE (runtime.ts), the one the
 * project runs on, installed by scripts/lib.sh into the cache when missing.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { NODE } from "./runtime.ts";
import { fail, ok, type Result } from "./result.ts";

const cacheDir = () => process.env.COZYSTACK_IAC_CACHE ?? join(homedir(), ".cache", "cozystack-iac");

/** Where scripts/lib.sh's ensure_node puts the package. */
export const cachedNodePath = (): string =>
  join(cacheDir(), `node-${NODE.version}`, "node_modules", NODE.package, "bin", "node");

/** The node binary at NODE.version, installed from npm into the cache if it is not there yet. */
export function nodeBinary(): Result<string> {
  const path = cachedNodePath();
  if (!existsSync(path)) {
    const prefix = join(cacheDir(), `node-${NODE.version}`);
    try {
      execFileSync(
        "npm",
        ["install", "--prefix", prefix, "--no-save", "--ignore-scripts", `${NODE.package}@${NODE.version}`],
        { stdio: ["ignore", "ignore", "pipe"] },
      );
    } catch (error) {
      return fail(
        `cannot install ${NODE.package}@${NODE.version} with npm into ${prefix}: ${(error as Error).message}`,
      );
    }
  }
  return checkedNode(path);
}

/** The binary must report the version the image declares (the Dockerfile installs that version). */
export function checkedNode(path: string): Result<string> {
  let version: string;
  try {
    version = execFileSync(path, ["--version"], { encoding: "utf8" }).trim();
  } catch (error) {
    return fail(`cannot run ${path} --version: ${(error as Error).message}`);
  }
  if (version !== `v${NODE.version}`)
    return fail(`${path} is node ${version}; the image carries v${NODE.version}`);
  return ok(path);
}
