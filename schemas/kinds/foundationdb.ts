import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";

const backupFramework =
  "the platform's backups (a BackupClass with the FoundationDB strategy, then BackupJob and RestoreJob)";

export const foundationdb = defineKind({
  kind: "FoundationDB",
  plural: "foundationdbs",
  singular: "foundationdb",
  prefix: "foundationdb-",
  tfType: "cozystack_foundationdb",
  chart: "foundationdb",
  category: "database",
  summary: "Managed FoundationDB distributed key-value store run by the FoundationDB operator.",
  spec: f.spec("FoundationDB cluster settings.", {
    cluster: f.object(
      "Database topology and engine.",
      {
        faultDomain: f.object(
          "How processes are spread so that one failure takes out only one replica.",
          {
            key: f.string("Node label that identifies a fault domain.", {
              default: "kubernetes.io/hostname",
            }),
            valueFrom: f.string("Pod field the fault domain value is read from.", {
              default: "spec.nodeName",
            }),
          },
          { default: {} },
        ),
        processCounts: f.object(
          "How many processes run in each role.",
          {
            cluster_controller: f.int("Cluster controller processes.", { default: 1 }),
            stateless: f.int("Stateless processes; -1 lets the operator choose.", { default: -1 }),
            storage: f.int("Storage processes; this sets the size of the cluster.", { default: 3 }),
          },
          { default: {} },
        ),
        redundancyMode: f.string(
          "Replication mode, e.g. single, double, triple, three_datacenter or three_datacenter_fallback.",
          { default: "double" },
        ),
        storageEngine: f.string("Storage engine, e.g. ssd-2, ssd-redwood-v1, ssd-rocksdb-v1 or memory.", {
          default: "ssd-2",
        }),
        version: f.string("FoundationDB version to run.", { default: "7.3.63" }),
      },
      { default: {} },
    ),
    storage: f.object(
      "Persistent volumes of the processes.",
      {
        size: f.quantity("Size of the volume of each process.", { default: "16Gi" }),
        storageClass: f.storageClass({
          description:
            "StorageClass for the volumes; empty uses the cluster default; cannot change after creation.",
        }),
      },
      { default: {} },
    ),
    resources: f.resources("CPU and memory for each process; when set, it replaces the preset."),
    resourcesPreset: f.resourcesPreset(
      "Sizing preset for each process when resources is not given.",
      "c1.small",
    ),
    backup: f.object(
      "Backups to S3 run by the chart itself.",
      {
        enabled: f.bool("Run the chart's own backups.", { default: false, deprecated: backupFramework }),
        retentionPolicy: f.string("How long backups are kept, e.g. 7d.", {
          default: "7d",
          deprecated: backupFramework,
        }),
        s3: f.object(
          "S3 storage the backups are written to.",
          {
            bucket: f.string("Bucket name.", { default: "", deprecated: backupFramework }),
            credentials: f.object(
              "S3 access keys.",
              {
                accessKeyId: f.string("S3 access key ID.", {
                  default: "",
                  sensitive: true,
                  deprecated: backupFramework,
                }),
                secretAccessKey: f.string("S3 secret access key.", {
                  default: "",
                  sensitive: true,
                  deprecated: backupFramework,
                }),
              },
              { default: {}, deprecated: backupFramework },
            ),
            endpoint: f.string("S3 endpoint URL.", { default: "", deprecated: backupFramework }),
            region: f.string("S3 region.", { default: "us-east-1", deprecated: backupFramework }),
          },
          { default: {}, deprecated: backupFramework },
        ),
      },
      { default: {}, deprecated: backupFramework },
    ),
    monitoring: f.object(
      "Health reporting to the platform.",
      {
        enabled: f.bool("Create a WorkloadMonitor so the platform tracks the storage processes.", {
          default: true,
        }),
      },
      { default: {} },
    ),
    customParameters: f.list(
      "Extra fdbserver parameters, each as a name=value string.",
      f.string("One parameter."),
      { default: [] },
    ),
    imageType: f.enumOf(
      ["unified", "split"],
      "Container image layout; switching an existing cluster to unified changes its images in place.",
      { default: "split" },
    ),
    securityContext: f.object(
      "User and group the containers run as.",
      {
        runAsGroup: f.int("Group ID of the containers.", { default: 4059, min: 0 }),
        runAsUser: f.int("User ID of the containers.", { default: 4059, min: 0 }),
      },
      { default: {} },
    ),
    automaticReplacements: f.bool("Let the operator replace failed pods on its own.", { default: true }),
  }),
  outputs: {
    fields: {
      cluster_name: {
        type: "string",
        description: "Name of the FoundationDBCluster object.",
        derive: (s) => s.release,
      },
      cluster_file_config_map: {
        type: "string",
        description: "ConfigMap whose cluster-file key holds the connection string clients need.",
        derive: (s) => `${s.release}-config`,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});
