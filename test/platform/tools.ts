import { execFileSync } from "node:child_process";
import { join } from "node:path";

const scripts = join(import.meta.dirname, "..", "..", "scripts", "tools");

/** Path of a real tool, built from its Go module on first use and cached by version. */
export function toolPath(
  tool:
    | "etcd"
    | "kube-apiserver"
    | "kube-controller-manager"
    | "tofu"
    | "terraform"
    | "crossplane"
    | "kubectl"
    | "crane",
  version?: string,
): string {
  const out = execFileSync("bash", [join(scripts, `${tool}.sh`), ...(version ? [version] : [])], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const path = out.trim().split("\n").at(-1);
  if (!path) throw new Error(`scripts/tools/${tool}.sh printed no path`);
  return path;
}
