import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const CROSSPLANE_VERSION = "2.2.4";

/**
 * The directory of Crossplane's CRDs inside the crank module (data, read in place):
 * $CROSSPLANE_CRDS_DIR, or the module from the Go module proxy. Undefined, with the
 * reason, when neither has it.
 */
export function crossplaneCrdDir(version = CROSSPLANE_VERSION): { dir?: string; reason?: string } {
  const override = process.env.CROSSPLANE_CRDS_DIR;
  if (override) {
    return existsSync(override)
      ? { dir: override }
      : { reason: `CROSSPLANE_CRDS_DIR=${override} does not exist` };
  }
  const module = `github.com/crossplane/crossplane/v2@v${version}`;
  let out: string;
  try {
    out = execFileSync("go", ["mod", "download", "-json", module], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    out = (error as { stdout?: string }).stdout ?? "";
  }
  let info: { Dir?: string; Error?: string } = {};
  try {
    info = JSON.parse(out) as typeof info;
  } catch {
    return { reason: `go mod download ${module} printed no module information` };
  }
  if (!info.Dir)
    return { reason: `the Go module proxy did not serve ${module}: ${info.Error ?? "no directory"}` };
  const crds = join(info.Dir, "cluster", "crds");
  return existsSync(crds) ? { dir: crds } : { reason: `no cluster/crds in ${module}` };
}
