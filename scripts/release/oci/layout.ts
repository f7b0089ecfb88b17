/**
 * Writes images as an OCI image layout (`oci-layout`, `index.json`, `blobs/sha256/…`)
 * and as a docker-style image tarball, the format `crossplane xpkg build` writes its
 * `.xpkg` files in (go-containerregistry's tarball.Write: the config as `sha256:<hex>`,
 * each layer as `<hex>.tar.gz`, and `manifest.json`).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MEDIA_TYPES, type Blob } from "./blob.ts";
import type { Image } from "./image.ts";
import { writeTar, type TarEntry } from "./tar.ts";
import type { Result } from "./result.ts";

export const REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";

const hexOf = (digest: string) => digest.slice("sha256:".length);

/** Replaces `dir` with a layout holding one image, tagged `refName` in the index. */
export function writeLayout(dir: string, image: Image, refName: string): void {
  rmSync(dir, { recursive: true, force: true });
  const blobs = join(dir, "blobs", "sha256");
  mkdirSync(blobs, { recursive: true });
  const write = (blob: Blob) => writeFileSync(join(blobs, hexOf(blob.digest)), blob.data);
  [image.config, ...image.layers, image.manifest].forEach(write);
  writeFileSync(join(dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: "1.0.0" }));
  const { os, architecture } = image.spec.platform;
  writeFileSync(
    join(dir, "index.json"),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.index,
      manifests: [
        {
          mediaType: MEDIA_TYPES.manifest,
          digest: image.manifest.digest,
          size: image.manifest.size,
          ...(os && architecture ? { platform: { architecture, os } } : {}),
          annotations: { [REF_NAME_ANNOTATION]: refName },
        },
      ],
    }),
  );
}

/** The docker-style tarball of one image; `repoTag` (e.g. "ghcr.io/o/n:v1") is optional, as with `xpkg build`. */
export function dockerTarball(image: Image, repoTag?: string): Result<Buffer> {
  const file = (path: string, data: Buffer): TarEntry => ({ type: "file", path, mode: 0o644, data });
  const layerFiles = image.layers.map((layer) => `${hexOf(layer.digest)}.tar.gz`);
  const manifest = [
    { Config: image.config.digest, RepoTags: repoTag ? [repoTag] : null, Layers: layerFiles },
  ];
  const unique = new Map(image.layers.map((layer, i) => [layerFiles[i]!, layer.data]));
  return writeTar([
    file(image.config.digest, image.config.data),
    ...[...unique].map(([path, data]) => file(path, data)),
    file("manifest.json", Buffer.from(JSON.stringify(manifest))),
  ]);
}
