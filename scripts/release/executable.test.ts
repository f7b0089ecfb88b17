import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeVersion, runnerFor, type Platform } from "./executable.ts";

const root = join(import.meta.dirname, "..", "..");

describe("nodeVersion", () => {
  it("is the version scripts/lib.sh installs, as bash reads it", () => {
    const fromShell = execFileSync("bash", ["-c", `. "${root}/scripts/lib.sh"; printf %s "$NODE_VERSION"`], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      encoding: "utf8",
    });
    expect(nodeVersion({})).toBe(fromShell);
  });

  const cases = [
    {
      reason: "NODE_VERSION overrides the pin, as in scripts/lib.sh",
      env: { NODE_VERSION: "24.1.0" },
      expected: "24.1.0",
    },
    { reason: "an empty NODE_VERSION is no override", env: { NODE_VERSION: "" }, expected: nodeVersion({}) },
  ];
  for (const c of cases) it(c.reason, () => expect(nodeVersion(c.env)).toBe(c.expected));

  it("refuses a Node other than 24, whose single-executable support the build relies on", () => {
    expect(() => nodeVersion({ NODE_VERSION: "22.12.0" })).toThrow(/built on Node 24/);
  });
});

describe("runnerFor", () => {
  const sysroot = mkdtempSync(join(tmpdir(), "sysroot-"));
  mkdirSync(join(sysroot, "lib"));
  writeFileSync(join(sysroot, "lib", "ld-linux-aarch64.so.1"), "");
  const empty = mkdtempSync(join(tmpdir(), "no-sysroot-"));

  const cases: {
    reason: string;
    platform: Platform;
    host: string;
    root: string;
    expected: string[] | RegExp;
  }[] = [
    {
      reason: "this machine's own platform runs directly",
      platform: "linux-x64",
      host: "linux-x64",
      root: empty,
      expected: [],
    },
    {
      reason: "arm64 on arm64 runs directly",
      platform: "linux-arm64",
      host: "linux-arm64",
      root: empty,
      expected: [],
    },
    {
      reason: "arm64 on x64 runs under qemu with the arm64 sysroot",
      platform: "linux-arm64",
      host: "linux-x64",
      root: sysroot,
      expected: ["qemu-aarch64", "-L", sysroot],
    },
    {
      reason: "arm64 on x64 without the sysroot says which packages to install",
      platform: "linux-arm64",
      host: "linux-x64",
      root: empty,
      expected: /apt-get install qemu-user libc6-arm64-cross libstdc\+\+6-arm64-cross/,
    },
    {
      reason: "x64 on arm64 is not offered",
      platform: "linux-x64",
      host: "linux-arm64",
      root: sysroot,
      expected: /cannot build for linux-x64 on linux-arm64/,
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      if (c.expected instanceof RegExp)
        expect(() => runnerFor(c.platform, c.host, c.root)).toThrow(c.expected);
      else expect(runnerFor(c.platform, c.host, c.root)).toEqual(c.expected);
    });
  }
});
