import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Platform } from "./archive.ts";
import { compareVersions } from "./files.ts";
import {
  addToMirror,
  archiveIndex,
  mirrorProviderDir,
  versionIndex,
  type ReleasedArchive,
} from "./mirror.ts";

const dir = mkdtempSync(join(tmpdir(), "mirror-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function archive(version: string, platform: Platform): ReleasedArchive {
  const name = `terraform-provider-cozystack_${version}_${platform}.zip`;
  const path = join(dir, name);
  writeFileSync(path, `${version} ${platform}`);
  return { platform, name, path, h1: `h1:${version}${platform}=`, zh: `zh:${version}${platform}` };
}

const json = (path: string) => JSON.parse(readFileSync(path, "utf8")) as unknown;

describe("compareVersions", () => {
  it.each([
    { a: "0.9.0", b: "0.10.0", reason: "numbers compare as numbers, not text" },
    { a: "1.0.0-rc.1", b: "1.0.0", reason: "a pre-release comes before its release" },
    { a: "1.0.0-alpha", b: "1.0.0-beta", reason: "pre-releases in text order" },
    { a: "1.2.3", b: "2.0.0", reason: "the major number first" },
  ])("$a < $b: $reason", ({ a, b }) => {
    expect(compareVersions(a, b)).toBeLessThan(0);
    expect(compareVersions(b, a)).toBeGreaterThan(0);
  });
});

describe("mirror indexes", () => {
  it("index.json lists each version once, in version order", () => {
    expect(Object.keys(versionIndex(["0.10.0", "0.9.0", "0.10.0"]).versions)).toEqual(["0.9.0", "0.10.0"]);
    expect(versionIndex(["0.1.0"])).toEqual({ versions: { "0.1.0": {} } });
  });

  it("<version>.json gives each platform a relative URL and its h1: and zh: hashes", () => {
    expect(archiveIndex([archive("0.1.0", "linux_arm64"), archive("0.1.0", "linux_amd64")])).toEqual({
      archives: {
        linux_amd64: {
          url: "terraform-provider-cozystack_0.1.0_linux_amd64.zip",
          hashes: ["h1:0.1.0linux_amd64=", "zh:0.1.0linux_amd64"],
        },
        linux_arm64: {
          url: "terraform-provider-cozystack_0.1.0_linux_arm64.zip",
          hashes: ["h1:0.1.0linux_arm64=", "zh:0.1.0linux_arm64"],
        },
      },
    });
  });
});

describe("addToMirror", () => {
  const root = join(dir, "tree");
  const hosts = ["registry.terraform.io", "registry.opentofu.org"];

  it("lays out each host's packed mirror, with archives linked rather than copied", () => {
    const first = [archive("0.1.0", "linux_amd64"), archive("0.1.0", "linux_arm64")];
    addToMirror(root, hosts, "0.1.0", first);
    for (const host of hosts) {
      const provider = mirrorProviderDir(root, host);
      expect(provider).toBe(join(root, host, "cozystack-iac", "cozystack"));
      expect(readdirSync(provider).sort()).toEqual([
        "0.1.0.json",
        "index.json",
        "terraform-provider-cozystack_0.1.0_linux_amd64.zip",
        "terraform-provider-cozystack_0.1.0_linux_arm64.zip",
      ]);
      const linked = statSync(join(provider, first[0]!.name));
      expect(linked.ino).toBe(statSync(first[0]!.path).ino);
    }
  });

  it("adds a later version to the index and keeps the earlier one", () => {
    addToMirror(root, hosts, "0.1.1", [archive("0.1.1", "linux_amd64")]);
    const provider = mirrorProviderDir(root, "registry.opentofu.org");
    expect(json(join(provider, "index.json"))).toEqual({ versions: { "0.1.0": {}, "0.1.1": {} } });
    expect(Object.keys((json(join(provider, "0.1.0.json")) as { archives: object }).archives)).toHaveLength(
      2,
    );
  });

  it("drops the archives of platforms a re-release of a version no longer has", () => {
    addToMirror(root, hosts, "0.1.0", [archive("0.1.0", "linux_amd64")]);
    const provider = mirrorProviderDir(root, "registry.terraform.io");
    expect(readdirSync(provider).filter((f) => f.includes("0.1.0_"))).toEqual([
      "terraform-provider-cozystack_0.1.0_linux_amd64.zip",
    ]);
    expect(Object.keys((json(join(provider, "0.1.0.json")) as { archives: object }).archives)).toEqual([
      "linux_amd64",
    ]);
  });
});
