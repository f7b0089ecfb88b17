// The CPU time of a command (with the children it waited for) and the peak memory of the
// processes it starts (OpenTofu's provider plugins), read from /proc while it runs.
//
// CPU time: /proc/<pid>/stat's utime + stime + cutime + cstime of the command itself, the last
// two holding every child it has waited for (OpenTofu waits for its plugins). The last sample
// misses at most one interval of the command's own work before it exits. On a shared machine
// CPU time barely moves with the load, unlike wall time.
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

/** CPU seconds of `pid` and the children it waited for, or undefined once it is gone. */
function cpuOf(pid: number): number | undefined {
  const stat = readOrUndefined(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // Fields after the name, which may hold spaces: state is field 3, utime 14 ... cstime 17.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0);
  return ticks / CLOCK_TICKS;
}

/** USER_HZ: 100 on every Linux architecture Node runs on. */
const CLOCK_TICKS = 100;

export interface Watched {
  /** CPU seconds of the command and everything it waited for (last sample). */
  cpu: number;
  /** Each descendant's peak. */
  peaks: ProcessPeak[];
}

/**
 * Samples every descendant of `root` until `stop()` is called; `stop` returns each one's peak.
 * A shell launcher that `exec`s node keeps its pid, so it is measured as node (whose main
 * thread names itself `MainThread`).
 */
export function watchDescendants(root: number, intervalMs = 20): { stop(): Watched } {
  const peaks = new Map<number, ProcessPeak>();
  let host: string | undefined;
  let cpu = 0;
  const sample = () => {
    host ??= peakOf(root)?.name;
    cpu = cpuOf(root) ?? cpu;
    for (const pid of descendantsOf(root)) {
      const seen = peakOf(pid);
      if (!seen) continue;
      const known = peaks.get(pid);
      // A new name is a new program (exec), with a peak of its own: the forked copy of the
      // host before it, or a shell launcher, is not the provider.
      if (!known || known.name !== seen.name || seen.peak >= known.peak) peaks.set(pid, { pid, ...seen });
    }
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      // Still the host's name: a fork seen before its exec, carrying the host's own peak.
      return { cpu, peaks: [...peaks.values()].filter((p) => p.name !== host) };
    },
  };
}
