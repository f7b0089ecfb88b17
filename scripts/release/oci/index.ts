/**
 * The function and Configuration as OCI packages, built without Docker:
 *
 * - `function-cozystack-runtime/`: the runtime image (OCI layout): node with exactly
 *   the libraries it needs, CA certificates, passwd/group with the nonroot user, /tmp,
 *   and the function bundle (runtime.ts describes it);
 * - `function-cozystack/` and `function-cozystack.xpkg`: the Function package, that
 *   image plus the `package.yaml` layer (meta and input CRD);
 * - `configuration-cozystack/` and `configuration-cozystack.xpkg`: the Configuration
 *   package, the `package.yaml` layer (meta, XRDs, Compositions) alone.
 *
 * Layouts are what `crane push DIR REF` pushes with the layer annotation intact; the
 * `.xpkg` files are docker-style tarballs, as `crossplane xpkg build` writes them, for
 * `crossplane xpkg push -f`. Usage: node scripts/release/oci/index.ts [--out DIR] [--from DIR]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import project from "../../../package.json" with { type: "json" };
import { FUNCTION_NAME } from "../../../functions/generate/names.ts";
import { CONFIGURATION_NAME } from "../../../functions/generate/package.ts";
import { buildFunction } from "../../build-function.ts";
import { appendLayer, assembleImage, type Image, type ImageSpec } from "./image.ts";
import { dockerTarball, writeLayout } from "./layout.ts";
import { librariesOf } from "./libraries.ts";
import { nodeBinary } from "./node.ts";
import { fail, ok, type Result } from "./result.ts";
import { runtimeLayers } from "./rootfs.ts";
import { NODE, planRuntime, PLATFORM, RUNTIME_CONFIG } from "./runtime.ts";
import {
  baseLabel,
  packageFiles,
  packageLayer,
  packageStream,
  XPKG_ANNOTATION,
  XPKG_BASE,
  type PackageKind,
} from "./xpkg.ts";

const root = join(import.meta.dirname, "..", "..", "..");

export const RUNTIME_NAME = `${FUNCTION_NAME}-runtime`;

export interface BuildOptions {
  /** Where the layouts and .xpkg files go (default dist/packages). */
  outDir?: string;
  /**
   * Where the generated packages are read: a directory holding functions/package and
   * functions/configuration (default: the repository). Point it at the output of
   * `scripts/generate-crossplane.ts --out DIR` to package other refs or groups.
   */
  from?: string;
  /** Seconds since the epoch for every mtime and `created` (default SOURCE_DATE_EPOCH, else 0). */
  epoch?: number;
  /** The tag the layouts' index names (default v<package.json version>). */
  tag?: string;
}

export interface BuiltImage {
  name: string;
  layout: string;
  manifestDigest: string;
}

export interface Built {
  runtime: BuiltImage;
  function: BuiltImage & { xpkg: string };
  configuration: BuiltImage & { xpkg: string };
}

/** For the release: the two .xpkg files (their OCI layouts are beside them, without the extension). */
export async function buildPackages(options: {
  outDir: string;
}): Promise<{ function: string; configuration: string }> {
  const built = await buildAll(options);
  if (!built.ok) throw new Error(`building the Crossplane packages failed: ${built.error}`);
  return { function: built.value.function.xpkg, configuration: built.value.configuration.xpkg };
}

function epochFrom(options: BuildOptions): Result<number> {
  const raw = options.epoch ?? Number(process.env.SOURCE_DATE_EPOCH ?? 0);
  if (!Number.isInteger(raw) || raw < 0)
    return fail(`SOURCE_DATE_EPOCH must be a whole number of seconds, got ${raw}`);
  return ok(raw);
}

/** Every image, written under outDir; the first problem found stops the build. */
export async function buildAll(options: BuildOptions = {}): Promise<Result<Built>> {
  const outDir = options.outDir ?? join(root, "dist", "packages");
  const from = options.from ?? root;
  const tag = options.tag ?? `v${project.version}`;
  const epoch = epochFrom(options);
  if (!epoch.ok) return epoch;
  const created = new Date(epoch.value * 1000).toISOString().replace(/\.000Z$/, "Z");

  const node = nodeBinary();
  if (!node.ok) return node;
  const libraries = librariesOf(node.value);
  if (!libraries.ok) return libraries;
  const plan = planRuntime(libraries.value);
  if (!plan.ok) return plan;

  const bundleDir = mkdtempSync(join(tmpdir(), "function-bundle-"));
  try {
    const bundle = await buildFunction(bundleDir);
    const layers = await runtimeLayers(plan.value, { node: node.value, bundle }, epoch.value);
    if (!layers.ok) return layers;
    const runtime: ImageSpec = {
      platform: PLATFORM,
      created,
      config: RUNTIME_CONFIG,
      layers: [
        {
          layer: layers.value.system,
          createdBy: `node ${NODE.version} (npm ${NODE.package}), its libraries, CA certificates, passwd and group, /tmp`,
        },
        { layer: layers.value.function, createdBy: "function-cozystack bundle" },
      ],
    };
    const fn = await packaged("Function", from, epoch.value);
    if (!fn.ok) return fn;
    const configuration = await packaged("Configuration", from, epoch.value);
    if (!configuration.ok) return configuration;

    const images = {
      runtime: assembleImage(runtime),
      function: appendLayer(runtime, fn.value.top, fn.value.labels),
      configuration: assembleImage({
        platform: { os: "", architecture: "" },
        created,
        config: { Labels: configuration.value.labels },
        layers: [configuration.value.top],
      }),
    };
    const runtimeImage = write(outDir, RUNTIME_NAME, images.runtime, tag);
    const functionImage = writeXpkg(outDir, FUNCTION_NAME, images.function, tag);
    if (!functionImage.ok) return functionImage;
    const configurationImage = writeXpkg(outDir, CONFIGURATION_NAME, images.configuration, tag);
    if (!configurationImage.ok) return configurationImage;
    return ok({
      runtime: runtimeImage,
      function: functionImage.value,
      configuration: configurationImage.value,
    });
  } finally {
    rmSync(bundleDir, { recursive: true, force: true });
  }
}

/** The package layer of one kind, with its descriptor annotation and config label. */
async function packaged(kind: PackageKind, from: string, epoch: number) {
  const files = packageFiles(from, kind);
  if (!files.ok) return files;
  const stream = packageStream(kind, files.value);
  if (!stream.ok) return stream;
  const layer = await packageLayer(stream.value, epoch);
  if (!layer.ok) return layer;
  return ok({
    top: {
      layer: layer.value,
      createdBy: `crossplane ${kind} package.yaml`,
      annotations: { [XPKG_ANNOTATION]: XPKG_BASE },
    },
    labels: baseLabel(layer.value),
  });
}

function write(outDir: string, name: string, image: Image, tag: string): BuiltImage {
  const layout = join(outDir, name);
  writeLayout(layout, image, tag);
  return { name, layout, manifestDigest: image.manifest.digest };
}

function writeXpkg(
  outDir: string,
  name: string,
  image: Image,
  tag: string,
): Result<BuiltImage & { xpkg: string }> {
  const tarball = dockerTarball(image);
  if (!tarball.ok) return tarball;
  const xpkg = join(outDir, `${name}.xpkg`);
  const built = write(outDir, name, image, tag);
  writeFileSync(xpkg, tarball.value);
  return ok({ ...built, xpkg });
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { out: { type: "string" }, from: { type: "string" }, tag: { type: "string" } },
  });
  const built = await buildAll({ outDir: values.out, from: values.from, tag: values.tag });
  if (!built.ok) {
    console.error(`release/oci: ${built.error}`);
    process.exit(1);
  }
  for (const image of [built.value.runtime, built.value.function, built.value.configuration]) {
    console.log(`${image.layout}  ${image.manifestDigest}`);
  }
  console.log(built.value.function.xpkg);
  console.log(built.value.configuration.xpkg);
}
