import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";

/** Memory amounts the chart accepts for kubelet reservations; empty means computed. */
const MEMORY_AMOUNT = /^$|^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;
/** CPU amounts the chart accepts for kubelet reservations; empty means computed. */
const CPU_AMOUNT = /^$|^([0-9]+m|[0-9]+(\.[0-9]+)?)$/;
/** Eviction thresholds: a percentage or a memory amount. */
const EVICTION_THRESHOLD =
  /^([0-9]+(\.[0-9]+)?%|[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?)$/;

export const kubernetesNodes = defineKind({
  kind: "KubernetesNodes",
  plural: "kubernetesnodeses",
  singular: "kubernetesnodes",
  prefix: "kubernetes-nodes-",
  tfType: "cozystack_kubernetes_nodes",
  chart: "kubernetes-nodes",
  chartVariant: "kubevirt",
  category: "compute",
  summary:
    "A pool of Talos worker VMs that joins a managed Kubernetes cluster, scaled by the cluster autoscaler.",
  spec: f.spec("Worker pool settings.", {
    cluster: f.string(
      "Name of the Kubernetes cluster in the same namespace that the pool joins; the pool must be named <cluster>-<pool>.",
      { default: "" },
    ),
    storageClass: f.storageClass({
      description:
        "StorageClass of the workers' system disks; it must offer ReadWriteMany, so prefer a replicated class.",
      default: "replicated",
      immutable: false,
    }),
    minReplicas: f.int("Fewest workers the autoscaler keeps in the pool.", { default: 0, min: 0 }),
    maxReplicas: f.int("Most workers the autoscaler may run in the pool.", { default: 10, min: 0 }),
    instanceType: f.string("KubeVirt instance type that sizes each worker VM.", {
      default: "u1.medium",
      options: "instancetype",
    }),
    diskSize: f.quantity("Size of each worker's system disk, which holds the OS, images and local volumes.", {
      default: "20Gi",
    }),
    roles: f.list(
      "Node roles; each adds the label node-role.kubernetes.io/<role> to the workers.",
      f.string("A role name, e.g. ingress-nginx."),
      { default: [] },
    ),
    resources: f.object(
      "Explicit CPU and memory of each worker instead of the instance type; set both or neither.",
      {
        cpu: f.quantity("CPU cores of each worker, e.g. 4."),
        memory: f.quantity("Memory of each worker, e.g. 8Gi."),
      },
      { default: {} },
    ),
    gpus: f.list(
      "GPUs passed through to each worker; NVIDIA drivers need at least 4 GiB of memory.",
      f.object("One GPU.", {
        name: f.string("GPU resource name, e.g. nvidia.com/AD102GL_L40S.", {
          required: true,
          options: "gpu",
        }),
      }),
      { default: [] },
    ),
    kubelet: f.object(
      "Resources the kubelet keeps back on each worker, and its memory eviction thresholds.",
      {
        evictionHardMemory: f.string("Free memory below which pods are evicted at once, e.g. 7% or 200Mi.", {
          default: "7%",
          pattern: EVICTION_THRESHOLD,
        }),
        evictionSoftMemory: f.string(
          "Free memory below which pods are evicted after a grace period, e.g. 10% or 1Gi.",
          {
            default: "10%",
            pattern: EVICTION_THRESHOLD,
          },
        ),
        kubeReservedCpu: f.string(
          "CPU kept for the kubelet and container runtime; computed from the size when empty.",
          {
            pattern: CPU_AMOUNT,
          },
        ),
        kubeReservedMemory: f.string(
          "Memory kept for the kubelet and container runtime; computed from the size when empty.",
          {
            pattern: MEMORY_AMOUNT,
          },
        ),
        systemReservedCpu: f.string("CPU kept for the operating system; computed from the size when empty.", {
          pattern: CPU_AMOUNT,
        }),
        systemReservedMemory: f.string(
          "Memory kept for the operating system; computed from the size when empty.",
          {
            pattern: MEMORY_AMOUNT,
          },
        ),
      },
      { default: {} },
    ),
    maxUnhealthy: f.string(
      "How many workers, as a number or a percentage, may be unhealthy before repairs pause.",
      {
        default: "50%",
        pattern: /^[0-9]+%?$/,
      },
    ),
    nodeStartupTimeout: f.string(
      "How long a new worker may take to become Ready before it is replaced, e.g. 10m.",
      {
        default: "10m",
      },
    ),
    version: f.enumOf(
      ["v1.35", "v1.34", "v1.33", "v1.32", "v1.31"],
      "Kubernetes minor version of the workers; must match the cluster's.",
      { default: "v1.35" },
    ),
    talos: f.object(
      "Talos OS image of the workers; keep it in line with the cluster's own settings.",
      {
        imageFactoryURL: f.string(
          "Base URL of the Talos Image Factory serving the worker disk image, without a trailing slash.",
          {
            default: "https://factory.talos.dev",
          },
        ),
        installerRepository: f.string(
          "OCI repository of the Talos installer used for upgrades, without a trailing slash.",
          {
            default: "factory.talos.dev/installer",
          },
        ),
        schematicID: f.string(
          "Image Factory schematic ID; change it to add system extensions or kernel arguments.",
          {
            default: "ce4c980550dd2ab1b17bbf2b08801c7eb59418eafe8f279833297925d67c7515",
          },
        ),
        version: f.string("Talos release of the worker image and installer.", { default: "v1.13.6" }),
      },
      { default: {} },
    ),
    images: f.object(
      "Image overrides for air-gapped or rate-limited registries.",
      {
        kubectl: f.string("kubectl image of the Talos reconcile job; empty uses the built-in one.", {
          default: "",
        }),
      },
      { default: {} },
    ),
  }),
  crossField: ({ name, spec }) => {
    const problems: Array<{ path: readonly (string | number)[]; message: string }> = [];
    if (spec.cluster === "") {
      problems.push({ path: ["cluster"], message: "must name the Kubernetes cluster this pool joins" });
    } else if (!name.startsWith(`${spec.cluster}-`) || name.length === spec.cluster.length + 1) {
      problems.push({
        path: ["metadata", "name"],
        message: `must be <cluster>-<pool>, i.e. start with "${spec.cluster}-" followed by the pool name`,
      });
    }
    const { cpu, memory } = spec.resources;
    if (spec.instanceType !== "" && Boolean(cpu) !== Boolean(memory)) {
      problems.push({ path: ["resources"], message: "set both cpu and memory, or neither" });
    }
    return problems;
  },
  example: { name: "prod-workers", spec: { cluster: "prod", maxReplicas: 5, instanceType: "u1.large" } },
  outputs: { fields: {} },
  readiness: { conditions: ["Ready"] },
  installTimeoutMinutes: 15,
});
