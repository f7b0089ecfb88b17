import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { dns1035Name, HELM_RELEASE_NAME_MAX, type NameRule } from "../core/names.ts";
import { mainPort, serviceHost } from "../core/outputs.ts";
import { RESOURCES_PRESETS, type ResourcesPreset } from "../core/presets.ts";

/** Pool names become object names; the chart wants DNS labels. */
const POOL_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
/** Disk type tags the chart accepts. */
const DISK_TYPE = /^[a-z0-9]+$/;
/** Suffixes the chart keeps for its own COSI bucket classes. */
const RESERVED_POOL_SUFFIXES = ["-lock", "-readonly"];

/** The chart also installs `<name>-system`, which must fit Helm's release name limit too. */
const SYSTEM_SUFFIX = "-system";
const names: NameRule = (ctx) => {
  const problems = dns1035Name("")(ctx);
  const max = HELM_RELEASE_NAME_MAX - SYSTEM_SUFFIX.length;
  if (ctx.name.length > max) {
    problems.push(
      `must be at most ${max} characters (the inner Helm release "${ctx.name}${SYSTEM_SUFFIX}" would exceed ${HELM_RELEASE_NAME_MAX})`,
    );
  }
  return problems;
};

const presetOrInherit = (description: string) =>
  f.enumOf(RESOURCES_PRESETS as [ResourcesPreset, ...ResourcesPreset[]], description);

/** A storage pool: its own volume servers for one disk type. */
const pool = (scope: string) =>
  f.object(`One storage pool${scope}.`, {
    diskType: f.string(
      "Disk type tag of the pool's volumes, lower-case letters and digits such as ssd or nvme.",
      {
        required: true,
      },
    ),
    replicas: f.int("How many volume servers the pool runs; defaults to the zone's or volume's count.", {
      min: 0,
    }),
    size: f.quantity("Size of each volume server's disk; defaults to the zone's or volume's size."),
    storageClass: f.storageClass({
      description: "StorageClass of the pool's disks; defaults to the zone's or volume's.",
      immutable: false,
      noDefault: true,
    }),
    resources: f.resources(
      "CPU and memory for each of the pool's volume servers; when set, it replaces the preset.",
      {
        noDefault: true,
      },
    ),
    resourcesPreset: presetOrInherit(
      "Sizing preset for the pool's volume servers; defaults to the volume preset.",
    ),
  });

/** Explicit resources plus a preset, as every SeaweedFS component takes them. */
const sizing = (what: string) => ({
  resources: f.resources(`CPU and memory for each ${what}; when set, it replaces the preset.`),
  resourcesPreset: f.resourcesPreset(
    `Sizing preset for each ${what} when resources is not given.`,
    "t1.small",
  ),
});

export const seaweedfs = defineKind({
  kind: "SeaweedFS",
  plural: "seaweedfses",
  singular: "seaweedfs",
  prefix: "",
  tfType: "cozystack_seaweedfs",
  chart: "seaweedfs",
  category: "module",
  summary: "A tenant's own SeaweedFS object store, serving S3 and backing the tenant's buckets.",
  spec: f.spec("SeaweedFS module settings.", {
    host: f.string("Public host name of the S3 endpoint; empty means s3.<tenant domain>.", { default: "" }),
    topology: f.enumOf(
      ["Simple", "MultiZone", "Client"],
      "Simple: one site; MultiZone: volumes spread over zones; Client: use a remote filer. Fixed after the first install.",
      { default: "Simple", immutable: true },
    ),
    replicationFactor: f.int("How many copies of each volume are kept.", { default: 2, min: 1 }),
    db: f.object(
      "The PostgreSQL database holding the filer's metadata.",
      {
        replicas: f.int("How many database instances run.", { default: 2, min: 0 }),
        size: f.quantity("Size of each database instance's volume.", { default: "10Gi" }),
        storageClass: f.storageClass({ immutable: false }),
        ...sizing("database instance"),
      },
      { default: {} },
    ),
    master: f.object(
      "Master servers, which track where volumes live.",
      {
        replicas: f.int("How many master servers run.", { default: 3, min: 0 }),
        ...sizing("master server"),
      },
      { default: {} },
    ),
    filer: f.object(
      "Filer servers, which keep the file and bucket namespace.",
      {
        replicas: f.int("How many filer servers run.", { default: 2, min: 0 }),
        ...sizing("filer server"),
        grpcHost: f.string(
          "Host name of the filer's gRPC endpoint: published on this name, or in Client topology the remote filer to use.",
          { default: "" },
        ),
        grpcPort: f.int("Port of the filer's gRPC endpoint.", { default: 443, min: 1, max: 65535 }),
        whitelist: f.list(
          "Networks (CIDRs or addresses) allowed to reach the published filer endpoint; empty admits no one.",
          f.string("A network in CIDR form, or a single address."),
          { default: [] },
        ),
      },
      { default: {} },
    ),
    volume: f.object(
      "Volume servers, which store the data.",
      {
        replicas: f.int("How many volume servers run.", { default: 2, min: 0 }),
        size: f.quantity("Size of each volume server's disk.", { default: "10Gi" }),
        storageClass: f.storageClass({ immutable: false }),
        diskType: f.string(
          "Disk type tag of the default volume servers, lower-case letters and digits; empty for none.",
          {
            default: "",
            pattern: /^[a-z0-9]*$/,
          },
        ),
        ...sizing("volume server"),
        zones: f.map(
          "Zones by name, for MultiZone topology; by default a zone's pods go to nodes labelled with that zone.",
          f.object("One zone.", {
            replicas: f.int("How many volume servers run in the zone; defaults to the volume count.", {
              min: 0,
            }),
            size: f.quantity("Size of each of the zone's volume server disks; defaults to the volume size."),
            storageClass: f.storageClass({
              description: "StorageClass of the zone's disks; defaults to the volume's.",
              immutable: false,
              noDefault: true,
            }),
            dataCenter: f.string("SeaweedFS data center name of the zone; defaults to the zone name."),
            nodeSelector: f.string("Node selector for the zone's pods, as YAML; defaults to the zone label."),
            pools: f.map(
              "Storage pools in this zone by name, each with its own volume servers.",
              pool(" in a zone"),
            ),
          }),
          { default: {} },
        ),
        pools: f.map(
          "Storage pools by name, each with its own volume servers and disk type; not for MultiZone or Client.",
          pool(""),
          {
            default: {},
            keys: POOL_NAME,
          },
        ),
      },
      { default: {} },
    ),
    s3: f.object(
      "S3 gateway servers.",
      {
        replicas: f.int("How many S3 gateway servers run.", { default: 2, min: 0 }),
        ...sizing("S3 gateway server"),
      },
      { default: {} },
    ),
  }),
  names,
  crossField: ({ spec }) => {
    const problems: Array<{ path: (string | number)[]; message: string }> = [];
    const { topology, volume } = spec;
    const zoneNames = Object.keys(volume.zones);
    if (topology === "Client" && !spec.filer.grpcHost) {
      problems.push({
        path: ["filer", "grpcHost"],
        message: "must be set in Client topology: it names the remote filer",
      });
    }
    if (topology === "MultiZone") {
      if (zoneNames.length === 0) {
        problems.push({ path: ["volume", "zones"], message: "MultiZone topology needs at least one zone" });
      } else if (spec.replicationFactor > zoneNames.length) {
        problems.push({
          path: ["replicationFactor"],
          message: `must not exceed the number of zones (${zoneNames.length}) in MultiZone topology`,
        });
      }
    }
    if (topology !== "Simple" && Object.keys(volume.pools).length > 0) {
      problems.push({
        path: ["volume", "pools"],
        message: `not supported in ${topology} topology${topology === "MultiZone" ? "; use volume.zones.<zone>.pools" : ""}`,
      });
    }
    const checkPool = (path: (string | number)[], poolName: string, diskType: string) => {
      if (RESERVED_POOL_SUFFIXES.some((suffix) => poolName.endsWith(suffix))) {
        problems.push({
          path,
          message: `pool names may not end with ${RESERVED_POOL_SUFFIXES.join(" or ")}`,
        });
      }
      if (volume.diskType && diskType === volume.diskType) {
        problems.push({
          path: [...path, "diskType"],
          message: `must differ from volume.diskType (${volume.diskType})`,
        });
      }
    };
    const poolDiskTypes = new Map<string, string>();
    for (const [poolName, p] of Object.entries(volume.pools)) {
      if (!p) continue;
      if (!DISK_TYPE.test(p.diskType)) {
        problems.push({
          path: ["volume", "pools", poolName, "diskType"],
          message: "must be lower-case letters and digits",
        });
      }
      checkPool(["volume", "pools", poolName], poolName, p.diskType);
      poolDiskTypes.set(poolName, p.diskType);
    }
    if (topology === "MultiZone") {
      for (const [zoneName, zone] of Object.entries(volume.zones)) {
        for (const [poolName, p] of Object.entries(zone?.pools ?? {})) {
          if (!p) continue;
          const path = ["volume", "zones", zoneName, "pools", poolName];
          if (!POOL_NAME.test(poolName)) {
            problems.push({
              path,
              message: "pool names must be DNS labels: lower-case letters, digits and '-'",
            });
          }
          if (!DISK_TYPE.test(p.diskType)) {
            problems.push({ path: [...path, "diskType"], message: "must be lower-case letters and digits" });
          }
          checkPool(path, poolName, p.diskType);
          const seen = poolDiskTypes.get(poolName);
          if (seen !== undefined && seen !== p.diskType) {
            problems.push({
              path: [...path, "diskType"],
              message: `pool ${poolName} has disk type ${seen} elsewhere; a pool must use one disk type in every zone`,
            });
          }
          poolDiskTypes.set(poolName, p.diskType);
          if (zoneNames.includes(`${zoneName}-${poolName}`)) {
            problems.push({
              path,
              message: `its volume servers would be named ${zoneName}-${poolName}, the name of a zone`,
            });
          }
        }
      }
    }
    return problems;
  },
  outputs: {
    service: { name: () => "seaweedfs-s3", ports: { s3: 8333 } },
    fields: {
      s3_host: {
        type: "string",
        description: "In-cluster host name of the S3 gateway.",
        derive: serviceHost,
      },
      s3_port: { type: "number", description: "In-cluster port of the S3 gateway.", derive: mainPort },
      s3_endpoint: {
        type: "string",
        description: "Public S3 endpoint URL; known only when host is set and the topology is not Client.",
        derive: (s) =>
          typeof s.spec.host === "string" && s.spec.host && s.spec.topology !== "Client"
            ? `https://${s.spec.host}`
            : undefined,
      },
      bucket_class: {
        type: "string",
        description:
          "COSI BucketClass through which this store provisions buckets; it is named after the namespace.",
        derive: (s) => s.namespace,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});
