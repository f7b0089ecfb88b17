// Names and contents of a provider release, as Terraform's and OpenTofu's registries,
// mirrors and installers expect them.
import { packageHash, zipHash } from "./sums.ts";
import { zip } from "./zip.ts";

/** The provider's source address is `<host>/cozystack-iac/cozystack`. */
export const NAMESPACE = "cozystack-iac";
export const TYPE = "cozystack";
/** The plugin protocol the provider speaks, as the manifest and registry declare it. */
export const PROTOCOL_VERSIONS = ["6.0"] as const;
/** The public registries a short `cozystack-iac/cozystack` source means, in Terraform and in OpenTofu. */
export const PUBLIC_HOSTS = ["registry.terraform.io", "registry.opentofu.org"] as const;

/** Release platforms (`<os>_<arch>`, as hosts name them) and the Node target of each executable. */
export const PLATFORMS = { linux_amd64: "linux-x64", linux_arm64: "linux-arm64" } as const;
export type Platform = keyof typeof PLATFORMS;

export function isPlatform(name: string): name is Platform {
  return Object.hasOwn(PLATFORMS, name);
}

/** `<os>_<arch>` split as the registry protocol spells it. */
export function osArch(platform: Platform): { os: string; arch: string } {
  const [os, arch] = platform.split("_") as [string, string];
  return { os, arch };
}

/** Hosts accept semantic versions only; no leading "v". */
export function checkVersion(version: string): string {
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new Error(`release version "${version}" is not a semantic version such as 0.1.0`);
  }
  return version;
}

const base = `terraform-provider-${TYPE}`;
export const archiveName = (version: string, platform: Platform) => `${base}_${version}_${platform}.zip`;
/** The executable inside each archive; hosts run the file whose name starts with terraform-provider-<type>. */
export const executableName = (version: string) => `${base}_v${version}`;
export const sumsName = (version: string) => `${base}_${version}_SHA256SUMS`;
export const signatureName = (version: string) => `${sumsName(version)}.sig`;
export const manifestName = (version: string) => `${base}_${version}_manifest.json`;

/** The release manifest: which plugin protocol versions this release speaks. */
export function manifest(): string {
  return `${JSON.stringify({ version: 1, metadata: { protocol_versions: PROTOCOL_VERSIONS } }, null, 2)}\n`;
}

export interface ProviderArchive {
  platform: Platform;
  name: string;
  bytes: Buffer;
  /** The package contents' hash, equal for the archive and its unpacked directory. */
  h1: string;
  /** The archive's own hash. */
  zh: string;
}

/** One platform's zip: the executable alone, mode 0755, named for the version. */
export async function providerArchive(
  version: string,
  platform: Platform,
  executable: Buffer,
): Promise<ProviderArchive> {
  const name = executableName(checkVersion(version));
  const bytes = await zip([{ name, data: executable, mode: 0o755 }]);
  return {
    platform,
    name: archiveName(version, platform),
    bytes,
    h1: packageHash(new Map([[name, executable]])),
    zh: zipHash(bytes),
  };
}
