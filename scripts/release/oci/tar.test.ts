import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sortEntries, writeTar, type TarEntry } from "./tar.ts";

const dir = mkdtempSync(join(tmpdir(), "tar-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LONG_DIR = `${"d".repeat(60)}/${"e".repeat(60)}`;
const entries: TarEntry[] = [
  { type: "directory", path: "etc", mode: 0o755 },
  { type: "file", path: "etc/passwd", mode: 0o644, data: Buffer.from("root:x:0:0::/:/sbin/nologin\n") },
  { type: "directory", path: "tmp", mode: 0o1777 },
  { type: "symlink", path: "lib", target: "usr/lib" },
  { type: "file", path: "home", mode: 0o600, data: Buffer.alloc(513, 7), uid: 65532, gid: 65532 },
  { type: "directory", path: LONG_DIR.split("/")[0]!, mode: 0o755 },
  { type: "directory", path: LONG_DIR, mode: 0o755 },
  { type: "file", path: `${LONG_DIR}/${"f".repeat(90)}`, mode: 0o644, data: Buffer.from("long") },
];

function written(list: TarEntry[], mtime = 0): string {
  const tar = writeTar(list, mtime);
  if (!tar.ok) throw new Error(tar.error);
  const path = join(dir, `t${Math.random()}.tar`);
  writeFileSync(path, tar.value);
  return path;
}

describe("writeTar, read by GNU tar", () => {
  it("lists every entry with its type, mode, owner and fixed mtime", () => {
    const listing = execFileSync(
      "tar",
      ["--numeric-owner", "--full-time", "-tvf", written(sortEntries(entries), 86400)],
      {
        encoding: "utf8",
        env: { TZ: "UTC" },
      },
    );
    const lines = listing.trim().split("\n");
    expect(lines).toHaveLength(entries.length);
    expect(lines).toContainEqual(expect.stringMatching(/^drwxrwxrwt 0\/0 +0 1970-01-02 00:00:00 tmp\/$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^-rw------- 65532\/65532 +513 1970-01-02 00:00:00 home$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^lrwxrwxrwx 0\/0 +0 1970-01-02 00:00:00 lib -> usr\/lib$/),
    );
    expect(lines).toContainEqual(expect.stringContaining(`${LONG_DIR}/${"f".repeat(90)}`));
  });

  it("extracts the same bytes, modes and links", () => {
    const out = mkdtempSync(join(dir, "x-"));
    execFileSync("tar", ["-xpf", written(entries), "-C", out]);
    expect(readFileSync(join(out, "etc", "passwd"), "utf8")).toBe("root:x:0:0::/:/sbin/nologin\n");
    expect(statSync(join(out, "tmp")).mode & 0o7777).toBe(0o1777);
    expect(readlinkSync(join(out, "lib"))).toBe("usr/lib");
    expect(readFileSync(join(out, "home"))).toEqual(Buffer.alloc(513, 7));
    expect(readFileSync(join(out, LONG_DIR, "f".repeat(90)), "utf8")).toBe("long");
  });

  it("gives equal bytes for equal entries in any order once sorted", () => {
    const a = writeTar(sortEntries(entries));
    const b = writeTar(sortEntries([...entries].reverse()));
    expect(a.ok && b.ok && a.value.equals(b.value)).toBe(true);
  });

  it("sorts every directory before what it holds", () => {
    const paths = sortEntries(entries).map((e) => e.path);
    for (const [i, path] of paths.entries()) {
      const parent = path.split("/").slice(0, -1).join("/");
      if (parent !== "") expect(paths.indexOf(parent), path).toBeLessThan(i);
    }
  });
});

describe("writeTar refuses what a ustar header cannot hold", () => {
  const file = (path: string): TarEntry => ({ type: "file", path, mode: 0o644, data: Buffer.alloc(0) });
  it.each([
    { why: "absolute path", list: [file("/etc/passwd")], error: /must be relative/ },
    { why: "parent reference", list: [file("etc/../passwd")], error: /must not hold/ },
    { why: "same path twice", list: [file("a"), file("a")], error: /appears twice/ },
    { why: "a name part over 100 bytes", list: [file(`a/${"n".repeat(101)}`)], error: /too long/ },
    {
      why: "a link target over 100 bytes",
      list: [{ type: "symlink", path: "l", target: "t".repeat(101) } as TarEntry],
      error: /longer than 100/,
    },
  ])("$why", ({ list, error }) => {
    const result = writeTar(list);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});
