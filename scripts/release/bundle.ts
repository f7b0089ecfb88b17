// The provider as one CommonJS script, the entry of a V8 start-up snapshot
// (provider/cozystack/snapshot.ts). The dev build (scripts/build-provider.ts) stays ESM
// with lazy chunks; this one cannot: a snapshot entry is a single classic script that
// may require() only Node's built-ins, and has no import() of files.
import { build, type Plugin } from "esbuild";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

export const SNAPSHOT_ENTRY = join(root, "provider", "cozystack", "snapshot.ts");

export class BundleError extends Error {
  override name = "BundleError";
}

/** Bundle the snapshot entry into outFile; returns outFile. */
export async function bundleForSnapshot(outFile: string): Promise<string> {
  mkdirSync(dirname(outFile), { recursive: true });
  const result = await build({
    entryPoints: [SNAPSHOT_ENTRY],
    outfile: outFile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node24",
    // In one file the provider's lazy imports (yaml, the Kubernetes client, the
    // transport) become module initialisers that run on first use, as before.
    splitting: false,
    // Without comments the source is ASCII, which V8 keeps as one byte per character; one
    // non-ASCII comment would double the 1.4 MB source every process deserializes.
    // Names stay, so stack traces still name functions.
    minifyWhitespace: true,
    sourcemap: false,
    legalComments: "none",
    logLevel: "silent",
    plugins: [deferBuiltins()],
  });
  // import.meta has no meaning in a classic script; esbuild would leave it empty and
  // a path built from it would point nowhere at run time. Refuse rather than ship that.
  const problems = result.warnings.filter((w) => /import\.meta/.test(w.text));
  if (problems.length > 0) {
    throw new BundleError(
      `the snapshot bundle uses import.meta, which a classic script lacks: ${problems
        .map((w) => `${w.location?.file ?? "?"}:${w.location?.line ?? "?"}: ${w.text}`)
        .join("; ")}`,
    );
  }
  const text = readFileSync(outFile, "utf8");
  // A file import() would need a module loader, which the snapshot entry has none of.
  const dynamic = /\bimport\(\s*["'`]/.exec(text);
  if (dynamic) throw new BundleError(`the snapshot bundle still has a dynamic import: ${dynamic[0]}`);
  return outFile;
}

/**
 * Built-ins that Node cannot carry in a user snapshot (node:http's parser crashes the
 * build) or does not promise to (it warns). The provider imports some of them at module
 * level (the Kubernetes client imports node:https) but uses them only inside calls, so
 * each becomes a stand-in that loads the real module on first use, after start-up.
 */
export const DEFERRED_BUILTINS = [
  "async_hooks",
  "child_process",
  "dgram",
  "http",
  "http2",
  "https",
  "inspector",
  "perf_hooks",
  "readline",
  "tls",
  "worker_threads",
];

const NAMESPACE = "deferred-builtin";

function deferBuiltins(): Plugin {
  const filter = new RegExp(`^(node:)?(${DEFERRED_BUILTINS.join("|")})$`);
  return {
    name: "defer-builtins",
    setup(b) {
      b.onResolve({ filter }, (args) => {
        const name = args.path.replace(/^node:/, "");
        // The stand-in's own require of the real module stays a plain require.
        if (args.namespace === NAMESPACE) return { path: `node:${name}`, external: true };
        return { path: name, namespace: NAMESPACE };
      });
      b.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: deferredModule(args.path),
        loader: "js",
        resolveDir: root,
      }));
    },
  };
}

/**
 * A CommonJS stand-in for a built-in: it lists the module's exports (taken from the
 * Node that bundles, which is the Node that builds the snapshot) without loading it,
 * so the bundler's import helpers can copy them, and loads the module when an export
 * is first read. Reading one while the snapshot is built is a build error that names it.
 */
function deferredModule(name: string): string {
  const keys = Object.keys(createRequire(import.meta.url)(`node:${name}`) as object);
  return `"use strict";
const { startupSnapshot } = require("node:v8");
const keys = ${JSON.stringify(keys)};
let real;
function load() {
  if (real) return real;
  if (startupSnapshot.isBuildingSnapshot())
    throw new Error("node:${name} was used while the start-up snapshot was built; it cannot live in one, so use it only inside calls (scripts/release/bundle.ts)");
  return (real = require("node:${name}"));
}
module.exports = new Proxy({}, {
  get: (_, key) => (key === "__esModule" ? undefined : load()[key]),
  has: (_, key) => keys.includes(key),
  ownKeys: () => [...keys],
  getOwnPropertyDescriptor: (_, key) =>
    keys.includes(key) ? { configurable: true, enumerable: true, writable: false, value: undefined } : undefined,
});
`;
}

if (import.meta.main) console.log(await bundleForSnapshot(join(root, "dist", "release", "provider.cjs")));
