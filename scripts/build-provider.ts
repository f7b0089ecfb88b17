// Bundle the provider into one ESM file, so start-up loads one file and nothing
// it does not use: dist/terraform-provider-cozystack.mjs (+ a launcher script).
import { build } from "esbuild";
import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** V8 flags the provider runs with, in the dev launcher and the release executable alike. */
export const PROVIDER_NODE_FLAGS = ["--max-semi-space-size=1"];

const root = join(import.meta.dirname, "..");

/** The source address local builds are installed under, through a dev_overrides entry. */
export const LOCAL_SOURCE = "example.test/cozystack/cozystack";

/** The terraform and provider blocks of a configuration that uses a local build. */
export const localProviderHeader = `terraform {\n  required_providers {\n    cozystack = { source = "${LOCAL_SOURCE}" }\n  }\n}\nprovider "cozystack" {}\n`;

/** Gives each ESM chunk the `require` that bundled CommonJS code expects. */
export const REQUIRE_SHIM =
  'import { createRequire as __cozystackCreateRequire } from "node:module"; const require = __cozystackCreateRequire(import.meta.url);';

export async function buildProvider(outDir = join(root, "dist"), node = process.execPath): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  // Code splitting keeps the handshake path small: the model and provider are a
  // separate chunk, parsed only when the first RPC needs them.
  const chunks = join(outDir, "provider");
  const bundle = join(chunks, "main.mjs");
  // Chunk names carry content hashes: a stale chunk from an earlier build must not linger.
  rmSync(chunks, { recursive: true, force: true });
  await build({
    entryPoints: { main: join(root, "provider", "cozystack", "main.ts") },
    outdir: chunks,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    splitting: true,
    minify: false,
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    // CommonJS dependencies (yaml) call require() for Node built-ins; an ESM chunk has
    // no require, so every chunk gets one bound to its own URL.
    banner: { js: REQUIRE_SHIM },
  });
  // The schema and metadata answers, encoded once here instead of in every provider process.
  const { cozystackProvider } = await import("../provider/cozystack/provider.ts");
  const { precompute, writePrecomputed } = await import("../provider/plugin/index.ts");
  writePrecomputed(join(chunks, "precomputed"), await precompute(await cozystackProvider()));
  const launcher = join(outDir, "terraform-provider-cozystack");
  mkdirSync(outDir, { recursive: true });
  // A small young generation: V8's default lets it grow to tens of MB between scavenges, which
  // at 1,000 resources took the provider's peak RSS past 190 MiB for a 20 MB live heap
  // (bench/README.md); one MB semi-spaces cost no measurable CPU there.
  writeFileSync(launcher, `#!/bin/sh\nexec "${node}" ${PROVIDER_NODE_FLAGS.join(" ")} "${bundle}" "$@"\n`);
  chmodSync(launcher, 0o755);
  return launcher;
}

if (import.meta.main) console.log(await buildProvider());
