/**
 * The shared libraries a dynamically linked program needs, found with the host's `ldd`,
 * and the image entries that reproduce a host path exactly: every directory on the way,
 * every symbolic link in its chain (`/lib` → `usr/lib` on a merged-/usr Debian,
 * `libstdc++.so.6` → `libstdc++.so.6.0.30`), and the file it ends at.
 */
import { execFileSync } from "node:child_process";
import { lstatSync, readlinkSync } from "node:fs";
import { posix } from "node:path";
import { fail, ok, type Result } from "./result.ts";

/**
 * Library paths from `ldd` output, the dynamic loader included. The vDSO (no path: the
 * kernel maps it) is left out; a library ldd did not find is an error naming it.
 */
export function parseLdd(output: string): Result<string[]> {
  if (/statically linked|not a dynamic executable/.test(output)) return ok([]);
  const paths: string[] = [];
  const missing: string[] = [];
  for (const line of output.split("\n").map((l) => l.trim())) {
    if (line === "") continue;
    const arrow = /^(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$/.exec(line);
    if (arrow) {
      if (arrow[2] === "not found") missing.push(arrow[1]!);
      else if (arrow[2]!.startsWith("/")) paths.push(arrow[2]!);
      continue;
    }
    const direct = /^(\/\S+) \(0x[0-9a-f]+\)$/.exec(line);
    if (direct) paths.push(direct[1]!);
  }
  if (missing.length > 0) return fail(`ldd did not find ${missing.join(", ")}`);
  if (paths.length === 0) return fail(`ldd printed no library paths:\n${output}`);
  return ok([...new Set(paths)]);
}

/** Runs the host's ldd on `program`. */
export function librariesOf(program: string): Result<string[]> {
  let output: string;
  try {
    output = execFileSync("ldd", [program], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (e.code === "ENOENT")
      return fail("ldd is not installed (Debian package libc-bin): it finds the libraries node needs");
    // ldd exits 1 for a static program and prints why on stdout.
    if (e.stdout && /not a dynamic executable/.test(e.stdout)) return ok([]);
    return fail(`ldd ${program} failed: ${e.stderr || e.message}`);
  }
  return parseLdd(output);
}

/** What reproduces a host path in the image. Paths are absolute host paths. */
export type HostEntry =
  | { type: "directory"; path: string }
  | { type: "symlink"; path: string; target: string }
  | { type: "file"; path: string; mode: number };

/** The host as `materialize` sees it; the real file system unless a test gives its own. */
export interface HostFs {
  kind(path: string): "directory" | "symlink" | "file" | "other" | "missing";
  readlink(path: string): string;
  mode(path: string): number;
}

export const realFs: HostFs = {
  kind(path) {
    try {
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) return "symlink";
      if (stat.isDirectory()) return "directory";
      return stat.isFile() ? "file" : "other";
    } catch {
      return "missing";
    }
  },
  readlink: (path) => readlinkSync(path),
  mode: (path) => lstatSync(path).mode & 0o7777,
};

/** Symbolic links followed in one path before giving up, as the kernel's limit. */
const MAX_LINKS = 40;

/**
 * The entries that make `path` resolve in the image as it does on the host, added to
 * `into` (keyed by path, so shared directories and links appear once).
 */
export function materialize(path: string, into: Map<string, HostEntry>, fs: HostFs = realFs): Result<string> {
  return resolve(path, into, fs, { links: 0 });
}

function resolve(
  path: string,
  into: Map<string, HostEntry>,
  fs: HostFs,
  budget: { links: number },
): Result<string> {
  const parts = posix
    .normalize(path)
    .split("/")
    .filter((p) => p !== "");
  let current = "/";
  for (const [i, part] of parts.entries()) {
    const next = posix.join(current, part);
    const kind = fs.kind(next);
    const last = i === parts.length - 1;
    if (kind === "symlink") {
      if (++budget.links > MAX_LINKS) return fail(`too many symbolic links resolving ${path}`);
      const target = fs.readlink(next);
      into.set(next, { type: "symlink", path: next, target });
      // A relative target is taken from the link's directory. ".." is folded lexically,
      // which differs from the kernel only after a linked directory; Debian's links have none.
      const resolved = resolve(posix.resolve(current, target), into, fs, budget);
      if (!resolved.ok) return resolved;
      current = resolved.value;
    } else if (kind === "directory") {
      into.set(next, { type: "directory", path: next });
      current = next;
    } else if (kind === "file" && last) {
      into.set(next, { type: "file", path: next, mode: fs.mode(next) });
      current = next;
    } else {
      return fail(`${next} (on the way to ${path}) is ${kind === "file" ? "a file, not a directory" : kind}`);
    }
  }
  return ok(current);
}
