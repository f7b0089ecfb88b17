/**
 * A deterministic tar writer (POSIX ustar), enough for image layers and docker-style
 * image tarballs: directories, regular files and symbolic links. Every header carries
 * the same fixed mtime and no user or group names, so equal inputs give equal bytes.
 */
import { fail, ok, type Result } from "./result.ts";

export type TarEntry =
  | { type: "directory"; path: string; mode: number; uid?: number; gid?: number }
  | { type: "file"; path: string; mode: number; data: Buffer; uid?: number; gid?: number }
  | { type: "symlink"; path: string; target: string };

const BLOCK = 512;
const NAME_MAX = 100;
const PREFIX_MAX = 155;
/** Eleven octal digits. */
const MAX_SIZE = 0o77777777777;

/** Entry paths are relative ("usr/bin/node"); a leading "/" or "./", "..", or an empty part is refused. */
export function pathProblem(path: string): string | undefined {
  if (path === "" || path.startsWith("/") || path.endsWith("/"))
    return `tar path "${path}" must be relative, without a trailing "/"`;
  if (path.split("/").some((part) => part === "" || part === "." || part === "..")) {
    return `tar path "${path}" must not hold empty, "." or ".." parts`;
  }
  return undefined;
}

/**
 * Sort entries so that equal sets give equal tars: by the bytes of the path, which puts
 * every directory before what it holds (a parent's path is a prefix of its children's).
 */
export function sortEntries(entries: TarEntry[]): TarEntry[] {
  return [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}

/** The tar archive of the entries, in the order given, with `mtime` (seconds) on every entry. */
export function writeTar(entries: TarEntry[], mtime = 0): Result<Buffer> {
  const seen = new Set<string>();
  const chunks: Buffer[] = [];
  for (const entry of entries) {
    const problem =
      pathProblem(entry.path) ??
      (seen.has(entry.path) ? `tar path "${entry.path}" appears twice` : undefined);
    if (problem) return fail(problem);
    seen.add(entry.path);
    const header = headerOf(entry, mtime);
    if (!header.ok) return header;
    chunks.push(header.value);
    if (entry.type === "file") {
      chunks.push(entry.data, Buffer.alloc(padding(entry.data.length)));
    }
  }
  // The end of an archive is two zero blocks.
  chunks.push(Buffer.alloc(2 * BLOCK));
  return ok(Buffer.concat(chunks));
}

const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;

const TYPE_FLAG = { file: "0", symlink: "2", directory: "5" } as const;

function headerOf(entry: TarEntry, mtime: number): Result<Buffer> {
  // Directories are named with a trailing "/", as tar and Docker write them.
  const name = entry.type === "directory" ? `${entry.path}/` : entry.path;
  const split = splitName(name);
  if (!split.ok) return split;
  if (entry.type === "file" && entry.data.length > MAX_SIZE) {
    return fail(`file "${entry.path}" is larger than a ustar header can state (8 GiB)`);
  }
  if (entry.type === "symlink" && Buffer.byteLength(entry.target) > NAME_MAX) {
    return fail(`symlink target "${entry.target}" of "${entry.path}" is longer than ${NAME_MAX} bytes`);
  }
  const header = Buffer.alloc(BLOCK);
  header.write(split.value.name, 0, NAME_MAX, "utf8");
  const mode = entry.type === "symlink" ? 0o777 : entry.mode;
  const uid = entry.type === "symlink" ? 0 : (entry.uid ?? 0);
  const gid = entry.type === "symlink" ? 0 : (entry.gid ?? 0);
  octal(header, 100, 8, mode);
  octal(header, 108, 8, uid);
  octal(header, 116, 8, gid);
  octal(header, 124, 12, entry.type === "file" ? entry.data.length : 0);
  octal(header, 136, 12, mtime);
  header.write(TYPE_FLAG[entry.type], 156, 1, "ascii");
  if (entry.type === "symlink") header.write(entry.target, 157, NAME_MAX, "utf8");
  header.write("ustar\u000000", 257, 8, "ascii");
  header.write(split.value.prefix, 345, PREFIX_MAX, "utf8");
  // The checksum is summed with its own field as eight spaces.
  header.fill(" ", 148, 156);
  const sum = header.reduce((total, byte) => total + byte, 0);
  header.write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, 8, "ascii");
  return ok(header);
}

/** Writes `value` as zero-padded octal digits and a NUL into `width` bytes at `offset`. */
function octal(header: Buffer, offset: number, width: number, value: number): void {
  header.write(`${value.toString(8).padStart(width - 1, "0")}\u0000`, offset, width, "ascii");
}

/** ustar stores a long name as prefix + "/" + name; split at the first "/" that fits both fields. */
function splitName(name: string): Result<{ name: string; prefix: string }> {
  if (Buffer.byteLength(name) <= NAME_MAX) return ok({ name, prefix: "" });
  for (let i = name.indexOf("/"); i !== -1; i = name.indexOf("/", i + 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= PREFIX_MAX && Buffer.byteLength(rest) <= NAME_MAX && rest !== "") {
      return ok({ name: rest, prefix });
    }
  }
  return fail(`tar path "${name}" is too long for a ustar header (${PREFIX_MAX} + ${NAME_MAX} bytes)`);
}
