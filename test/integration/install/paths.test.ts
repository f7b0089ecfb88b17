import { execFileSync } from "node:child_process";
import { existsSync, openSync, readFileSync, readSync, renameSync, statSync, closeSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { mirrorProviderDir } from "../../../scripts/release/mirror.ts";
import { registryProviderDir } from "../../../scripts/release/registry.ts";
import { createThrowawayKey, signDetached, stopAgent } from "../../../scripts/release/sign.ts";
import { serveStatic, type StaticServer } from "../../../scripts/release/serve.ts";
import { parseSha256Sums } from "../../../scripts/release/sums.ts";
import { redis } from "../../../schemas/kinds/redis.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { appPath, platformClient, uniqueName, useTestTenant } from "../../support/cluster.ts";
import { resourceValues } from "../../support/tofu.ts";
import {
  HOSTS,
  installation,
  installWorkdir,
  lockEntry,
  lockFile,
  removeWorkdirs,
  requireProvider,
  type Host,
} from "./hosts.ts";
import { buildTestRelease, type TestRelease } from "./release-fixture.ts";

/**
 * The four install paths of the provider's release, each with real OpenTofu and Terraform
 * and no dev_overrides, plus an upgrade through a mirror. The release is the real single
 * executable (`npm run release`), built once for this file.
 */
const client = platformClient();
const namespace = useTestTenant("install", tenant, client);
const SHORT = "cozystack-iac/cozystack";

let rel: TestRelease;
let mirror: StaticServer;

beforeAll(async () => {
  rel = await buildTestRelease();
  mirror = await serveStatic({
    root: join(rel.out, "mirror"),
    cert: rel.tls.server.cert,
    key: rel.tls.server.key,
  });
}, 900_000);
afterEach(removeWorkdirs);
afterAll(async () => {
  await mirror?.close();
  rel?.cleanup();
  client.close();
});

const archive = (version: "0.1.0" | "0.1.1") => rel.releases[version].archives[0]!;
/** Host error text is wrapped to the terminal width; compare it as one line. */
const oneLine = (text: string) => text.replace(/\s+/g, " ");
const work = (host: Host, method: string) =>
  installWorkdir(host, method, {
    caFile: rel.caFile,
    env: { KUBE_CONFIG_PATH: inject("platform").kubeconfigPath },
  });

function redisConfig(name: string): string {
  return `\nresource "cozystack_redis" "cache" {\n  name      = "${name}"\n  namespace = "${namespace}"\n  replicas  = 1\n}\n`;
}

/**
 * Apply a Redis through the provider the host installed, then destroy it: an install path is
 * proven only when the installed provider does real work against the platform.
 */
async function appliesAndDestroys(w: ReturnType<typeof work>, source: string, base: string): Promise<void> {
  const name = uniqueName(base);
  w.write({ "main.tf": requireProvider(source, "0.1.0") + redisConfig(name) });
  await w.apply();
  const path = appPath(redis, namespace, name);
  expect(await client.getOrUndefined(path)).toBeDefined();
  await w.destroy();
  expect(await client.getOrUndefined(path)).toBeUndefined();
}

/** The unpacked provider a host installed: the single executable, not a script needing Node. */
function installedExecutable(dir: string, address: string, version: string): { elf: boolean; mode: number } {
  const file = join(
    dir,
    ".terraform",
    "providers",
    address,
    version,
    "linux_amd64",
    `terraform-provider-cozystack_v${version}`,
  );
  const head = Buffer.alloc(4);
  const fd = openSync(file, "r");
  readSync(fd, head, 0, 4, 0);
  closeSync(fd);
  return { elf: head.equals(Buffer.from("\x7fELF", "latin1")), mode: statSync(file).mode & 0o777 };
}

describe.each(HOSTS)("$cli $version installs the released provider", (host) => {
  const full = `${host.registry}/${SHORT}`;

  it("1. from a filesystem mirror (packed layout): init (then apply) records the package's h1:, `providers lock -fs-mirror` writes the same lock, and a lock pinning the published zh: is checked against the archive", async () => {
    const dir = join(rel.out, "mirror");
    const w = work(host, installation.filesystemMirror(dir)).write({
      "main.tf": requireProvider(SHORT, "0.1.0"),
    });
    const init = await w.ok(["init", "-no-color"]);
    expect(init.stdout).toContain(`Installed ${SHORT} v0.1.0`);
    expect(init.stdout + init.stderr).not.toMatch(/development overrides/i);
    expect(lockEntry(w)).toEqual({ address: full, version: "0.1.0", hashes: [archive("0.1.0").h1] });
    expect(installedExecutable(w.dir, full, "0.1.0")).toEqual({ elf: true, mode: 0o755 });
    await appliesAndDestroys(w, SHORT, "fsmirror");

    const written = w.read(".terraform.lock.hcl");
    w.remove(".terraform.lock.hcl");
    await w.ok(["providers", "lock", "-no-color", `-fs-mirror=${dir}`, "-platform=linux_amd64"]);
    expect(w.read(".terraform.lock.hcl")).toBe(written);

    // A user may pin the archive's SHA-256 from the signed SHA256SUMS before a first init.
    const sums = parseSha256Sums(readFileSync(rel.releases["0.1.0"].sums, "utf8"));
    const zh = `zh:${sums.get(archive("0.1.0").name)}`;
    const pinned = work(host, installation.filesystemMirror(dir)).write({
      "main.tf": requireProvider(SHORT, "0.1.0"),
      ".terraform.lock.hcl": lockFile(full, "0.1.0", [zh]),
    });
    await pinned.ok(["init", "-no-color"]);
    expect(lockEntry(pinned).hashes).toEqual([archive("0.1.0").h1, zh]);

    const wrong = zh.slice(0, -1) + (zh.endsWith("0") ? "1" : "0");
    const refused = await work(host, installation.filesystemMirror(dir))
      .write({
        "main.tf": requireProvider(SHORT, "0.1.0"),
        ".terraform.lock.hcl": lockFile(full, "0.1.0", [wrong]),
      })
      .run(["init", "-no-color"]);
    expect(refused.code).toBe(1);
    expect(oneLine(refused.stderr)).toContain("doesn't match any of the checksums previously recorded");
  });

  it("2. from a network mirror over HTTPS (the same tree, served as static files): init verifies the listed hashes, and `providers lock -net-mirror` writes the same lock", async () => {
    const w = work(host, installation.networkMirror(mirror.url)).write({
      "main.tf": requireProvider(SHORT, "0.1.0"),
    });
    const seen = mirror.requests.length;
    const init = await w.ok(["init", "-no-color"]);
    expect(init.stdout).toContain(`Installed ${SHORT} v0.1.0 (verified checksum)`);
    const base = `/${host.registry}/${SHORT}`;
    expect(mirror.requests.slice(seen)).toEqual(
      expect.arrayContaining([
        `200 ${base}/index.json`,
        `200 ${base}/0.1.0.json`,
        `200 ${base}/${archive("0.1.0").name}`,
      ]),
    );
    expect(lockEntry(w)).toEqual({
      address: full,
      version: "0.1.0",
      hashes: host.fromNetworkMirror.map((scheme) => archive("0.1.0")[scheme]),
    });

    const written = w.read(".terraform.lock.hcl");
    w.remove(".terraform.lock.hcl");
    await w.ok(["providers", "lock", "-no-color", `-net-mirror=${mirror.url}`, "-platform=linux_amd64"]);
    expect(w.read(".terraform.lock.hcl")).toBe(written);
    await appliesAndDestroys(w, SHORT, "netmirror");
  });

  it("3. from the registry protocol on loopback: discovery, versions, download; the host verifies the SHA256SUMS signature and names the key, and refuses a signature by another key", async () => {
    const registry = await serveStatic({
      root: join(rel.out, "registry"),
      cert: rel.tls.server.cert,
      key: rel.tls.server.key,
    });
    try {
      const source = `${registry.host}/${SHORT}`;
      const w = work(host, installation.direct()).write({ "main.tf": requireProvider(source, "0.1.0") });
      const init = await w.ok(["init", "-no-color"]);
      expect(init.stdout).toContain(`Installed ${source} v0.1.0 (${host.signed}, key ID ${rel.keyId})`);
      const provider = `/v1/providers/${SHORT}`;
      expect(registry.requests).toEqual(
        expect.arrayContaining([
          "200 /.well-known/terraform.json",
          `200 ${provider}/versions`,
          `200 ${provider}/0.1.0/download/linux/amd64`,
          `200 ${provider}/0.1.0/terraform-provider-cozystack_0.1.0_SHA256SUMS`,
          `200 ${provider}/0.1.0/terraform-provider-cozystack_0.1.0_SHA256SUMS.sig`,
          `200 ${provider}/0.1.0/${archive("0.1.0").name}`,
        ]),
      );
      // The signed SHA256SUMS vouches for every file it lists: each becomes a zh: in the lock.
      const sums = parseSha256Sums(readFileSync(rel.releases["0.1.0"].sums, "utf8"));
      expect(lockEntry(w)).toEqual({
        address: source,
        version: "0.1.0",
        hashes: [archive("0.1.0").h1, ...[...sums.values()].map((hex) => `zh:${hex}`)].sort(),
      });
      await appliesAndDestroys(w, source, "registry");
    } finally {
      await registry.close();
    }

    const forged = await serveStatic({
      root: forgedRegistry(),
      cert: rel.tls.server.cert,
      key: rel.tls.server.key,
    });
    try {
      const refused = await work(host, installation.direct())
        .write({ "main.tf": requireProvider(`${forged.host}/${SHORT}`, "0.1.0") })
        .run(["init", "-no-color"]);
      expect(refused.code).toBe(1);
      expect(oneLine(refused.stderr)).toContain("authentication signature from unknown issuer");
    } finally {
      await forged.close();
    }
  });

  it("4. air-gapped: `providers mirror` copies the package from the registry into a directory, and init installs from that directory with the registry stopped; the provider plans and applies a Redis from there", async () => {
    const registry = await serveStatic({
      root: join(rel.out, "registry"),
      cert: rel.tls.server.cert,
      key: rel.tls.server.key,
    });
    const source = `${registry.host}/${SHORT}`;
    const connected = work(host, installation.direct()).write({
      "main.tf": requireProvider(source, "0.1.0"),
    });
    const carried = join(connected.dir, "carried");
    try {
      const mirrored = await connected.ok([
        "providers",
        "mirror",
        "-no-color",
        "-platform=linux_amd64",
        carried,
      ]);
      expect(mirrored.stdout).toContain(`Package authenticated: ${host.signed}`);
    } finally {
      await registry.close();
    }
    // The host's own mirror indexes list only hashes our release publishes for the archive.
    const index = JSON.parse(
      readFileSync(join(mirrorProviderDir(carried, registry.host), "0.1.0.json"), "utf8"),
    ) as {
      archives: Record<string, { hashes: string[] }>;
    };
    const listed = index.archives.linux_amd64!.hashes;
    expect(listed.length).toBeGreaterThan(0);
    for (const hash of listed) expect([archive("0.1.0").h1, archive("0.1.0").zh]).toContain(hash);

    const name = uniqueName("airgap");
    const offline = work(host, installation.filesystemMirror(carried)).write({
      "main.tf": requireProvider(source, "0.1.0") + redisConfig(name),
    });
    await offline.ok(["init", "-no-color"]);
    expect(lockEntry(offline)).toEqual({ address: source, version: "0.1.0", hashes: [archive("0.1.0").h1] });
    const plan = await offline.plan();
    expect(plan.changes).toBe(true);
    expect(plan.stdout).toContain("cozystack_redis.cache will be created");
    await appliesAndDestroys(offline, source, "airgap");
  });

  it("5. upgrade 0.1.0 → 0.1.1 through the network mirror: a Redis applied in a test tenant stays in state and plans no changes", async () => {
    const name = uniqueName("upgrade");
    const config = (version: string) => requireProvider(SHORT, version) + redisConfig(name);
    const w = work(host, installation.networkMirror(mirror.url)).write({ "main.tf": config("0.1.0") });
    await w.ok(["init", "-no-color"]);
    await w.apply();
    const path = appPath(redis, namespace, name);
    expect(await client.getOrUndefined(path)).toBeDefined();
    const before = resourceValues(await w.show(), "cozystack_redis.cache");

    w.write({ "main.tf": config("0.1.1") });
    const upgrade = await w.ok(["init", "-upgrade", "-no-color"]);
    expect(upgrade.stdout).toContain(`Installed ${SHORT} v0.1.1`);
    expect(lockEntry(w)).toMatchObject({
      version: "0.1.1",
      hashes: expect.arrayContaining([archive("0.1.1").h1]),
    });
    const plan = await w.plan();
    expect(plan.changes, plan.stdout).toBe(false);
    expect(resourceValues(await w.show(), "cozystack_redis.cache")).toEqual(before);

    await w.destroy();
    expect(await client.getOrUndefined(path)).toBeUndefined();
  });
});

/** A copy of the registry tree (hard links) whose 0.1.0 SHA256SUMS is signed by a key the registry does not list. */
function forgedRegistry(): string {
  const root = join(rel.dir, "registry-forged");
  if (existsSync(root)) return root;
  execFileSync("cp", ["-al", join(rel.out, "registry"), root]);
  const other = createThrowawayKey(join(rel.dir, "gnupg-other"), "someone else <other@example.test>");
  try {
    const version = join(registryProviderDir(root), "0.1.0");
    const sums = join(version, "terraform-provider-cozystack_0.1.0_SHA256SUMS");
    // Rename over the link: writing through it would change the real release's signature.
    signDetached(other, sums, `${sums}.forged`);
    renameSync(`${sums}.forged`, `${sums}.sig`);
  } finally {
    stopAgent(other.gnupgHome!);
  }
  return root;
}
