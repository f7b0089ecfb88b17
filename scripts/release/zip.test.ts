import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { zip, type ZipEntry } from "./zip.ts";

/** Archives are checked with Info-ZIP's unzip, not by reading them back with our own code. */
const dir = mkdtempSync(join(tmpdir(), "zip-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(name: string, entries: ZipEntry[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await zip(entries));
  return path;
}

const executable = Buffer.from("#!/bin/sh\necho hello\n".repeat(1000));

describe("zip", () => {
  it("writes an archive unzip tests clean, with each entry's Unix mode and a fixed time", async () => {
    const path = await written("modes.zip", [
      { name: "terraform-provider-x_v1.0.0", data: executable, mode: 0o755 },
      { name: "docs/README.md", data: Buffer.from("# read me\n"), mode: 0o644 },
      { name: "empty", data: Buffer.alloc(0), mode: 0o600 },
    ]);
    expect(execFileSync("unzip", ["-tq", path], { encoding: "utf8" })).toContain("No errors detected");
    const listing = execFileSync("unzip", ["-Z", path], { encoding: "utf8" });
    expect(listing).toMatch(/-rwxr-xr-x .* unx .* defN 80-Jan-01 00:00 terraform-provider-x_v1\.0\.0/);
    expect(listing).toMatch(/-rw-r--r-- .* unx .* 80-Jan-01 00:00 docs\/README\.md/);
    expect(listing).toMatch(/-rw------- .* unx .* empty/);
    expect(listing).toContain("3 files");
  });

  it("unpacks to the same bytes and modes", async () => {
    const path = await written("unpack.zip", [{ name: "run", data: executable, mode: 0o755 }]);
    const out = join(dir, "unpacked");
    execFileSync("unzip", ["-q", "-o", path, "-d", out]);
    expect(readFileSync(join(out, "run")).equals(executable)).toBe(true);
    expect(statSync(join(out, "run")).mode & 0o777).toBe(0o755);
  });

  it("is reproducible: the same entries give the same bytes", async () => {
    const entries = [{ name: "a", data: executable, mode: 0o755 }];
    expect((await zip(entries)).equals(await zip(entries))).toBe(true);
  });

  it("compresses (a repetitive file shrinks)", async () => {
    const bytes = await zip([{ name: "a", data: executable, mode: 0o644 }]);
    expect(bytes.length).toBeLessThan(executable.length / 10);
  });

  it.each([
    { name: "", reason: "an empty name" },
    { name: "/etc/passwd", reason: "an absolute path" },
    { name: "../outside", reason: "a path leaving the directory" },
    { name: "a/../../outside", reason: "a path leaving it further down" },
  ])("refuses $reason", async ({ name }) => {
    await expect(zip([{ name, data: Buffer.from("x"), mode: 0o644 }])).rejects.toThrow(/zip: /);
  });
});
