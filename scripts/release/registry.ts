// A static tree answering the provider registry protocol, for any web server that maps
// URL paths to files and serves the extension-less ones as application/json:
//   .well-known/terraform.json                                   service discovery
//   v1/providers/<ns>/<type>/versions                            the versions and their platforms
//   v1/providers/<ns>/<type>/<version>/download/<os>/<arch>      one platform's package
//   v1/providers/<ns>/<type>/<version>/<archives, SHA256SUMS, .sig>
// Package URLs are relative, so the tree may sit at any host's root.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { NAMESPACE, osArch, PROTOCOL_VERSIONS, TYPE } from "./archive.ts";
import { compareVersions, placeFile, writeJson } from "./files.ts";
import type { ReleasedArchive } from "./mirror.ts";
import type { PublicKey } from "./sign.ts";

export const PROVIDERS_V1 = "/v1/providers/";

export interface RegistryRelease {
  version: string;
  archives: readonly ReleasedArchive[];
  /** The SHA256SUMS file and its detached signature, on disk. */
  sums: { name: string; path: string };
  signature: { name: string; path: string };
  key: PublicKey;
}

/** The discovery document: where the providers.v1 service lives on this host. */
export function discovery(): Record<string, string> {
  return { "providers.v1": PROVIDERS_V1 };
}

/** A download answer, from `<version>/download/<os>/<arch>`; URLs lead back up to `<version>/`. */
export function downloadAnswer(release: RegistryRelease, archive: ReleasedArchive) {
  const up = "../../";
  return {
    protocols: PROTOCOL_VERSIONS,
    ...osArch(archive.platform),
    filename: archive.name,
    download_url: up + archive.name,
    shasums_url: up + release.sums.name,
    shasums_signature_url: up + release.signature.name,
    // The archive's SHA-256, which is its zh: hash.
    shasum: archive.zh.replace(/^zh:/, ""),
    signing_keys: {
      gpg_public_keys: [
        {
          key_id: release.key.keyId,
          ascii_armor: release.key.asciiArmor,
          trust_signature: "",
          source: "",
          source_url: null,
        },
      ],
    },
  };
}

export interface ListedVersion {
  version: string;
  platforms: { os: string; arch: string }[];
}

/** The `versions` answer. */
export function versionsAnswer(listed: readonly ListedVersion[]) {
  return {
    versions: [...listed]
      .sort((a, b) => compareVersions(a.version, b.version))
      .map((v) => ({ version: v.version, protocols: PROTOCOL_VERSIONS, platforms: v.platforms })),
  };
}

export function registryProviderDir(root: string): string {
  return join(root, ...PROVIDERS_V1.split("/").filter(Boolean), NAMESPACE, TYPE);
}

/** Add one version (replacing it if present) and rewrite discovery and the versions list. */
export function addToRegistry(root: string, release: RegistryRelease): void {
  const provider = registryProviderDir(root);
  const versionDir = join(provider, release.version);
  rmSync(versionDir, { recursive: true, force: true });
  for (const file of [...release.archives, release.sums, release.signature]) {
    placeFile(file.path, join(versionDir, file.name));
  }
  for (const archive of release.archives) {
    const { os, arch } = osArch(archive.platform);
    writeJson(join(versionDir, "download", os, arch), downloadAnswer(release, archive));
  }
  writeJson(join(provider, "versions"), versionsAnswer(listedVersions(provider)));
  writeJson(join(root, ".well-known", "terraform.json"), discovery());
}

/** Versions and platforms as the tree holds them: each `<version>/download/<os>/<arch>` file. */
export function listedVersions(provider: string): ListedVersion[] {
  const dirs = (path: string) =>
    existsSync(path)
      ? readdirSync(path, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
      : [];
  return dirs(provider).map((version) => {
    const download = join(provider, version, "download");
    const platforms = dirs(download).flatMap((os) =>
      readdirSync(join(download, os))
        .sort()
        .map((arch) => ({ os, arch })),
    );
    return { version, platforms };
  });
}
