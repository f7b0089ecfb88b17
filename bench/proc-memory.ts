// Peak memory of the processes a command starts (OpenTofu's provider plugins), read from /proc.
//
// The kernel keeps each process's peak resident set in /proc/<pid>/status (VmHWM), and the
// value only grows, so sampling it often enough catches the peak up to the last sample. The
// descendants are found through /proc/<pid>/task/<tid>/children (every thread: OpenTofu is a
// Go program and may fork from any of them). What a sample cannot see is growth in the last
// interval before a process exits, once its status is gone: at 20 ms that is the plugin's
// shutdown, not its work.
import { readdirSync, readFileSync } from "node:fs";

export interface ProcessPeak {
  pid: number;
  /** The process's name (`comm`): `node` for the dev bundle, the executable's name otherwise. */
  name: string;
  /** Highest VmHWM seen, in bytes. */
  peak: number;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const children: number[] = [];
  for (const tid of tasks) {
    const listed = readOrUndefined(`/proc/${pid}/task/${tid}/children`);
    if (listed) for (const child of listed.trim().split(/\s+/)) if (child) children.push(Number(child));
  }
  return children;
}

function descendantsOf(pid: number): number[] {
  const found: number[] = [];
  const pending = childrenOf(pid);
  while (pending.length > 0) {
    const next = pending.pop()!;
    found.push(next);
    pending.push(...childrenOf(next));
  }
  return found;
}

/** VmHWM in bytes and the process name, or undefined once the process is gone. */
function peakOf(pid: number): { name: string; peak: number } | undefined {
  const status = readOrUndefined(`/proc/${pid}/status`);
  const kib = status && /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!status || !kib) return undefined;
  return { name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "?", peak: Number(kib) * 1024 };
}

/**
 * Samples every descendant of `root` until `stop()` is called; `stop` returns each one's peak.
 * A shell launcher that `exec`s node keeps its pid, so it is measured as node.
 */
export function watchDescendants(root: number, intervalMs = 20): { stop(): ProcessPeak[] } {
  const peaks = new Map<number, ProcessPeak>();
  const sample = () => {
    for (const pid of descendantsOf(root)) {
      const seen = peakOf(pid);
      if (!seen) continue;
      const known = peaks.get(pid);
      if (!known || seen.peak >= known.peak) peaks.set(pid, { pid, ...seen });
    }
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return [...peaks.values()];
    },
  };
}
