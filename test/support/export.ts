import { join } from "node:path";
import { runProcess, type RunResult } from "./tofu.ts";

const script = join(import.meta.dirname, "..", "..", "scripts", "export.ts");

/**
 * Run `scripts/export.ts` as `npm run export` would, passing on only PATH and HOME so the
 * `--kubeconfig` it is given, never a KUBECONFIG of this environment, decides what it reads.
 */
export function runExport(args: string[]): Promise<RunResult> {
  return runProcess(process.execPath, [script, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
}
