// One release for a whole test file: the real single executable, built once, packaged as
// two versions (for the upgrade) with a throwaway signing key, in a temporary directory.
import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeExecutable, release, type Release } from "../../../scripts/release.ts";
import { PUBLIC_HOSTS } from "../../../scripts/release/archive.ts";
import { createThrowawayKey, stopAgent, type Signer } from "../../../scripts/release/sign.ts";
import { makeTls, type TlsMaterial } from "../../support/tls.ts";

export const VERSIONS = ["0.1.0", "0.1.1"] as const;

export interface TestRelease {
  dir: string;
  /** `--out` of both releases: `<version>/`, `mirror/`, `registry/`. */
  out: string;
  releases: Record<(typeof VERSIONS)[number], Release>;
  signer: Signer;
  keyId: string;
  tls: TlsMaterial;
  /** The test CA's certificate file, for SSL_CERT_FILE. */
  caFile: string;
  /** Size of the executable in bytes, to report. */
  executableBytes: number;
  cleanup(): void;
}

export async function buildTestRelease(): Promise<TestRelease> {
  const dir = mkdtempSync(join(tmpdir(), "install-release-"));
  const out = join(dir, "out");
  const signer = createThrowawayKey(join(dir, "gnupg"));
  const executable = join(dir, "terraform-provider-cozystack");
  // The executable does not carry its version, so one build serves both releases.
  await nodeExecutable("linux_amd64", executable);
  const copy = async (_platform: string, outFile: string) => copyFileSync(executable, outFile);
  const releases = {} as TestRelease["releases"];
  for (const version of VERSIONS) {
    releases[version] = await release({
      out,
      version,
      platforms: ["linux_amd64"],
      signer,
      mirrorHosts: PUBLIC_HOSTS,
      executable: copy,
    });
  }
  const executableBytes = statSync(executable).size;
  rmSync(executable);
  const tls = makeTls(join(dir, "tls"), "install-test-ca");
  return {
    dir,
    out,
    releases,
    signer,
    keyId: releases["0.1.0"].keyId!,
    tls,
    caFile: join(dir, "tls", "ca.crt"),
    executableBytes,
    cleanup: () => {
      stopAgent(signer.gnupgHome!);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
