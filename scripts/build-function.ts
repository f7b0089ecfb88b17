// Bundle function-cozystack into one ESM file, so the image needs node and that file
// only: dist/function/function-cozystack.mjs.
import { build } from "esbuild";
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { REQUIRE_SHIM } from "./build-provider.ts";

const root = join(import.meta.dirname, "..");

export const FUNCTION_BUNDLE = "function-cozystack.mjs";

/**
 * How node runs the bundle in the image (and in bench/function.ts). Under 100 concurrent
 * calls V8 grows the young generation to over 100 MB; capping a semi-space at 2 MB took the
 * peak RSS from 282 to 163 MB for about 2% more CPU per call (bench/README.md).
 */
export const FUNCTION_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=2"];

/** Build into outDir (emptied first, so no stale chunk survives); returns the entry file's path. */
export async function buildFunction(outDir = join(root, "dist", "function")): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: { "function-cozystack": join(root, "functions", "cozystack", "main.ts") },
    outdir: outDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    // A long-running server: one file, no lazy chunks. Should a dynamic import ever
    // appear, splitting puts it in a chunk next to the entry instead of failing.
    splitting: true,
    minify: false,
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    // grpc-js and pino are CommonJS and require() Node built-ins; an ESM file has no require.
    banner: { js: REQUIRE_SHIM },
  });
  return join(outDir, FUNCTION_BUNDLE);
}

/** Every file of a build and its size in bytes. */
export function bundleFiles(outDir: string): { file: string; bytes: number }[] {
  return readdirSync(outDir).map((file) => ({ file, bytes: statSync(join(outDir, file)).size }));
}

if (import.meta.main) {
  const entry = await buildFunction();
  const outDir = join(entry, "..");
  for (const { file, bytes } of bundleFiles(outDir)) {
    console.log(`${join(outDir, file)}  ${(bytes / 1024).toFixed(1)} KiB`);
  }
}
