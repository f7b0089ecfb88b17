import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageHash, parseSha256Sums, sha256Sums, zipHash } from "./sums.ts";

/** Hashes are checked against coreutils' sha256sum, an implementation that is not ours. */
const dir = mkdtempSync(join(tmpdir(), "sums-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sh(script: string, cwd = dir): string {
  return execFileSync("bash", ["-c", script], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "C" },
  });
}

function writeTree(name: string, files: Record<string, string>): { root: string; map: Map<string, Buffer> } {
  const root = join(dir, name);
  const map = new Map<string, Buffer>();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
    map.set(path, Buffer.from(text));
  }
  return { root, map };
}

describe("packageHash (h1:)", () => {
  it.each<{ reason: string; files: Record<string, string> }>([
    {
      reason: "one executable, as in a provider archive",
      files: { "terraform-provider-x_v1.0.0": "binary" },
    },
    {
      reason: "several files, sorted by byte order (upper case before lower case)",
      files: { b: "2", a: "1", "B/c": "3", "a-b": "4" },
    },
    { reason: "an empty file", files: { empty: "" } },
  ])("equals sha256sum of the sorted per-file sha256sum lines ($reason)", ({ files }) => {
    const { root, map } = writeTree(`tree-${Object.keys(files).length}-${Math.random()}`, files);
    // Go's dirhash Hash1 summary is exactly what `sha256sum <files>` prints.
    const expected = sh(
      "find . -type f | sed 's|^./||' | sort | xargs sha256sum | sha256sum | cut -c1-64",
      root,
    );
    const base64 = Buffer.from(expected.trim(), "hex").toString("base64");
    expect(packageHash(map)).toBe(`h1:${base64}`);
  });

  it("changes when a file's content or name changes", () => {
    const a = packageHash(new Map([["x", Buffer.from("1")]]));
    expect(packageHash(new Map([["x", Buffer.from("2")]]))).not.toBe(a);
    expect(packageHash(new Map([["y", Buffer.from("1")]]))).not.toBe(a);
  });

  it("refuses a name with a newline, which would forge a summary line", () => {
    expect(() => packageHash(new Map([["a\nb", Buffer.from("")]]))).toThrow(/newline/);
  });
});

describe("zipHash (zh:)", () => {
  it("is the archive's sha256sum", () => {
    writeFileSync(join(dir, "archive.zip"), "not really a zip");
    const expected = sh("sha256sum archive.zip | cut -c1-64").trim();
    expect(zipHash(Buffer.from("not really a zip"))).toBe(`zh:${expected}`);
  });
});

describe("sha256Sums", () => {
  const files = new Map([
    ["p_1.0.0_linux_arm64.zip", Buffer.from("arm")],
    ["p_1.0.0_linux_amd64.zip", Buffer.from("amd")],
    ["p_1.0.0_manifest.json", Buffer.from("{}\n")],
  ]);

  it("is a document `sha256sum -c` accepts, sorted by file name", () => {
    const release = join(dir, "release");
    mkdirSync(release, { recursive: true });
    for (const [name, data] of files) writeFileSync(join(release, name), data);
    const text = sha256Sums(files);
    writeFileSync(join(release, "SUMS"), text);
    expect(sh("sha256sum -c SUMS", release)).toBe(
      "p_1.0.0_linux_amd64.zip: OK\np_1.0.0_linux_arm64.zip: OK\np_1.0.0_manifest.json: OK\n",
    );
    writeFileSync(join(release, "p_1.0.0_linux_amd64.zip"), "tampered");
    expect(sh("sha256sum -c --quiet SUMS 2>&1 || true", release)).toContain(
      "p_1.0.0_linux_amd64.zip: FAILED",
    );
  });

  it("reads back to the same digests", () => {
    const parsed = parseSha256Sums(sha256Sums(files));
    expect([...parsed.keys()]).toEqual([...files.keys()].sort());
  });

  it("refuses a file name with white space, which the format cannot carry", () => {
    expect(() => sha256Sums(new Map([["a b.zip", Buffer.from("")]]))).toThrow(/white space/);
  });
});

describe("parseSha256Sums", () => {
  it.each([
    { line: "abc  file", reason: "a digest too short" },
    { line: `${"a".repeat(64)} file`, reason: "one space instead of two" },
    { line: `${"A".repeat(64)}  file`, reason: "upper-case hex" },
    { line: `${"a".repeat(64)}  `, reason: "no file name" },
  ])("refuses $reason, naming the line", ({ line }) => {
    expect(() => parseSha256Sums(`${"b".repeat(64)}  ok\n${line}\n`)).toThrow(/line 2/);
  });
});
