import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments, stringify } from "yaml";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { composableKinds } from "../../../functions/cozystack/input.ts";
import { exampleName, exampleNamespace } from "../../../functions/generate/examples.ts";
import { developmentFunction } from "../../../functions/generate/install.ts";
import { legacyNames } from "../../../functions/generate/names.ts";
import { DEFAULT_OPTIONS } from "../../../functions/generate/options.ts";

/**
 * The real Crossplane CLI on the generated files, where one is available: `$CROSSPLANE_BIN`,
 * `crossplane` on PATH, or the build scripts/tools/crossplane.sh caches. Without one every
 * case is reported skipped with the reason (here the Go module proxy refuses
 * github.com/crossplane/crossplane/v2, so the CLI cannot be built).
 */
const root = join(import.meta.dirname, "..", "..", "..");
const shared = process.env.COZYSTACK_IAC_SHARED ?? join(root, "..", "shared");

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findCrossplane(): { bin: string } | { reason: string } {
  const given = process.env.CROSSPLANE_BIN;
  if (given)
    return executable(given) ? { bin: given } : { reason: `CROSSPLANE_BIN=${given} is not executable` };
  const onPath = (process.env.PATH ?? "")
    .split(delimiter)
    .map((d) => join(d, "crossplane"))
    .find(executable);
  if (onPath) return { bin: onPath };
  // The cached build, if any; COZYSTACK_IAC_TOOLS_READY keeps the script from building here.
  const cached = spawnSync("bash", [join(root, "scripts", "tools", "crossplane.sh")], {
    encoding: "utf8",
    env: { ...process.env, COZYSTACK_IAC_TOOLS_READY: "1" },
  });
  const path = cached.stdout.trim().split("\n").at(-1);
  if (cached.status === 0 && path && executable(path)) return { bin: path };
  return {
    reason:
      "no Crossplane CLI: CROSSPLANE_BIN is unset, none is on PATH, and none is built (the Go module proxy refuses github.com/crossplane/crossplane/v2)",
  };
}

const cli = findCrossplane();
const bin = "bin" in cli ? cli.bin : undefined;
const when = bin ? it : it.skip;
const titled = (title: string) => ("reason" in cli ? `${title} — skipped: ${cli.reason}` : title);

function crossplane(args: string[], cwd: string): { status: number | null; stdout: string; out: string } {
  const r = spawnSync(bin!, args, { cwd, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, out: `${r.stdout}\n${r.stderr}` };
}

const read = (path: string) => readFileSync(join(root, path), "utf8");
const xrdFiles = (decl: KindDeclaration) => [
  `functions/configuration/xrds/${decl.plural}.yaml`,
  `functions/configuration/legacy/xrds/${legacyNames(decl).plural}.yaml`,
];
const exampleFiles = (decl: KindDeclaration) => [
  `examples/crossplane/${decl.singular}.xr.yaml`,
  `examples/crossplane/${decl.singular}.claim.yaml`,
];

let work = "";
beforeAll(() => {
  if (!bin) return;
  work = mkdtempSync(join(tmpdir(), "crossplane-cli-"));
  seedValidateCache(join(work, "cache"));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * `beta validate` of CLI builds up to v2.4.0 downloads the Crossplane package of its own
 * version for Crossplane's CRDs; an entry in its cache is never downloaded again, so the
 * shared upstream CRDs of that version are put there (crossplane.md §3, "Offline catch").
 */
function seedValidateCache(cache: string): void {
  const version = crossplane(["--version"], root).out.match(/v\d+\.\d+\.\d+/)?.[0];
  const crds = version ? join(shared, "upstream", `crossplane-${version}`, "crds") : "";
  if (!version || !existsSync(crds)) return;
  const dir = join(cache, `xpkg.crossplane.io/crossplane/crossplane@${version}`);
  mkdirSync(dir, { recursive: true });
  const docs = readdirSync(crds).map((f) => readFileSync(join(crds, f), "utf8").replace(/^---\n/, ""));
  writeFileSync(join(dir, "package.yaml"), docs.join("\n---\n"));
}

describe("crossplane beta validate", () => {
  when.each(composableKinds.map((d) => [d.kind, d] as const))(
    titled("%s: the XR and claim examples validate against the generated XRDs"),
    (_, decl) => {
      const r = crossplane(
        [
          "beta",
          "validate",
          "--cache-dir",
          join(work, "cache"),
          xrdFiles(decl).join(","),
          exampleFiles(decl).join(","),
        ],
        root,
      );
      expect(r.out).not.toMatch(/\[x\]/);
      expect(r.status, r.out).toBe(0);
    },
  );

  when(
    titled("every Composition validates against Crossplane's CRDs, and its input against the input CRD"),
    () => {
      const inputs = join(work, "inputs");
      mkdirSync(inputs, { recursive: true });
      const compositions = [
        "functions/configuration/compositions",
        "functions/configuration/legacy/compositions",
      ];
      for (const dir of compositions) {
        for (const file of readdirSync(join(root, dir))) {
          const c = parseAllDocuments(read(join(dir, file)))[0]!.toJS() as {
            spec: { pipeline: Array<{ input: Record<string, unknown> }> };
          };
          const input = { ...c.spec.pipeline[0]!.input, metadata: { name: file.replace(/\.yaml$/, "") } };
          writeFileSync(join(inputs, file), stringify(input));
        }
      }
      const extensions = [
        join(shared, "upstream", "crossplane-v2.3.4", "crds"),
        "functions/package/input",
      ].join(",");
      const r = crossplane(
        [
          "beta",
          "validate",
          "--cache-dir",
          join(work, "cache"),
          extensions,
          [...compositions, inputs].join(","),
        ],
        root,
      );
      expect(r.out).not.toMatch(/\[x\]/);
      expect(r.status, r.out).toBe(0);
    },
  );
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function listening(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: "127.0.0.1", port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`function-cozystack did not listen on 127.0.0.1:${port}`);
}

describe("crossplane render (Development runtime, against the function run from source)", () => {
  let fn: ChildProcess | undefined;
  let functions = "";

  beforeAll(async () => {
    if (!bin) return;
    const port = await freePort();
    fn = spawn(
      process.execPath,
      ["functions/cozystack/main.ts", "--insecure", "--address", `127.0.0.1:${port}`],
      {
        cwd: root,
        stdio: "ignore",
      },
    );
    await listening(port);
    functions = join(work, "functions.yaml");
    writeFileSync(functions, stringify(developmentFunction(DEFAULT_OPTIONS, `dns:///127.0.0.1:${port}`)));
  });
  afterAll(() => {
    fn?.kill("SIGTERM");
  });

  when.each(composableKinds.map((d) => [d.kind, d] as const))(
    titled("%s: the example XR renders to the apps.cozystack.io object in the XR's namespace"),
    (_, decl) => {
      // render passes the XR to the function as given, while core first records the
      // Composition it selected in spec.crossplane, which is how the function tells a v2 XR.
      const xr = parseAllDocuments(read(`examples/crossplane/${decl.singular}.xr.yaml`))[0]!.toJS() as {
        spec: Record<string, unknown>;
      };
      xr.spec.crossplane = { compositionRef: { name: `${decl.plural}-in-cluster` } };
      const xrFile = join(work, `${decl.singular}.xr.yaml`);
      writeFileSync(xrFile, stringify(xr));
      const r = crossplane(
        ["render", xrFile, `functions/configuration/compositions/${decl.plural}-in-cluster.yaml`, functions],
        root,
      );
      expect(r.status, r.out).toBe(0);
      const rendered = parseAllDocuments(r.stdout)
        .map(
          (d) =>
            d.toJS() as {
              apiVersion?: string;
              kind?: string;
              metadata?: { name?: string; namespace?: string };
            },
        )
        .filter(Boolean);
      expect(rendered).toContainEqual(
        expect.objectContaining({
          apiVersion: decl.apiVersion,
          kind: decl.kind,
          metadata: expect.objectContaining({ name: exampleName(decl), namespace: exampleNamespace(decl) }),
        }),
      );
    },
  );
});
