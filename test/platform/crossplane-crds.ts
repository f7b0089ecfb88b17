import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const CROSSPLANE_VERSION = "2.2.4";

/** The directory of Crossplane's CRDs inside the crank module (data, read in place). */
export function crossplaneCrdDir(version = CROSSPLANE_VERSION): string {
  const out = execFileSync(
    "go",
    ["mod", "download", "-json", `github.com/crossplane/crossplane/v2@v${version}`],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const dir = (JSON.parse(out) as { Dir?: string }).Dir;
  const crds = dir ? join(dir, "cluster", "crds") : "";
  if (!crds || !existsSync(crds))
    throw new Error(`no cluster/crds in github.com/crossplane/crossplane/v2@v${version}`);
  return crds;
}
