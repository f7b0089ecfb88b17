// The install guides: building a release, then installing it from the public registries,
// a filesystem mirror, a network mirror, a private registry, or air-gapped. The facts are
// those of the README's "Install" section; names and paths come from the release code
// (scripts/release/*), so the guides follow the files `npm run release` writes.
import {
  archiveName,
  executableName,
  manifestName,
  NAMESPACE,
  PLATFORMS,
  PUBLIC_HOSTS,
  signatureName,
  sumsName,
  TYPE,
  type Platform,
} from "../../release/archive.ts";
import { versionIndex } from "../../release/mirror.ts";
import { discovery, PROVIDERS_V1 } from "../../release/registry.ts";
import { alignHcl } from "../hcl-align.ts";
import { fence, page, type PageHead } from "../page.ts";

export interface Guide {
  file: string;
  head: PageHead;
  text: string;
}

const SOURCE = `${NAMESPACE}/${TYPE}`;
const PRIVATE_HOST = "registry.example.com";
const MIRROR_URL = "https://mirror.example.com/providers/";
const MIRROR_DIR = "/opt/terraform/providers";
const PLATFORM_NAMES = Object.keys(PLATFORMS) as Platform[];
const FIRST_PLATFORM = PLATFORM_NAMES[0]!;
const INSTALL = "Installation";

const code = (text: string) => `\`${text}\``;

function requiredProviders(source: string, version: string): string {
  const [major, minor] = version.split(".");
  return alignHcl(
    [
      "terraform {",
      "  required_providers {",
      "    cozystack = {",
      `      source = "${source}"`,
      `      version = "~> ${major}.${minor}"`,
      "    }",
      "  }",
      "}",
    ].join("\n"),
  );
}

/** A CLI configuration holding one `provider_installation` method, then `direct` for the rest. */
function cliConfig(method: string[]): string {
  return alignHcl(
    [
      "provider_installation {",
      ...method.map((line) => (line === "" ? "" : `  ${line}`)),
      "",
      "  direct {",
      `    exclude = ["${SOURCE}"]`,
      "  }",
      "}",
    ].join("\n"),
  );
}

const CLI_CONFIG_FILES =
  "The `provider_installation` block goes in the CLI configuration: `~/.tofurc` for OpenTofu, `~/.terraformrc` for Terraform, or the file `TF_CLI_CONFIG_FILE` names (both read it).";

function mirrorTree(root: string, hosts: readonly string[], version: string): string {
  const files = (host: string) => [
    `  ${host}/${SOURCE}/`,
    "    index.json",
    `    ${version}.json`,
    ...PLATFORM_NAMES.map((p) => `    ${archiveName(version, p)}`),
  ];
  return [`${root}/`, ...hosts.flatMap(files)].join("\n");
}

function provenBy(steps: string): string {
  return `**How it is proven.** With OpenTofu 1.12 and Terraform 1.8.5, no \`dev_overrides\` and no \`node\` on \`PATH\`, \`test/integration/install/paths.test.ts\` releases the real single executable as two versions signed with a throwaway key, then runs ${steps}.`;
}

function releaseGuide(version: string): Guide {
  const head: PageHead = {
    title: "Building a release",
    subcategory: INSTALL,
    description:
      "npm run release: the archives, checksums and signature hosts install from, and the mirror and registry trees every install path serves.",
  };
  const next = version.replace(/\d+$/, (patch) => String(Number(patch) + 1));
  const releaseFiles = [
    ...PLATFORM_NAMES.map(
      (p) => `${code(archiveName(version, p))}: the executable ${code(executableName(version))}, mode 0755`,
    ),
    `${code(sumsName(version))}: the SHA-256 of every archive and of the manifest`,
    `${code(signatureName(version))}: its detached GPG signature, with \`--gpg-key\``,
    `${code(manifestName(version))}: plugin protocol 6.0`,
  ];
  return {
    file: "guides/building-a-release.md",
    head,
    text: page(head, [
      `# ${head.title}`,
      "",
      `Every install path starts from the files \`npm run release\` writes. Each platform's archive holds a single executable: no Node is needed where the provider runs. The platforms are ${PLATFORM_NAMES.map(code).join(" and ")}; the version comes from \`package.json\` unless \`--version\` gives one.`,
      "",
      ...fence(
        "shell",
        [
          "# the key to sign with (see Signing below)",
          "KEY_ID=0123456789ABCDEF",
          'npm run release -- --gpg-key "$KEY_ID"',
          "# another version into the same --out",
          `npm run release -- --platforms ${FIRST_PLATFORM} --version ${next}`,
        ].join("\n"),
      ),
      "",
      "Under `--out` (default `dist/release`):",
      "",
      `- ${code(`${version}/`)}, Terraform's release layout:`,
      ...releaseFiles.map((f) => `  - ${f}`),
      `- ${code(`mirror/<host>/${SOURCE}/`)}: a filesystem mirror (packed layout) that is also a static network mirror (\`index.json\`, \`<version>.json\` with \`h1:\` and \`zh:\` hashes), for ${PUBLIC_HOSTS.map(code).join(" and ")} and each \`--mirror-host\`;`,
      `- ${code("registry/")}: a static provider registry (\`.well-known/terraform.json\`, ${code(`${PROVIDERS_V1.slice(1)}${SOURCE}/versions`)}, ${code(`.../<version>/download/<os>/<arch>`)} with the SHA256SUMS and signature URLs and the public key). Written only with \`--gpg-key\`: hosts refuse a registry package without a signature.`,
      "",
      "A later release into the same `--out` adds its version to the mirror and registry indexes and keeps the earlier ones. `--executable linux_amd64=FILE` packages an executable built elsewhere. linux_arm64 is built under qemu user emulation:",
      "",
      ...fence("shell", "apt-get install qemu-user libc6-arm64-cross libstdc++6-arm64-cross"),
      "",
      "Archives are reproducible for a given executable (fixed timestamps, deflate from Node's zlib). The executable itself is not yet byte for byte reproducible, and a signature carries its time.",
      "",
      "## Signing",
      "",
      "The registry protocol requires a GPG signature of SHA256SUMS, and hosts refuse a package whose signature does not verify against the key the registry lists. `gpg` runs in batch mode, so the key must be usable without a prompt:",
      "",
      ...fence(
        "shell",
        [
          'gpg --quick-generate-key "cozystack-iac releases <releases@example.com>" ed25519 sign 2y',
          "KEY_ID=0123456789ABCDEF # the new key's ID, as gpg printed it",
          "# publish the public key; the registry tree carries it too",
          'gpg --armor --export "$KEY_ID" >cozystack-iac-signing-key.asc',
          'GNUPGHOME=~/.gnupg npm run release -- --gpg-key "$KEY_ID"',
        ].join("\n"),
      ),
      "",
      "In CI, import a signing subkey into a throwaway `GNUPGHOME`. Without `--gpg-key` there is no `.sig` and no `registry/` tree; mirrors need neither. On install, Terraform prints `(self-signed, key ID …)` for a key outside HashiCorp's partner programme, OpenTofu `(signed, key ID …)`.",
      "",
      "## Install paths",
      "",
      "- [From the public registries](install-from-the-public-registry.md)",
      "- [From a filesystem mirror](install-from-a-filesystem-mirror.md)",
      "- [From a network mirror](install-from-a-network-mirror.md)",
      "- [From a private registry](install-from-a-private-registry.md)",
      "- [Air-gapped](install-air-gapped.md)",
    ]),
  };
}

function publicRegistryGuide(version: string): Guide {
  const head: PageHead = {
    title: "Installing from the public registries",
    subcategory: INSTALL,
    description: `The short source address ${SOURCE}, as registry.terraform.io and registry.opentofu.org serve it.`,
  };
  return {
    file: "guides/install-from-the-public-registry.md",
    head,
    text: page(head, [
      `# ${head.title}`,
      "",
      `The provider's source address is ${code(SOURCE)}. The short form means ${code(`${PUBLIC_HOSTS[0]}/${SOURCE}`)} in Terraform and ${code(`${PUBLIC_HOSTS[1]}/${SOURCE}`)} in OpenTofu:`,
      "",
      ...fence("terraform", requiredProviders(SOURCE, version)),
      "",
      ...fence("shell", "tofu init # or: terraform init"),
      "",
      `Both public registries read GitHub releases of a repository named ${code(`terraform-provider-${TYPE}`)} under the ${code(NAMESPACE)} account, holding the ${code("<version>/")} files of [a release](building-a-release.md). Publishing there is a step outside this repository; until a version is there, install it through a mirror, which keeps this short address unchanged in configurations.`,
      "",
      "## What the lock file records",
      "",
      "From a registry, `init` writes to `.terraform.lock.hcl` the `h1:` hash of this platform's package and a `zh:` hash for every file the signed SHA256SUMS lists: every platform's archive and the manifest. Commit the lock file: later inits on any platform check the package against it. The signature is checked against the key the registry lists, and its key ID printed: Terraform says `(self-signed, key ID …)` for a key outside HashiCorp's partner programme, OpenTofu `(signed, key ID …)`.",
      "",
      "## Upgrades",
      "",
      ...fence("shell", "tofu init -upgrade"),
      "",
      "moves the lock file to the newest version the `version` constraint allows. State is untouched.",
      "",
      "The project's tests do not reach the public registries; they exercise the same registry protocol through [a private registry](install-from-a-private-registry.md) on loopback.",
    ]),
  };
}

function filesystemMirrorGuide(version: string): Guide {
  const head: PageHead = {
    title: "Installing from a filesystem mirror",
    subcategory: INSTALL,
    description: "A directory holding the provider in the packed layout, read by a filesystem_mirror block.",
  };
  return {
    file: "guides/install-from-a-filesystem-mirror.md",
    head,
    text: page(head, [
      `# ${head.title}`,
      "",
      `Copy \`dist/release/mirror\` of [a release](building-a-release.md) (or the output of \`providers mirror\`, see [Air-gapped](install-air-gapped.md)) to a directory, here ${code(MIRROR_DIR)}:`,
      "",
      ...fence("text", mirrorTree(MIRROR_DIR, PUBLIC_HOSTS, version)),
      "",
      `Mirrors are looked up by the original address, and the short source means another host in each tool, so the release writes the tree for both public hosts. Configurations keep \`source = "${SOURCE}"\`. ${CLI_CONFIG_FILES}`,
      "",
      ...fence(
        "hcl",
        cliConfig([
          "filesystem_mirror {",
          `  path = "${MIRROR_DIR}"`,
          "  # host omitted: each tool's own default registry",
          `  include = ["${SOURCE}"]`,
          "}",
        ]),
      ),
      "",
      "Then `tofu init` (or `terraform init`) installs from the directory.",
      "",
      "## What the lock file records",
      "",
      "`init` records the `h1:` hash of this platform's package; `providers lock` with the mirror writes the same lock:",
      "",
      ...fence("shell", `tofu providers lock -fs-mirror=${MIRROR_DIR} -platform=${FIRST_PLATFORM}`),
      "",
      "A lock that already pins a `zh:` hash, for example one taken from the signed SHA256SUMS, is checked against the archive in the mirror, and a mismatch stops `init`.",
      "",
      "## Upgrades",
      "",
      "Release the next version into the same `--out` and copy the tree again (earlier versions stay in it), then run `tofu init -upgrade`. State is untouched.",
      "",
      provenBy("this path (the lock checks included, and a wrong `zh:` refused)"),
    ]),
  };
}

function networkMirrorGuide(version: string): Guide {
  const head: PageHead = {
    title: "Installing from a network mirror",
    subcategory: INSTALL,
    description:
      "The mirror tree of a release behind any HTTPS static file server, read by a network_mirror block.",
  };
  return {
    file: "guides/install-from-a-network-mirror.md",
    head,
    text: page(head, [
      `# ${head.title}`,
      "",
      "The mirror tree of [a release](building-a-release.md) (`dist/release/mirror`) is also a provider network mirror: the protocol allows static files, and the release writes them. Serve the directory with any HTTPS static file server; the mirror URL ends in `/`. The host must trust the server's certificate: the system's CA store, or on Linux a CA bundle named by `SSL_CERT_FILE`, as the project's tests do.",
      "",
      `${CLI_CONFIG_FILES}`,
      "",
      ...fence(
        "hcl",
        cliConfig(["network_mirror {", `  url = "${MIRROR_URL}"`, `  include = ["${SOURCE}"]`, "}"]),
      ),
      "",
      `Hosts look the provider up by its original address, so configurations keep \`source = "${SOURCE}"\`: OpenTofu asks for ${code(`${MIRROR_URL}${PUBLIC_HOSTS[1]}/${SOURCE}/index.json`)}, Terraform for the same under ${code(PUBLIC_HOSTS[0])}. \`index.json\` lists the versions:`,
      "",
      ...fence("json", JSON.stringify(versionIndex([version]), null, 2)),
      "",
      "and `<version>.json` each platform's archive, by a URL relative to it, with its `h1:` and `zh:` hashes. To mirror a private registry's address as well, release with `--mirror-host registry.example.com`.",
      "",
      "## What the lock file records",
      "",
      "OpenTofu records the `h1:` and `zh:` hashes the mirror lists for this platform's package; Terraform records the `h1:` only. `providers lock` with the mirror writes the same:",
      "",
      ...fence("shell", `tofu providers lock -net-mirror=${MIRROR_URL} -platform=${FIRST_PLATFORM}`),
      "",
      "## Upgrades",
      "",
      "Release the next version into the same `--out`: the mirror's `index.json` then lists both. `tofu init -upgrade` moves the lock file to it; state is untouched and the next plan shows no changes.",
      "",
      provenBy(
        "this path, served over HTTPS on loopback with a test CA, and an upgrade from the first version to the second with a Redis in state and no changes planned",
      ),
    ]),
  };
}

function privateRegistryGuide(version: string): Guide {
  const head: PageHead = {
    title: "Installing from a private registry",
    subcategory: INSTALL,
    description: `The registry tree of a signed release at the root of your own host, as ${PRIVATE_HOST}/${SOURCE}.`,
  };
  const tree = [
    "registry/",
    "  .well-known/terraform.json",
    `  ${PROVIDERS_V1.slice(1)}${SOURCE}/versions`,
    `  ${PROVIDERS_V1.slice(1)}${SOURCE}/${version}/download/<os>/<arch>`,
    `  ${PROVIDERS_V1.slice(1)}${SOURCE}/${version}/${archiveName(version, FIRST_PLATFORM)}`,
    `  ${PROVIDERS_V1.slice(1)}${SOURCE}/${version}/${sumsName(version)}`,
    `  ${PROVIDERS_V1.slice(1)}${SOURCE}/${version}/${signatureName(version)}`,
  ].join("\n");
  return {
    file: "guides/install-from-a-private-registry.md",
    head,
    text: page(head, [
      `# ${head.title}`,
      "",
      `A signed release (\`--gpg-key\`, see [Building a release](building-a-release.md)) writes \`registry/\`, a static tree answering the provider registry protocol. Serve it at the root of an HTTPS host, here ${code(`https://${PRIVATE_HOST}`)}:`,
      "",
      ...fence("text", tree),
      "",
      "Service discovery, `.well-known/terraform.json`:",
      "",
      ...fence("json", JSON.stringify(discovery(), null, 2)),
      "",
      "Any static server works if it serves the extension-less answers (`versions`, `download/<os>/<arch>`) as `application/json`; with nginx, `location /v1/providers/ { default_type application/json; }`. Registry software that implements the protocol (Terraform Enterprise, Artifactory and others) takes the `<version>/` files of the release and the public key instead.",
      "",
      "## Configuration",
      "",
      `The address is always \`host/namespace/type\`, and the tree's paths carry ${code(SOURCE)}, so keep that namespace:`,
      "",
      ...fence("terraform", requiredProviders(`${PRIVATE_HOST}/${SOURCE}`, version)),
      "",
      "No CLI configuration is needed: `tofu init` finds the registry by service discovery, downloads the package, and checks SHA256SUMS and its signature against the key the registry lists. It prints the key ID: Terraform as `(self-signed, key ID …)`, OpenTofu as `(signed, key ID …)`. A package signed by another key is refused.",
      "",
      "## What the lock file records",
      "",
      "The `h1:` hash of this platform's package, plus a `zh:` hash for every file listed in the signed SHA256SUMS: all platforms and the manifest.",
      "",
      "## Upgrades",
      "",
      "Release the next version into the same `--out` (the `versions` answer then lists both), publish the tree again, and run `tofu init -upgrade`. State is untouched.",
      "",
      provenBy(
        "this path on loopback, where the key ID is printed and a signature by another key is refused",
      ),
    ]),
  };
}

function airGappedGuide(): Guide {
  const head: PageHead = {
    title: "Installing air-gapped",
    subcategory: INSTALL,
    description:
      "providers mirror on a connected machine, a filesystem mirror inside, and a lock file that checks what was carried.",
  };
  const carried = "./carried";
  return {
    file: "guides/install-air-gapped.md",
    head,
    text: page(head, [
      `# ${head.title}`,
      "",
      "On a connected machine, with the configuration that requires the provider (from [the public registries](install-from-the-public-registry.md) or [a private registry](install-from-a-private-registry.md)), copy the package into a directory. `providers mirror` fetches it from the registry and checks its signature:",
      "",
      ...fence(
        "shell",
        `tofu providers mirror -platform=${FIRST_PLATFORM} ${carried} # or: terraform providers mirror`,
      ),
      "",
      `Give \`-platform\` once for each platform the machines inside run. Also commit a lock file made against the registry: it holds the signed \`zh:\` hash of every platform, and \`init\` inside checks the carried archives against it. \`tofu providers lock -platform=…\` adds platforms to it.`,
      "",
      ...fence("shell", `tofu providers lock -platform=${PLATFORM_NAMES.join(` -platform=`)}`),
      "",
      `Carry ${code(carried)} inside (or \`dist/release/mirror\` of [a release](building-a-release.md)), and point a filesystem mirror at it. ${CLI_CONFIG_FILES}`,
      "",
      ...fence(
        "hcl",
        alignHcl(
          [
            "provider_installation {",
            "  filesystem_mirror {",
            `    path = "/opt/terraform/carried"`,
            `    include = ["${SOURCE}"]`,
            "  }",
            "}",
          ].join("\n"),
        ),
      ),
      "",
      "With no `direct` block, nothing is looked up outside. `tofu init` installs from the directory and checks the archives against the lock file's `zh:` hashes.",
      "",
      "The directory holds the packed layout and the JSON indexes of the network mirror protocol, so it may also be served as a [network mirror](install-from-a-network-mirror.md) inside.",
      "",
      "## Upgrades",
      "",
      `Run \`providers mirror\` again into the same directory on the connected machine, carry it in, and run \`tofu init -upgrade\`. State is untouched. Where the release is built inside, no registry is involved: carry its \`mirror/\` tree instead.`,
      "",
      provenBy(
        "`providers mirror` from a registry on loopback, then `init` from the directory with the registry stopped and a plan of a Redis from there",
      ),
    ]),
  };
}

export function installGuides(version: string): Guide[] {
  return [
    releaseGuide(version),
    publicRegistryGuide(version),
    filesystemMirrorGuide(version),
    networkMirrorGuide(version),
    privateRegistryGuide(version),
    airGappedGuide(),
  ];
}
