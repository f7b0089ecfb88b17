import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  archiveName,
  checkVersion,
  executableName,
  manifest,
  manifestName,
  osArch,
  providerArchive,
  signatureName,
  sumsName,
} from "./archive.ts";
import { packageHash, sha256Hex } from "./sums.ts";

const dir = mkdtempSync(join(tmpdir(), "archive-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("release file names", () => {
  it.each([
    { got: archiveName("0.1.0", "linux_amd64"), want: "terraform-provider-cozystack_0.1.0_linux_amd64.zip" },
    {
      got: archiveName("1.2.3-rc.1", "linux_arm64"),
      want: "terraform-provider-cozystack_1.2.3-rc.1_linux_arm64.zip",
    },
    { got: executableName("0.1.0"), want: "terraform-provider-cozystack_v0.1.0" },
    { got: sumsName("0.1.0"), want: "terraform-provider-cozystack_0.1.0_SHA256SUMS" },
    { got: signatureName("0.1.0"), want: "terraform-provider-cozystack_0.1.0_SHA256SUMS.sig" },
    { got: manifestName("0.1.0"), want: "terraform-provider-cozystack_0.1.0_manifest.json" },
  ])("$want", ({ got, want }) => expect(got).toBe(want));

  it("splits a platform as the registry protocol names it", () => {
    expect(osArch("linux_arm64")).toEqual({ os: "linux", arch: "arm64" });
  });
});

describe("checkVersion", () => {
  it.each(["0.1.0", "10.20.30", "1.0.0-rc.1", "1.0.0-alpha-2"])("accepts %s", (v) =>
    expect(checkVersion(v)).toBe(v),
  );
  it.each([
    { version: "v0.1.0", reason: "a leading v (hosts list versions without it)" },
    { version: "0.1", reason: "two numbers" },
    { version: "0.1.0 ", reason: "trailing space" },
    { version: "0.1.0/../x", reason: "a path, which would leave the release directory" },
  ])("refuses $reason", ({ version }) =>
    expect(() => checkVersion(version)).toThrow(/not a semantic version/),
  );
});

describe("manifest", () => {
  it("declares plugin protocol 6.0 in the registry manifest format", () => {
    expect(JSON.parse(manifest())).toEqual({ version: 1, metadata: { protocol_versions: ["6.0"] } });
  });
});

describe("providerArchive", () => {
  it("holds only the versioned executable, mode 0755, and reports the hashes of what it holds", async () => {
    const executable = Buffer.from("#!/bin/sh\nexit 0\n");
    const archive = await providerArchive("0.2.0", "linux_amd64", executable);
    expect(archive.name).toBe("terraform-provider-cozystack_0.2.0_linux_amd64.zip");
    const path = join(dir, archive.name);
    writeFileSync(path, archive.bytes);
    expect(execFileSync("unzip", ["-Z1", path], { encoding: "utf8" })).toBe(
      "terraform-provider-cozystack_v0.2.0\n",
    );
    expect(execFileSync("unzip", ["-Z", path], { encoding: "utf8" })).toMatch(/^-rwxr-xr-x /m);
    execFileSync("unzip", ["-q", path, "-d", join(dir, "out")]);
    const unpacked = readFileSync(join(dir, "out", "terraform-provider-cozystack_v0.2.0"));
    expect(archive.h1).toBe(packageHash(new Map([["terraform-provider-cozystack_v0.2.0", unpacked]])));
    expect(archive.zh).toBe(`zh:${sha256Hex(readFileSync(path))}`);
  });

  it("gives each version its own package hash, since the executable's name is part of it", async () => {
    const executable = Buffer.from("same bytes");
    const a = await providerArchive("0.1.0", "linux_amd64", executable);
    const b = await providerArchive("0.1.1", "linux_amd64", executable);
    expect(a.h1).not.toBe(b.h1);
  });
});
