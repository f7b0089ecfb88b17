import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { optionsFromArgs, release, type ExecutableBuilder, type Release } from "./release.ts";
import { createThrowawayKey, stopAgent, type Signer } from "./release/sign.ts";

/** release() end to end with stand-in executables; the real one is packaged in test/integration/install. */
const dir = mkdtempSync(join(tmpdir(), "release-test-"));
const home = join(dir, "gnupg");
let signer: Signer;
beforeAll(() => {
  signer = createThrowawayKey(home);
});
afterAll(() => {
  stopAgent(home);
  rmSync(dir, { recursive: true, force: true });
});

/** A different small "executable" per platform, so per-platform mix-ups show. */
const fakeExecutable: ExecutableBuilder = async (platform, outFile) => {
  writeFileSync(outFile, `#!/bin/sh\necho ${platform}\n`);
};

const options = (out: string, extra: Partial<Parameters<typeof release>[0]> = {}) => ({
  out,
  version: "0.1.0",
  platforms: ["linux_amd64", "linux_arm64"] as const,
  mirrorHosts: ["registry.terraform.io", "registry.opentofu.org"],
  executable: fakeExecutable,
  ...extra,
});

const sh = (script: string, cwd: string) => execFileSync("bash", ["-c", script], { cwd, encoding: "utf8" });

describe("release", () => {
  let made: Release;
  const out = join(dir, "signed");
  beforeAll(async () => {
    made = await release(options(out, { signer }));
  });

  it("writes exactly Terraform's release files for the version", () => {
    expect(readdirSync(made.dir).sort()).toEqual([
      "terraform-provider-cozystack_0.1.0_SHA256SUMS",
      "terraform-provider-cozystack_0.1.0_SHA256SUMS.sig",
      "terraform-provider-cozystack_0.1.0_linux_amd64.zip",
      "terraform-provider-cozystack_0.1.0_linux_arm64.zip",
      "terraform-provider-cozystack_0.1.0_manifest.json",
    ]);
    expect(existsSync(join(out, ".build"))).toBe(false);
  });

  it("puts each platform's executable in its archive", () => {
    const zip = join(made.dir, "terraform-provider-cozystack_0.1.0_linux_arm64.zip");
    expect(
      execFileSync("unzip", ["-p", zip, "terraform-provider-cozystack_v0.1.0"], { encoding: "utf8" }),
    ).toBe("#!/bin/sh\necho linux_arm64\n");
  });

  it("sums every archive and the manifest, and signs the sums with the key the registry names", () => {
    expect(sh("sha256sum -c *_SHA256SUMS", made.dir).trim().split("\n")).toHaveLength(3);
    const keyring = join(dir, "verify.gpg");
    const download = join(made.registry!, "v1/providers/cozystack-iac/cozystack/0.1.0/download/linux/amd64");
    const answer = JSON.parse(readFileSync(download, "utf8")) as {
      signing_keys: { gpg_public_keys: { key_id: string; ascii_armor: string }[] };
    };
    const key = answer.signing_keys.gpg_public_keys[0]!;
    expect(key.key_id).toBe(made.keyId);
    const env = { ...process.env, GNUPGHOME: join(dir, "verifier") };
    mkdirSync(env.GNUPGHOME, { recursive: true, mode: 0o700 });
    execFileSync("gpg", ["--batch", "--dearmor", "--output", keyring], { input: key.ascii_armor, env });
    expect(() =>
      execFileSync("gpgv", ["--keyring", keyring, made.signature!, made.sums], { stdio: "pipe", env }),
    ).not.toThrow();
  });

  it("adds the version to the mirror under each host and to the registry", () => {
    for (const host of ["registry.terraform.io", "registry.opentofu.org"]) {
      const provider = join(made.mirror, host, "cozystack-iac", "cozystack");
      expect(JSON.parse(readFileSync(join(provider, "index.json"), "utf8"))).toEqual({
        versions: { "0.1.0": {} },
      });
      expect(readFileSync(join(provider, "0.1.0.json"), "utf8")).toContain(made.archives[0]!.h1);
    }
    expect(existsSync(join(made.registry!, ".well-known", "terraform.json"))).toBe(true);
  });

  it("keeps earlier versions when a later one is released into the same directory", async () => {
    await release(options(out, { signer, version: "0.1.1" }));
    const versions = JSON.parse(
      readFileSync(join(made.registry!, "v1/providers/cozystack-iac/cozystack/versions"), "utf8"),
    ) as { versions: { version: string }[] };
    expect(versions.versions.map((v) => v.version)).toEqual(["0.1.0", "0.1.1"]);
  });

  it("is reproducible: the same executables give the same archives, sums and manifest", async () => {
    const again = await release(options(join(dir, "again"), { signer }));
    for (const file of readdirSync(made.dir).filter((f) => !f.endsWith(".sig"))) {
      expect(readFileSync(join(again.dir, file)).equals(readFileSync(join(made.dir, file))), file).toBe(true);
    }
  });

  it("without a key writes no signature and no registry tree, which hosts would refuse", async () => {
    const unsigned = await release(options(join(dir, "unsigned")));
    expect(unsigned.signature).toBeUndefined();
    expect(unsigned.registry).toBeUndefined();
    expect(readdirSync(unsigned.dir).some((f) => f.endsWith(".sig"))).toBe(false);
    expect(existsSync(join(dir, "unsigned", "registry"))).toBe(false);
  });

  it("names the platform when building its executable fails, and leaves no build files", async () => {
    const failing: ExecutableBuilder = async (platform) => {
      throw new Error(`no toolchain for ${platform}`);
    };
    const broken = join(dir, "broken");
    await expect(release(options(broken, { executable: failing }))).rejects.toThrow(
      /no toolchain for linux_amd64/,
    );
    expect(existsSync(join(broken, ".build"))).toBe(false);
  });
});

describe("optionsFromArgs", () => {
  it("defaults to package.json's version, every platform, the public hosts, no signature", () => {
    const version = (
      JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8")) as {
        version: string;
      }
    ).version;
    const parsed = optionsFromArgs([]);
    expect(parsed).toMatchObject({
      version,
      platforms: ["linux_amd64", "linux_arm64"],
      mirrorHosts: ["registry.terraform.io", "registry.opentofu.org"],
      signer: undefined,
    });
    expect(parsed.out).toMatch(/dist\/release$/);
  });

  it("takes --out, --platforms, --gpg-key, --version and extra --mirror-host", () => {
    const parsed = optionsFromArgs([
      "--out=/x",
      "--platforms=linux_arm64",
      "--gpg-key=ABCD",
      "--version=0.2.0",
      "--mirror-host=registry.example.com",
    ]);
    expect(parsed).toMatchObject({
      out: "/x",
      platforms: ["linux_arm64"],
      signer: { key: "ABCD" },
      version: "0.2.0",
      mirrorHosts: ["registry.terraform.io", "registry.opentofu.org", "registry.example.com"],
    });
  });

  it.each([
    {
      args: ["--platforms=windows_amd64"],
      error: /unknown platform "windows_amd64"; known: linux_amd64, linux_arm64/,
    },
    { args: ["--executable=linux_amd64"], error: /--executable wants PLATFORM=FILE/ },
    { args: ["--executable=plan9_386=/bin/true"], error: /--executable wants PLATFORM=FILE/ },
    { args: ["--frobnicate"], error: /Unknown option '--frobnicate'/ },
  ])("refuses $args", ({ args, error }) => {
    expect(() => optionsFromArgs(args)).toThrow(error);
  });

  it("packages a given executable instead of building one", async () => {
    const file = join(dir, "prebuilt");
    writeFileSync(file, "prebuilt bytes");
    const parsed = optionsFromArgs([`--executable=linux_amd64=${file}`]);
    const target = join(dir, "copied");
    await parsed.executable("linux_amd64", target);
    expect(readFileSync(target, "utf8")).toBe("prebuilt bytes");
  });
});
