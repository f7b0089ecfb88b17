import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Platform } from "./archive.ts";
import type { ReleasedArchive } from "./mirror.ts";
import {
  addToRegistry,
  listedVersions,
  registryProviderDir,
  versionsAnswer,
  type RegistryRelease,
} from "./registry.ts";
import { sha256Hex } from "./sums.ts";

const dir = mkdtempSync(join(tmpdir(), "registry-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): { name: string; path: string } {
  const path = join(dir, name);
  writeFileSync(path, text);
  return { name, path };
}

function release(version: string, platforms: Platform[]): RegistryRelease {
  const archives: ReleasedArchive[] = platforms.map((platform) => {
    const { name, path } = file(
      `terraform-provider-cozystack_${version}_${platform}.zip`,
      `${version}/${platform}`,
    );
    return { platform, name, path, h1: "h1:x=", zh: `zh:${sha256Hex(readFileSync(path))}` };
  });
  return {
    version,
    archives,
    sums: file(`terraform-provider-cozystack_${version}_SHA256SUMS`, "sums"),
    signature: file(`terraform-provider-cozystack_${version}_SHA256SUMS.sig`, "sig"),
    key: { keyId: "0123456789ABCDEF", asciiArmor: "-----BEGIN PGP PUBLIC KEY BLOCK-----\n..." },
  };
}

const root = join(dir, "registry");
const provider = registryProviderDir(root);
const read = (...path: string[]) =>
  JSON.parse(readFileSync(join(...path), "utf8")) as Record<string, unknown>;

describe("the static registry tree", () => {
  addToRegistry(root, release("0.1.0", ["linux_amd64", "linux_arm64"]));
  addToRegistry(root, release("0.2.0", ["linux_amd64"]));

  it("answers service discovery with the providers.v1 path", () => {
    expect(read(root, ".well-known", "terraform.json")).toEqual({ "providers.v1": "/v1/providers/" });
    expect(provider).toBe(join(root, "v1", "providers", "cozystack-iac", "cozystack"));
  });

  it("lists every version with protocol 6.0 and the platforms it has", () => {
    expect(read(provider, "versions")).toEqual({
      versions: [
        {
          version: "0.1.0",
          protocols: ["6.0"],
          platforms: [
            { os: "linux", arch: "amd64" },
            { os: "linux", arch: "arm64" },
          ],
        },
        { version: "0.2.0", protocols: ["6.0"], platforms: [{ os: "linux", arch: "amd64" }] },
      ],
    });
  });

  it("answers a download with URLs that, resolved against the request as hosts do, name files in the tree", () => {
    const answer = read(provider, "0.1.0", "download", "linux", "arm64");
    expect(answer).toMatchObject({
      protocols: ["6.0"],
      os: "linux",
      arch: "arm64",
      filename: "terraform-provider-cozystack_0.1.0_linux_arm64.zip",
      shasum: sha256Hex("0.1.0/linux_arm64"),
      signing_keys: {
        gpg_public_keys: [{ key_id: "0123456789ABCDEF", ascii_armor: expect.stringMatching(/^-----BEGIN/) }],
      },
    });
    const request = new URL(
      "https://registry.example.test/v1/providers/cozystack-iac/cozystack/0.1.0/download/linux/arm64",
    );
    const expected = {
      download_url: "terraform-provider-cozystack_0.1.0_linux_arm64.zip",
      shasums_url: "terraform-provider-cozystack_0.1.0_SHA256SUMS",
      shasums_signature_url: "terraform-provider-cozystack_0.1.0_SHA256SUMS.sig",
    };
    for (const [field, name] of Object.entries(expected)) {
      const url = new URL(answer[field] as string, request);
      expect(url.pathname).toBe(`/v1/providers/cozystack-iac/cozystack/0.1.0/${name}`);
      expect(existsSync(join(root, url.pathname))).toBe(true);
    }
  });

  it("replaces a re-released version whole", () => {
    addToRegistry(root, release("0.1.0", ["linux_amd64"]));
    expect(listedVersions(provider).find((v) => v.version === "0.1.0")?.platforms).toEqual([
      { os: "linux", arch: "amd64" },
    ]);
    expect(existsSync(join(provider, "0.1.0", "terraform-provider-cozystack_0.1.0_linux_arm64.zip"))).toBe(
      false,
    );
  });

  it("orders the versions list by version, not by text", () => {
    const listed = versionsAnswer([
      { version: "0.10.0", platforms: [] },
      { version: "0.9.0", platforms: [] },
    ]);
    expect(listed.versions.map((v) => v.version)).toEqual(["0.9.0", "0.10.0"]);
  });
});
