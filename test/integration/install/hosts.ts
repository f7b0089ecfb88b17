// OpenTofu and Terraform working directories that install the provider as users do:
// through a provider_installation block of their CLI configuration, never dev_overrides.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cliPath, Workdir, type Cli } from "../../support/tofu.ts";

export interface Host {
  cli: Cli;
  version: string;
  /** The registry a short `cozystack-iac/cozystack` source means for this host. */
  registry: string;
  /**
   * What init records from a network mirror listing h1: and zh:. OpenTofu keeps every
   * listed hash it verified against the download; Terraform 1.8 keeps only the h1: it
   * computes itself (internal/providercache/installer.go of each).
   */
  fromNetworkMirror: ("h1" | "zh")[];
  /** How init names a package whose SHA256SUMS signature it verified. */
  signed: string;
}

export const HOSTS: Host[] = [
  {
    cli: "tofu",
    version: "1.12.6",
    registry: "registry.opentofu.org",
    fromNetworkMirror: ["h1", "zh"],
    signed: "signed",
  },
  {
    cli: "terraform",
    version: "1.8.5",
    registry: "registry.terraform.io",
    fromNetworkMirror: ["h1"],
    signed: "self-signed",
  },
];

/** The provider_installation blocks of the CLI configuration, one per install path. */
export const installation = {
  filesystemMirror: (path: string) => `filesystem_mirror {\n    path = "${path}"\n  }`,
  networkMirror: (url: string) => `network_mirror {\n    url = "${url}"\n  }`,
  direct: () => "direct {}",
};

/** Working directories made by a test file, removed at its end: each holds an unpacked ~140 MB provider. */
const made: string[] = [];

export function removeWorkdirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A working directory whose CLI configuration installs providers only by `method`.
 * PATH names an empty directory: the provider must run without Node or any other tool.
 * SSL_CERT_FILE makes the host trust the test CA (Go reads it on Linux).
 */
export function installWorkdir(
  host: Host,
  method: string,
  opts: { caFile: string; env?: NodeJS.ProcessEnv },
): Workdir {
  const dir = mkdtempSync(join(tmpdir(), `install-${host.cli}-`));
  made.push(dir);
  const emptyPath = join(dir, ".empty-path");
  mkdirSync(emptyPath);
  const work = new Workdir({
    dir,
    bin: cliPath(host.cli, host.version),
    providers: [],
    env: { PATH: emptyPath, SSL_CERT_FILE: opts.caFile, ...opts.env },
  });
  // Workdir writes a dev_overrides block; this configuration replaces it whole.
  work.write({ ".cli.tfrc": `provider_installation {\n  ${method}\n}\n` });
  return work;
}

/** The terraform block requiring the provider from `source`, at `version`. */
export function requireProvider(source: string, version: string): string {
  return `terraform {\n  required_providers {\n    cozystack = {\n      source  = "${source}"\n      version = "${version}"\n    }\n  }\n}\n\nprovider "cozystack" {}\n`;
}

export interface LockEntry {
  address: string;
  version: string;
  hashes: string[];
}

/** The provider entries of a `.terraform.lock.hcl`, as hosts write them. */
export function lockEntries(text: string): LockEntry[] {
  const entries: LockEntry[] = [];
  for (const block of text.matchAll(/^provider "([^"]+)" \{\n([\s\S]*?)^\}/gm)) {
    const body = block[2]!;
    const version = /^\s*version\s*=\s*"([^"]+)"/m.exec(body)?.[1];
    const hashes = /^\s*hashes\s*=\s*\[([\s\S]*?)\]/m.exec(body)?.[1] ?? "";
    if (!version) throw new Error(`lock entry for ${block[1]} has no version:\n${body}`);
    entries.push({
      address: block[1]!,
      version,
      hashes: [...hashes.matchAll(/"([^"]+)"/g)].map((m) => m[1]!),
    });
  }
  return entries;
}

/** A lock file pinning one provider version to the given hashes, as a user may commit it. */
export function lockFile(address: string, version: string, hashes: string[]): string {
  const list = hashes.map((h) => `    "${h}",\n`).join("");
  return `provider "${address}" {\n  version     = "${version}"\n  constraints = "${version}"\n  hashes = [\n${list}  ]\n}\n`;
}

/** The one entry a single-provider lock file holds. */
export function lockEntry(work: Workdir): LockEntry {
  const entries = lockEntries(work.read(".terraform.lock.hcl"));
  if (entries.length !== 1)
    throw new Error(`expected one provider in the lock file, found ${entries.length}`);
  return entries[0]!;
}
