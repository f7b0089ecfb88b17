import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { serviceHost, type OutputSource } from "../core/outputs.ts";

/** Kafka's own rule for topic names. */
const TOPIC_NAME = /^[a-zA-Z0-9._-]+$/;

/** Strimzi names bootstrap Service ports `tcp-<listener>`. */
const PLAIN_PORT = 9092;
const TLS_PORT = 9093;
const bootstrapPort = (s: OutputSource, name: string, fallback: number) =>
  s.service ? (s.service.ports[name] ?? fallback) : undefined;

export const kafka = defineKind({
  kind: "Kafka",
  plural: "kafkas",
  singular: "kafka",
  prefix: "kafka-",
  tfType: "cozystack_kafka",
  chart: "kafka",
  category: "messaging",
  summary: "Managed Apache Kafka cluster with ZooKeeper, run by Strimzi, with declarative topics.",
  spec: f.spec("Kafka cluster settings.", {
    external: f.external("Publish Kafka outside the cluster through a LoadBalancer listener on port 9094."),
    tls: f.object(
      "TLS of the external listener; the in-cluster TLS listener on 9093 is always on.",
      {
        enabled: f.bool(
          "Use TLS on the external listener; when unset, this follows external. Turning it off while external exposes Kafka unencrypted.",
        ),
      },
      { default: {} },
    ),
    topics: f.list(
      "Topics the platform creates and keeps in sync.",
      f.object("One topic.", {
        name: f.string("Topic name as clients see it: letters, digits, '.', '_' and '-'.", {
          required: true,
          minLength: 1,
          maxLength: 249,
        }),
        partitions: f.int("How many partitions the topic has.", { required: true, min: 0 }),
        replicas: f.int("How many copies of each partition are kept; at most the number of brokers.", {
          required: true,
          min: 0,
        }),
        config: f.free("Kafka topic settings by name, such as cleanup.policy or min.insync.replicas.", {
          required: true,
        }),
      }),
      { default: [] },
    ),
    kafka: f.object(
      "Kafka broker settings.",
      {
        replicas: f.int("How many Kafka brokers run.", { default: 3, min: 0 }),
        resources: f.resources("CPU and memory for each broker; when set, it replaces the preset."),
        resourcesPreset: f.resourcesPreset(
          "Sizing preset for each broker when resources is not given.",
          "c1.small",
        ),
        size: f.quantity("Size of the data volume of each broker.", { default: "10Gi" }),
        storageClass: f.storageClass({
          description:
            "StorageClass for broker volumes, also used for ZooKeeper; cannot change after creation.",
        }),
      },
      { default: {} },
    ),
    zookeeper: f.object(
      "ZooKeeper ensemble settings.",
      {
        replicas: f.int("How many ZooKeeper nodes run.", { default: 3, min: 0 }),
        resources: f.resources("CPU and memory for each ZooKeeper node; when set, it replaces the preset."),
        resourcesPreset: f.resourcesPreset(
          "Sizing preset for each ZooKeeper node when resources is not given.",
          "c1.small",
        ),
        size: f.quantity("Size of the data volume of each ZooKeeper node.", { default: "5Gi" }),
        storageClass: f.storageClass({
          description:
            "StorageClass meant for ZooKeeper volumes; the chart currently uses kafka.storageClass instead; cannot change after creation.",
        }),
      },
      { default: {} },
    ),
  }),
  crossField: ({ spec }) =>
    spec.topics.flatMap((topic, i) => {
      if (!topic) return [];
      const problems: Array<{ path: (string | number)[]; message: string }> = [];
      if (!TOPIC_NAME.test(topic.name)) {
        problems.push({
          path: ["topics", i, "name"],
          message: "Kafka topic names may only hold letters, digits, '.', '_' and '-'",
        });
      }
      if (topic.replicas > spec.kafka.replicas) {
        problems.push({
          path: ["topics", i, "replicas"],
          message: `topic ${topic.name} asks for ${topic.replicas} replicas but only ${spec.kafka.replicas} brokers run`,
        });
      }
      return problems;
    }),
  outputs: {
    secret: {
      name: (r) => `${r}-cluster-ca-cert`,
      layout: { type: "keys", keys: ["ca.crt", "ca.p12", "ca.password"] },
      mayAppearLate: true,
    },
    service: { name: (r) => `${r}-kafka-bootstrap`, ports: { "tcp-plain": PLAIN_PORT, "tcp-tls": TLS_PORT } },
    fields: {
      host: {
        type: "string",
        description: "In-cluster host name of the bootstrap service.",
        derive: serviceHost,
      },
      port: {
        type: "number",
        description: "Plaintext client port of the bootstrap service.",
        derive: (s) => bootstrapPort(s, "tcp-plain", PLAIN_PORT),
      },
      tls_port: {
        type: "number",
        description: "TLS client port of the bootstrap service.",
        derive: (s) => bootstrapPort(s, "tcp-tls", TLS_PORT),
      },
      bootstrap_servers: {
        type: "string",
        description: "host:port of the plaintext listener, ready for bootstrap.servers.",
        derive: (s) => {
          const host = serviceHost(s);
          const port = bootstrapPort(s, "tcp-plain", PLAIN_PORT);
          return host && port ? `${host}:${port}` : undefined;
        },
      },
      ca_cert: {
        type: "string",
        description: "PEM certificate of the cluster CA, for clients of the TLS listeners.",
        derive: (s) => s.secret?.["ca.crt"] || undefined,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});
