// Bundle the provider into one ESM file, so start-up loads one file and nothing
// it does not use: dist/terraform-provider-cozystack.mjs (+ a launcher script).
import { build } from "esbuild";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

export async function buildProvider(outDir = join(root, "dist"), node = process.execPath): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const bundle = join(outDir, "terraform-provider-cozystack.mjs");
  await build({
    entryPoints: [join(root, "provider", "cozystack", "main.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    splitting: false,
    minify: false,
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
  });
  const launcher = join(outDir, "terraform-provider-cozystack");
  writeFileSync(launcher, `#!/bin/sh\nexec "${node}" "${bundle}" "$@"\n`);
  chmodSync(launcher, 0o755);
  return launcher;
}

if (import.meta.main) console.log(await buildProvider());
