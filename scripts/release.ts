// `npm run release`: the provider's release as Terraform and OpenTofu install it.
//
//   npm run release -- [--out DIR] [--platforms linux_amd64,linux_arm64] [--gpg-key ID]
//                      [--version X.Y.Z] [--mirror-host HOST ...] [--executable PLATFORM=FILE ...]
//
// Writes, under --out (default dist/release):
//   <version>/   terraform-provider-cozystack_<version>_<os>_<arch>.zip, _SHA256SUMS,
//                _SHA256SUMS.sig (with --gpg-key), _manifest.json
//   mirror/      <host>/cozystack-iac/cozystack/: a filesystem mirror (packed layout) that is
//                also a static provider network mirror
//   registry/    a static provider registry tree (with --gpg-key: hosts require a signature)
// A later release into the same --out adds its version to the mirror and registry indexes.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  checkVersion,
  isPlatform,
  manifest,
  manifestName,
  PLATFORMS,
  providerArchive,
  PUBLIC_HOSTS,
  signatureName,
  sumsName,
  type Platform,
} from "./release/archive.ts";
import { addToMirror, type ReleasedArchive } from "./release/mirror.ts";
import { addToRegistry } from "./release/registry.ts";
import { publicKey, signDetached, type Signer } from "./release/sign.ts";
import { sha256Sums } from "./release/sums.ts";

const root = join(import.meta.dirname, "..");

/** Writes the provider's single executable for one platform to outFile. */
export type ExecutableBuilder = (platform: Platform, outFile: string) => Promise<void>;

export interface ReleaseOptions {
  out: string;
  version: string;
  platforms: readonly Platform[];
  /** Without one there is no signature and no registry tree (hosts refuse unsigned registry packages). */
  signer?: Signer;
  /** Hosts the mirror tree answers for; the public registries by default. */
  mirrorHosts: readonly string[];
  executable: ExecutableBuilder;
}

export interface Release {
  version: string;
  dir: string;
  archives: ReleasedArchive[];
  sums: string;
  signature?: string;
  manifest: string;
  mirror: string;
  registry?: string;
  keyId?: string;
}

/** Build the single executable with Node's single-executable support (scripts/release/executable.ts). */
export const nodeExecutable: ExecutableBuilder = async (platform, outFile) => {
  // Imported when used: packaging executables built elsewhere does not load the builder.
  const { buildExecutable } = await import("./release/executable.ts");
  await buildExecutable({ platform: PLATFORMS[platform], outFile });
};

/** One executable at a time: each is about 100 MB, read whole into memory to be zipped. */
export async function release(options: ReleaseOptions): Promise<Release> {
  const version = checkVersion(options.version);
  const dir = join(options.out, version);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const build = join(options.out, ".build");
  const archives: ReleasedArchive[] = [];
  try {
    for (const platform of options.platforms) {
      const executable = join(build, platform, "terraform-provider-cozystack");
      mkdirSync(join(executable, ".."), { recursive: true });
      await options.executable(platform, executable);
      const archive = await providerArchive(version, platform, readFileSync(executable));
      const path = join(dir, archive.name);
      writeFileSync(path, archive.bytes);
      archives.push({ platform, name: archive.name, path, h1: archive.h1, zh: archive.zh });
      rmSync(executable, { force: true });
    }
  } finally {
    rmSync(build, { recursive: true, force: true });
  }

  const manifestPath = join(dir, manifestName(version));
  writeFileSync(manifestPath, manifest());
  const summed = new Map(archives.map((a) => [a.name, readFileSync(a.path)]));
  summed.set(manifestName(version), readFileSync(manifestPath));
  const sums = { name: sumsName(version), path: join(dir, sumsName(version)) };
  writeFileSync(sums.path, sha256Sums(summed));

  const mirror = join(options.out, "mirror");
  addToMirror(mirror, options.mirrorHosts, version, archives);
  const result: Release = { version, dir, archives, sums: sums.path, manifest: manifestPath, mirror };
  if (!options.signer) return result;

  const signature = { name: signatureName(version), path: join(dir, signatureName(version)) };
  signDetached(options.signer, sums.path, signature.path);
  const key = publicKey(options.signer);
  const registry = join(options.out, "registry");
  addToRegistry(registry, { version, archives, sums, signature, key });
  return { ...result, signature: signature.path, registry, keyId: key.keyId };
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
}

function parsePlatforms(list: string): Platform[] {
  return list.split(",").map((name) => {
    if (!isPlatform(name)) {
      throw new Error(`unknown platform "${name}"; known: ${Object.keys(PLATFORMS).join(", ")}`);
    }
    return name;
  });
}

/** `--executable linux_amd64=FILE`: package an executable built elsewhere instead of building one. */
function prebuilt(pairs: readonly string[], fallback: ExecutableBuilder): ExecutableBuilder {
  const given = new Map<string, string>();
  for (const pair of pairs) {
    const [platform, file] = pair.split(/=(.*)/s, 2);
    if (!platform || !file || !isPlatform(platform))
      throw new Error(`--executable wants PLATFORM=FILE, got "${pair}"`);
    given.set(platform, file);
  }
  return async (platform, outFile) => {
    const file = given.get(platform);
    if (file) writeFileSync(outFile, readFileSync(file));
    else await fallback(platform, outFile);
  };
}

export function optionsFromArgs(args: string[]): ReleaseOptions {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: "string", default: join(root, "dist", "release") },
      platforms: { type: "string", default: Object.keys(PLATFORMS).join(",") },
      "gpg-key": { type: "string" },
      version: { type: "string" },
      "mirror-host": { type: "string", multiple: true, default: [] },
      executable: { type: "string", multiple: true, default: [] },
    },
  });
  return {
    out: values.out,
    version: values.version ?? packageVersion(),
    platforms: parsePlatforms(values.platforms),
    signer: values["gpg-key"] ? { key: values["gpg-key"] } : undefined,
    mirrorHosts: [...PUBLIC_HOSTS, ...values["mirror-host"]],
    executable: prebuilt(values.executable, nodeExecutable),
  };
}

if (import.meta.main) {
  const made = await release(optionsFromArgs(process.argv.slice(2)));
  console.log(`release ${made.version} in ${made.dir}`);
  for (const a of made.archives) console.log(`  ${a.name}\n    ${a.h1}\n    ${a.zh}`);
  console.log(`mirror tree (filesystem and network mirror): ${made.mirror}`);
  if (made.registry) console.log(`registry tree (signed by ${made.keyId}): ${made.registry}`);
  else console.log("no --gpg-key: SHA256SUMS is unsigned and no registry tree was written");
  // The Crossplane side ships in the same release: the function and Configuration packages.
  const { buildPackages } = await import("./release/oci/index.ts");
  const packages = await buildPackages({ outDir: join(made.dir, "..", "packages") });
  console.log(`Crossplane packages: ${packages.function}, ${packages.configuration}`);
}
