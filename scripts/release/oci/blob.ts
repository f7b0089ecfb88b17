/**
 * Content-addressed blobs, as OCI stores them: bytes, their sha256 digest and size,
 * and image layers (a gzipped tar, whose digest names the blob, and the digest of the
 * tar itself, the `diff_id` an image config lists).
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { type TarEntry, writeTar } from "./tar.ts";
import { ok, type Result } from "./result.ts";

const gzip = promisify(gzipCallback);

export const MEDIA_TYPES = {
  index: "application/vnd.oci.image.index.v1+json",
  manifest: "application/vnd.oci.image.manifest.v1+json",
  config: "application/vnd.oci.image.config.v1+json",
  layer: "application/vnd.oci.image.layer.v1.tar+gzip",
} as const;

export interface Blob {
  data: Buffer;
  /** "sha256:<hex>" */
  digest: string;
  size: number;
}

export interface Layer extends Blob {
  /** Digest of the uncompressed tar. */
  diffId: string;
}

export const sha256 = (data: Buffer): string => `sha256:${createHash("sha256").update(data).digest("hex")}`;

export const blobOf = (data: Buffer): Blob => ({ data, digest: sha256(data), size: data.length });

/** JSON as a blob: the bytes are exactly what is hashed, so they are stored as they are. */
export const jsonBlob = (value: unknown): Blob => blobOf(Buffer.from(JSON.stringify(value)));

/**
 * A layer from tar entries. gzip level 6 (the usual default) runs on the thread pool;
 * Node's gzip header has no file name and a zero time, so equal tars give equal blobs.
 */
export async function layerOf(entries: TarEntry[], mtime = 0): Promise<Result<Layer>> {
  const tar = writeTar(entries, mtime);
  if (!tar.ok) return tar;
  const data = await gzip(tar.value, { level: 6 });
  return ok({ ...blobOf(data), diffId: sha256(tar.value) });
}
