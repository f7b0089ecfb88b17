// A provider mirror tree: `<host>/<namespace>/<type>/` holding the archives (the packed
// layout a `filesystem_mirror` reads) and the JSON indexes of the provider network mirror
// protocol (`index.json`, `<version>.json`), so the same directory serves both ways.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { NAMESPACE, TYPE, type Platform } from "./archive.ts";
import { compareVersions, placeFile, writeJson } from "./files.ts";

/** An archive of a release, already written to disk. */
export interface ReleasedArchive {
  platform: Platform;
  /** File name, e.g. terraform-provider-cozystack_0.1.0_linux_amd64.zip. */
  name: string;
  path: string;
  h1: string;
  zh: string;
}

/** `index.json`: the versions the mirror holds. */
export function versionIndex(versions: Iterable<string>): { versions: Record<string, object> } {
  const sorted = [...new Set(versions)].sort(compareVersions);
  return { versions: Object.fromEntries(sorted.map((v) => [v, {}])) };
}

/**
 * `<version>.json`: per platform the archive's URL, relative to this file, and the hashes
 * hosts may check it against and record in the lock file (h1: and zh:, sorted as
 * `tofu providers mirror` writes them).
 */
export function archiveIndex(archives: readonly ReleasedArchive[]): {
  archives: Record<string, { url: string; hashes: string[] }>;
} {
  const sorted = [...archives].sort((a, b) => a.platform.localeCompare(b.platform));
  return {
    archives: Object.fromEntries(
      sorted.map((a) => [a.platform, { url: a.name, hashes: [a.h1, a.zh].sort() }]),
    ),
  };
}

/** The directory of one host's copy of the provider inside a mirror tree. */
export function mirrorProviderDir(root: string, host: string): string {
  return join(root, host, NAMESPACE, TYPE);
}

/**
 * Add one version to the mirror under each host (a version already there is replaced),
 * then rewrite each host's `index.json` from the versions present.
 */
export function addToMirror(
  root: string,
  hosts: readonly string[],
  version: string,
  archives: readonly ReleasedArchive[],
) {
  for (const host of hosts) {
    const dir = mirrorProviderDir(root, host);
    removeVersion(dir, version);
    for (const archive of archives) placeFile(archive.path, join(dir, archive.name));
    writeJson(join(dir, `${version}.json`), archiveIndex(archives));
    writeJson(join(dir, "index.json"), versionIndex(versionsIn(dir)));
  }
}

/** The versions a provider directory of a mirror tree has a `<version>.json` for. */
export function versionsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "index.json")
    .map((f) => f.slice(0, -".json".length));
}

/** A re-release of a version must not leave archives of platforms it dropped. */
function removeVersion(dir: string, version: string): void {
  if (!existsSync(dir)) return;
  const prefix = `terraform-provider-${TYPE}_${version}_`;
  for (const file of readdirSync(dir)) {
    if ((file.startsWith(prefix) && file.endsWith(".zip")) || file === `${version}.json`) {
      rmSync(join(dir, file), { force: true });
    }
  }
}
