/**
 * An OCI image from layers: its config and manifest blobs, ready to be written as an
 * OCI image layout or a docker-style tarball.
 */
import { blobOf, jsonBlob, MEDIA_TYPES, type Blob, type Layer } from "./blob.ts";

/** The runtime part of an image config (the `config` object of the OCI config). */
export interface RuntimeConfig {
  User?: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  WorkingDir?: string;
  Labels?: Record<string, string>;
}

export interface ImageLayer {
  layer: Layer;
  /** What the layer holds, for the config's history (what `docker history` shows). */
  createdBy: string;
  /** Annotations of the layer's descriptor in the manifest. */
  annotations?: Record<string, string>;
}

export interface ImageSpec {
  /** Empty strings for packages that carry no platform, as `crossplane xpkg build` leaves them. */
  platform: { os: string; architecture: string };
  /** RFC 3339; fixed, so equal inputs give equal digests. */
  created: string;
  config: RuntimeConfig;
  layers: ImageLayer[];
}

export interface Image {
  spec: ImageSpec;
  config: Blob;
  manifest: Blob;
  layers: Layer[];
}

export function assembleImage(spec: ImageSpec): Image {
  const config = jsonBlob({
    architecture: spec.platform.architecture,
    os: spec.platform.os,
    created: spec.created,
    config: spec.config,
    rootfs: { type: "layers", diff_ids: spec.layers.map((l) => l.layer.diffId) },
    history: spec.layers.map((l) => ({ created: spec.created, created_by: l.createdBy })),
  });
  const manifest = blobOf(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.manifest,
        config: { mediaType: MEDIA_TYPES.config, digest: config.digest, size: config.size },
        layers: spec.layers.map(({ layer, annotations }) => ({
          mediaType: MEDIA_TYPES.layer,
          digest: layer.digest,
          size: layer.size,
          ...(annotations ? { annotations } : {}),
        })),
      }),
    ),
  );
  return { spec, config, manifest, layers: spec.layers.map((l) => l.layer) };
}

/** An image with one more layer on top: the config and manifest are made anew, the layers shared. */
export function appendLayer(base: ImageSpec, top: ImageLayer, labels: Record<string, string> = {}): Image {
  return assembleImage({
    ...base,
    config: { ...base.config, Labels: { ...base.config.Labels, ...labels } },
    layers: [...base.layers, top],
  });
}
