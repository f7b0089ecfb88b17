import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { mainPort, type OutputSource } from "../core/outputs.ts";

/** With more than one replica the chart turns on replication, and writes must go to the primary. */
function replicated(s: OutputSource): boolean {
  const replicas = s.spec.replicas;
  return typeof replicas === "number" && replicas > 1;
}

const LEGACY_BACKUP = "the BackupClass / Plan backups of backups.cozystack.io";

export const mariadb = defineKind({
  kind: "MariaDB",
  plural: "mariadbs",
  singular: "mariadb",
  prefix: "mariadb-",
  tfType: "cozystack_mariadb",
  chart: "mariadb",
  category: "database",
  summary:
    "Managed MariaDB server run by mariadb-operator, with asynchronous replication, users and databases.",
  spec: f.spec("MariaDB settings.", {
    replicas: f.int(
      "How many MariaDB instances run; with more than one, one is primary and the rest replicate.",
      {
        default: 2,
        min: 0,
      },
    ),
    resources: f.resources("CPU and memory for each instance; when set, it replaces the preset."),
    resourcesPreset: f.resourcesPreset(
      "Sizing preset for each instance when resources is not given.",
      "t1.nano",
    ),
    size: f.quantity("Size of the data volume of each instance.", { default: "10Gi" }),
    storageClass: f.storageClass(),
    external: f.external(),
    version: f.enumOf(["v11.8", "v11.4", "v10.11", "v10.6"], "MariaDB major.minor version.", {
      default: "v11.8",
    }),
    users: f.map(
      "Database users by name; the user root sets the root password.",
      f.object("Settings of one user.", {
        maxUserConnections: f.int("Most connections the user may hold at once.", { required: true }),
        password: f.string("The user's password.", { required: true, sensitive: true }),
      }),
      { default: {} },
    ),
    databases: f.map(
      "Databases by name.",
      f.object("Settings of one database.", {
        roles: f.object("Which users get which access to this database.", {
          admin: f.list("Users granted all privileges on the database.", f.string("A user name.")),
          readonly: f.list("Users that may only read (SELECT).", f.string("A user name.")),
        }),
      }),
      { default: {} },
    ),
    backup: f.object(
      "Legacy scheduled dumps to S3 with mariadb-dump and restic.",
      {
        enabled: f.bool("Run the legacy backup job.", { default: false, deprecated: LEGACY_BACKUP }),
        s3Region: f.string("S3 region of the backup bucket.", {
          default: "us-east-1",
          deprecated: LEGACY_BACKUP,
        }),
        s3Bucket: f.string("S3 bucket, with its host, that backups are written to.", {
          default: "s3.example.org/mariadb-backups",
          deprecated: LEGACY_BACKUP,
        }),
        schedule: f.string("Cron schedule of the backup job.", {
          default: "0 2 * * *",
          deprecated: LEGACY_BACKUP,
        }),
        cleanupStrategy: f.string("restic forget options that decide which old backups are removed.", {
          default: "--keep-last=3 --keep-daily=3 --keep-within-weekly=1m",
          deprecated: LEGACY_BACKUP,
        }),
        s3AccessKey: f.string("S3 access key.", {
          default: "<your-access-key>",
          sensitive: true,
          deprecated: LEGACY_BACKUP,
        }),
        s3SecretKey: f.string("S3 secret key.", {
          default: "<your-secret-key>",
          sensitive: true,
          deprecated: LEGACY_BACKUP,
        }),
        resticPassword: f.string("Password restic encrypts the backups with.", {
          default: "<password>",
          sensitive: true,
          deprecated: LEGACY_BACKUP,
        }),
      },
      { default: {}, deprecated: LEGACY_BACKUP },
    ),
  }),
  example: {
    name: "shop",
    spec: {
      replicas: 2,
      users: { shop: { password: "change-me", maxUserConnections: 100 } },
      databases: { shop: { roles: { admin: ["shop"] } } },
    },
  },
  outputs: {
    secret: { name: (r) => `${r}-credentials`, layout: { type: "per-user", extraKeys: ["root"] } },
    service: { name: (r) => r, ports: { mysql: 3306 } },
    fields: {
      host: {
        type: "string",
        description:
          "In-cluster host name for writes: the primary service when replicated, otherwise the main service.",
        derive: (s) =>
          s.service
            ? `${replicated(s) ? `${s.release}-primary` : s.service.name}.${s.namespace}.svc`
            : undefined,
      },
      port: { type: "number", description: "MariaDB port.", derive: mainPort },
      read_host: {
        type: "string",
        description:
          "In-cluster host name of the replicas' read-only service; absent with a single instance.",
        derive: (s) => (s.service && replicated(s) ? `${s.release}-secondary.${s.namespace}.svc` : undefined),
      },
      root_password: {
        type: "string",
        sensitive: true,
        description: "Password of the root user.",
        derive: (s) => s.secret?.root,
      },
      passwords: {
        type: "map",
        sensitive: true,
        description: "Password of each user, by user name, including root.",
        derive: (s) => s.secret,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});
