import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import type { OutputSource } from "../core/outputs.ts";
import { parseQuantity, suffixMultiplier } from "../core/quantity.ts";

/**
 * A memory amount as the chart's kubelet checks read it: digits, optional exponent,
 * optional unit. Unlike a Kubernetes quantity it may carry both (1e3Mi).
 */
const MEMORY = /^([0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;
const PERCENT = /^([0-9]+(?:\.[0-9]+)?)%$/;

/** Empty means "let the chart compute it". */
const OPTIONAL_MEMORY = /^(?:[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?)?$/;
const OPTIONAL_CPU = /^(?:[0-9]+m|[0-9]+(?:\.[0-9]+)?)?$/;
/** A percentage or a memory amount; empty falls back to the chart default. */
const EVICTION =
  /^(?:[0-9]+(?:\.[0-9]+)?%|[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?)?$/;
/** What Cluster API's MachineHealthCheck takes: a whole number or a whole percentage. */
const MAX_UNHEALTHY = /^[0-9]+%?$/;

function memoryBytes(value: string): number | undefined {
  const match = MEMORY.exec(value);
  if (!match) return undefined;
  const multiplier = suffixMultiplier(match[2] ?? "");
  return multiplier === undefined ? undefined : Number(match[1]) * multiplier;
}

/** Volume names the chart adds to the control-plane pod itself. */
const RESERVED_VOLUMES = ["talos-ca", "talos-tls-cert"];
const ALLOWED_VOLUME_SOURCES = ["configMap", "secret"];
/** The spellings Helm treats as true in the ouroboros gatewayApi guard. */
const TRUTHY = ["true", "1", "yes", "on", "y"];

/** Host of the `server:` URL in a kubeconfig. */
function kubeconfigServerHost(kubeconfig: string | undefined): string | undefined {
  const server = kubeconfig ? /^\s*server:\s*["']?([^"'\s]+)/m.exec(kubeconfig)?.[1] : undefined;
  if (!server) return undefined;
  try {
    return new URL(server).hostname || undefined;
  } catch {
    return undefined;
  }
}

function apiServerHost(s: OutputSource): string | undefined {
  const fromKubeconfig = kubeconfigServerHost(s.secret?.["admin.conf"]);
  if (fromKubeconfig) return fromKubeconfig;
  const host = s.spec.host;
  return typeof host === "string" && host !== "" ? host : undefined;
}

type Problem = { path: (string | number)[]; message: string };
type FreeItem = Record<string, unknown> | undefined;

/**
 * The chart's checks of controlPlane.apiServer.extraVolumes and extraVolumeMounts:
 * named, unique, not reserved, one configMap or secret source, mounts of declared volumes.
 */
function extraVolumeProblems(
  extraVolumes: FreeItem[],
  extraVolumeMounts: FreeItem[],
  oidcOn: boolean,
): Problem[] {
  const problems: Problem[] = [];
  const volumeNames = new Set<string>();
  extraVolumes.forEach((volume, i) => {
    const at = ["controlPlane", "apiServer", "extraVolumes", i];
    const name = typeof volume?.name === "string" ? volume.name : "";
    if (name === "") {
      problems.push({ path: at, message: "every volume needs a non-empty name" });
      return;
    }
    if (RESERVED_VOLUMES.includes(name) || (oidcOn && name === "authentication-config")) {
      problems.push({ path: [...at, "name"], message: `volume name ${name} is reserved by the platform` });
    }
    if (volumeNames.has(name))
      problems.push({ path: [...at, "name"], message: `duplicate volume name ${name}` });
    volumeNames.add(name);
    const sources = Object.keys(volume ?? {}).filter((k) => k !== "name");
    if (sources.length !== 1) {
      problems.push({ path: at, message: `must have exactly one source, got ${sources.length}` });
    } else if (!ALLOWED_VOLUME_SOURCES.includes(sources[0]!)) {
      problems.push({ path: at, message: `source ${sources[0]} is not allowed; use configMap or secret` });
    }
  });
  extraVolumeMounts.forEach((mount, i) => {
    const at = ["controlPlane", "apiServer", "extraVolumeMounts", i];
    const name = typeof mount?.name === "string" ? mount.name : "";
    if (name === "") {
      problems.push({ path: at, message: "every mount needs a non-empty name" });
    } else if (!volumeNames.has(name)) {
      problems.push({
        path: [...at, "name"],
        message: `no volume ${name} in controlPlane.apiServer.extraVolumes`,
      });
    }
  });
  return problems;
}

const valuesOverride = () =>
  f.free("Helm values merged over the platform's defaults for this addon.", { default: {} });

export const kubernetes = defineKind({
  kind: "Kubernetes",
  plural: "kuberneteses",
  singular: "kubernetes",
  prefix: "kubernetes-",
  tfType: "cozystack_kubernetes",
  chart: "kubernetes",
  chartVariant: "kubevirt",
  category: "compute",
  summary:
    "Managed Kubernetes cluster: a Kamaji control plane with Talos worker VMs on KubeVirt, plus optional addons.",
  installTimeoutMinutes: 20,
  spec: f.spec("Kubernetes cluster settings.", {
    storageClass: f.storageClass({
      default: "replicated",
      description:
        "Default StorageClass inside the cluster and for worker disks; remote LINSTOR classes appear in the cluster under the same name. Cannot change after creation.",
    }),
    nodeGroups: f.map(
      "Worker node groups by name; when empty, one group md0 with no nodes until the autoscaler adds some and the ingress-nginx role.",
      f.object("Settings of one worker node group.", {
        diskSize: f.quantity(
          "Size of each worker's system disk, which holds the OS, kubelet state and image cache.",
          {
            default: "20Gi",
          },
        ),
        gpus: f.list(
          "GPUs passed through to each worker; the NVIDIA driver needs at least 4 GiB of memory.",
          f.object("One GPU to attach.", {
            name: f.string("GPU resource name, e.g. nvidia.com/AD102GL_L40S.", {
              required: true,
              options: "gpu",
            }),
          }),
        ),
        instanceType: f.string("KubeVirt instance type that sizes each worker VM.", {
          default: "u1.medium",
          options: "instancetype",
        }),
        kubelet: f.object(
          "Resources the kubelet keeps back on each worker, and its memory eviction thresholds.",
          {
            evictionHardMemory: f.string(
              "Free memory below which pods are evicted at once, as a percentage or an amount; lower than the soft threshold.",
              { default: "7%", pattern: EVICTION },
            ),
            evictionSoftMemory: f.string(
              "Free memory below which pods are evicted after a grace period, as a percentage or an amount.",
              { default: "10%", pattern: EVICTION },
            ),
            kubeReservedCpu: f.string(
              "CPU kept for the kubelet and container runtime, e.g. 100m; empty derives it from the VM size.",
              {
                pattern: OPTIONAL_CPU,
              },
            ),
            kubeReservedMemory: f.string(
              "Memory kept for the kubelet and container runtime, e.g. 256Mi; empty derives it from the VM size.",
              { pattern: OPTIONAL_MEMORY },
            ),
            systemReservedCpu: f.string(
              "CPU kept for the operating system, e.g. 100m; empty derives it from the VM size.",
              {
                pattern: OPTIONAL_CPU,
              },
            ),
            systemReservedMemory: f.string(
              "Memory kept for the operating system, e.g. 256Mi; empty derives it from the VM size.",
              {
                pattern: OPTIONAL_MEMORY,
              },
            ),
          },
        ),
        maxReplicas: f.int("Most workers the autoscaler may run in this group.", { default: 10, min: 0 }),
        maxUnhealthy: f.string(
          "Unhealthy workers tolerated before automatic repair pauses, as a number or percentage; unset uses nodeHealthCheck.",
          { pattern: MAX_UNHEALTHY },
        ),
        minReplicas: f.int("Fewest workers kept in this group.", { default: 0, min: 0 }),
        nodeStartupTimeout: f.string(
          "How long a new worker may take to become Ready before it is replaced, e.g. 10m; unset uses nodeHealthCheck.",
        ),
        resources: f.resources(
          "Explicit CPU and memory for each worker instead of the instance type; give both or neither.",
          { noDefault: true },
        ),
        roles: f.list("Node roles given to the workers, e.g. ingress-nginx.", f.string("A role name.")),
        storageClass: f.storageClass({
          noDefault: true,
          immutable: false,
          description:
            "StorageClass of the worker disks; it must offer ReadWriteMany. Empty uses the cluster's storageClass.",
        }),
      }),
      { default: {} },
    ),
    version: f.enumOf(["v1.35", "v1.34", "v1.33", "v1.32", "v1.31"], "Kubernetes minor version.", {
      default: "v1.35",
    }),
    host: f.string("Public host name of the API server; empty means kubernetes-<name>.<tenant host>.", {
      default: "",
    }),
    addons: f.object(
      "Components installed inside the cluster.",
      {
        certManager: f.object(
          "cert-manager, which issues TLS certificates.",
          {
            enabled: f.bool("Install cert-manager.", { default: false }),
            valuesOverride: valuesOverride(),
          },
          { default: {} },
        ),
        cilium: f.object(
          "Cilium, the cluster's network plugin; always installed.",
          { valuesOverride: valuesOverride() },
          { default: {} },
        ),
        coredns: f.object(
          "CoreDNS, the cluster's DNS server; always installed.",
          { valuesOverride: valuesOverride() },
          { default: {} },
        ),
        fluxcd: f.object(
          "Flux, for GitOps deployments inside the cluster.",
          {
            enabled: f.bool("Install Flux.", { default: false }),
            valuesOverride: valuesOverride(),
          },
          { default: {} },
        ),
        gatewayAPI: f.object(
          "Gateway API resource definitions.",
          { enabled: f.bool("Install the Gateway API CRDs.", { default: false }) },
          { default: {} },
        ),
        gpuOperator: f.object(
          "NVIDIA GPU Operator, which sets up drivers on GPU workers.",
          {
            enabled: f.bool("Install the GPU Operator.", { default: false }),
            valuesOverride: valuesOverride(),
          },
          { default: {} },
        ),
        hami: f.object(
          "HAMi, which shares GPUs between pods.",
          {
            enabled: f.bool("Install HAMi; needs gpuOperator enabled.", { default: false }),
            valuesOverride: valuesOverride(),
          },
          { default: {} },
        ),
        ingressNginx: f.object(
          "ingress-nginx controller, run on workers with the ingress-nginx role.",
          {
            enabled: f.bool("Install ingress-nginx.", { default: false }),
            exposeMethod: f.enumOf(
              ["Proxied", "LoadBalancer"],
              "How traffic reaches it: through the tenant's ingress (Proxied) or its own LoadBalancer.",
              { default: "Proxied" },
            ),
            hosts: f.list(
              "Domains the tenant's ingress forwards to this cluster when Proxied.",
              f.string("A domain name."),
              {
                default: [],
              },
            ),
            valuesOverride: valuesOverride(),
          },
          { default: {} },
        ),
        monitoringAgents: f.object(
          "Agents that ship the cluster's metrics and logs to the tenant's monitoring.",
          {
            enabled: f.bool("Install the monitoring agents.", { default: false }),
            valuesOverride: valuesOverride(),
          },
          { default: {} },
        ),
        ouroboros: f.object(
          "Ouroboros, which fixes hairpin traffic to ingress-nginx when it uses the PROXY protocol.",
          {
            enabled: f.bool("Install ouroboros; needs ingressNginx enabled.", { default: false }),
            valuesOverride: valuesOverride(),
          },
          { default: {} },
        ),
        velero: f.object(
          "Velero, for backing up and restoring cluster resources.",
          {
            enabled: f.bool("Install Velero.", { default: false }),
            valuesOverride: valuesOverride(),
          },
          { default: {} },
        ),
        verticalPodAutoscaler: f.object(
          "Vertical Pod Autoscaler; always installed.",
          { valuesOverride: valuesOverride() },
          { default: {} },
        ),
      },
      { default: {} },
    ),
    controlPlane: f.object(
      "Control-plane components, which run as pods in the tenant namespace.",
      {
        apiServer: f.object(
          "The API server.",
          {
            extraArgs: f.list(
              "Additional kube-apiserver flags; no --oidc-* or --authentication-config flags when oidc.mode is not None.",
              f.string("One flag, e.g. --feature-gates=Foo=true."),
              { default: [] },
            ),
            extraVolumeMounts: f.list(
              "Volume mounts added to the API server container; each must name a volume from extraVolumes.",
              f.free("A Kubernetes VolumeMount."),
              { default: [] },
            ),
            extraVolumes: f.list(
              "Volumes added to the control-plane pod; only configMap or secret sources, each with its own name.",
              f.free("A Kubernetes Volume."),
              { default: [] },
            ),
            resources: f.resources("CPU and memory for the API server; when set, it replaces the preset."),
            resourcesPreset: f.resourcesPreset(
              "Sizing preset for the API server when resources is not given.",
              "c1.medium",
            ),
          },
          { default: {} },
        ),
        controllerManager: f.object(
          "The controller manager.",
          {
            resources: f.resources(
              "CPU and memory for the controller manager; when set, it replaces the preset.",
            ),
            resourcesPreset: f.resourcesPreset(
              "Sizing preset for the controller manager when resources is not given.",
              "t1.micro",
            ),
          },
          { default: {} },
        ),
        konnectivity: f.object(
          "Konnectivity, the tunnel from the control plane to the workers.",
          {
            server: f.object(
              "The Konnectivity server beside the API server.",
              {
                resources: f.resources(
                  "CPU and memory for the Konnectivity server; when set, it replaces the preset.",
                ),
                resourcesPreset: f.resourcesPreset(
                  "Sizing preset for the Konnectivity server when resources is not given.",
                  "t1.micro",
                ),
              },
              { default: {} },
            ),
          },
          { default: {} },
        ),
        replicas: f.int("How many control-plane pods run.", { default: 2, min: 0 }),
        scheduler: f.object(
          "The scheduler.",
          {
            resources: f.resources("CPU and memory for the scheduler; when set, it replaces the preset."),
            resourcesPreset: f.resourcesPreset(
              "Sizing preset for the scheduler when resources is not given.",
              "t1.micro",
            ),
          },
          { default: {} },
        ),
      },
      { default: {} },
    ),
    images: f.object(
      "Replacement images for helper containers, for mirrored or air-gapped registries.",
      {
        kubectl: f.string(
          "Image of the kubectl job that sets up bootstrap tokens; empty uses the built-in one.",
          {
            default: "",
          },
        ),
        talosCsrSigner: f.string(
          "Image of the Talos certificate signer beside the control plane; empty uses the built-in one.",
          {
            default: "",
          },
        ),
        waitForKubeconfig: f.string(
          "Image of the init container that waits for the admin kubeconfig; empty uses the built-in one.",
          {
            default: "",
          },
        ),
      },
      { default: {} },
    ),
    talos: f.object(
      "Where the Talos OS images of the workers come from.",
      {
        imageFactoryURL: f.string(
          "Base URL of the Talos Image Factory serving worker disk images, without a trailing slash.",
          {
            default: "https://factory.talos.dev",
          },
        ),
        installerRepository: f.string(
          "Registry path of the Talos installer image used for upgrades, without a trailing slash.",
          {
            default: "factory.talos.dev/installer",
          },
        ),
        schematicID: f.string(
          "Image Factory schematic ID, which selects system extensions and kernel arguments.",
          {
            default: "ce4c980550dd2ab1b17bbf2b08801c7eb59418eafe8f279833297925d67c7515",
          },
        ),
        version: f.string("Talos release of the workers; it must support the chosen Kubernetes version.", {
          default: "v1.13.6",
        }),
      },
      { default: {} },
    ),
    nodeHealthCheck: f.object(
      "Automatic repair of unhealthy workers, for every node group.",
      {
        maxUnhealthy: f.string(
          "Unhealthy workers tolerated per group before repair pauses, as a number or a percentage such as 50%.",
          { default: "50%", pattern: MAX_UNHEALTHY },
        ),
        nodeStartupTimeout: f.string(
          "How long a new worker may take to become Ready before it is replaced, e.g. 10m.",
          {
            default: "10m",
          },
        ),
      },
      { default: {} },
    ),
    oidc: f.object(
      "Single sign-on to the cluster's API server through OIDC, with per-user access.",
      {
        customConfig: f.object(
          "Your own AuthenticationConfiguration, used only when mode is CustomConfig; give config or secretRef.name, not both.",
          {
            config: f.string("AuthenticationConfiguration YAML (apiserver.config.k8s.io/v1beta1), inline.", {
              default: "",
            }),
            secretRef: f.object(
              "An existing Secret holding the AuthenticationConfiguration.",
              {
                name: f.string(
                  "Name of a Secret in the same namespace whose config.yaml key holds the configuration.",
                  {
                    default: "",
                  },
                ),
              },
              { default: {} },
            ),
          },
          { default: {} },
        ),
        mode: f.enumOf(
          ["None", "System", "CustomConfig"],
          "None: admin kubeconfig only; System: log in through the platform's identity provider; CustomConfig: trust your own issuer.",
          { default: "None" },
        ),
        users: f.list(
          "People given access to the cluster, by e-mail; used with System and CustomConfig.",
          f.object("One user's access.", {
            email: f.string("E-mail address, matched against the token's email claim.", { required: true }),
            role: f.enumOf(["admin", "view"], "admin grants cluster-admin; view grants read-only access.", {
              required: true,
            }),
          }),
          { default: [] },
        ),
      },
      { default: {} },
    ),
  }),
  crossField: ({ spec }) => {
    const problems: Problem[] = [];
    const { addons, controlPlane, oidc } = spec;

    if (addons.ouroboros.enabled && !addons.ingressNginx.enabled) {
      problems.push({
        path: ["addons", "ouroboros", "enabled"],
        message: "needs addons.ingressNginx.enabled",
      });
    }
    if (addons.hami.enabled && !addons.gpuOperator.enabled) {
      problems.push({ path: ["addons", "hami", "enabled"], message: "needs addons.gpuOperator.enabled" });
    }
    const gatewayApi = (
      addons.ouroboros.valuesOverride as {
        ouroboros?: { controller?: { gatewayApi?: { enabled?: unknown } } };
      }
    ).ouroboros?.controller?.gatewayApi;
    if (
      gatewayApi &&
      typeof gatewayApi === "object" &&
      "enabled" in gatewayApi &&
      TRUTHY.includes(String(gatewayApi.enabled).toLowerCase()) &&
      !addons.gatewayAPI.enabled
    ) {
      problems.push({
        path: ["addons", "ouroboros", "valuesOverride"],
        message: "ouroboros.controller.gatewayApi.enabled needs addons.gatewayAPI.enabled",
      });
    }

    // Node groups: sizing and kubelet reservations, as the chart checks them at render time.
    for (const [group, ng] of Object.entries(spec.nodeGroups)) {
      if (!ng) continue;
      const at = (...rest: (string | number)[]) => ["nodeGroups", group, ...rest];
      const cpu = ng.resources?.cpu;
      const memory = ng.resources?.memory;
      if (ng.instanceType && (cpu === undefined) !== (memory === undefined)) {
        problems.push({ path: at("resources"), message: "set both cpu and memory, or neither" });
      }
      const kubelet: Partial<NonNullable<typeof ng.kubelet>> = ng.kubelet ?? {};
      for (const key of ["kubeReservedMemory", "systemReservedMemory"] as const) {
        const value = kubelet[key];
        if (value && memoryBytes(value) === 0)
          problems.push({ path: at("kubelet", key), message: "must be greater than zero" });
      }
      for (const key of ["kubeReservedCpu", "systemReservedCpu"] as const) {
        const value = kubelet[key];
        // OPTIONAL_CPU (100m, 0.5) is a subset of Kubernetes quantities.
        if (value && parseQuantity(value) === 0)
          problems.push({ path: at("kubelet", key), message: "must be greater than zero" });
      }
      const hard = kubelet.evictionHardMemory || "7%";
      const soft = kubelet.evictionSoftMemory || "10%";
      const hardPct = PERCENT.exec(hard);
      const softPct = PERCENT.exec(soft);
      if (hardPct && softPct) {
        for (const [key, pct] of [
          ["evictionHardMemory", Number(hardPct[1])],
          ["evictionSoftMemory", Number(softPct[1])],
        ] as const) {
          if (pct <= 0 || pct > 100) {
            problems.push({
              path: at("kubelet", key),
              message: "a percentage must be above 0 and at most 100",
            });
          }
        }
        if (Number(hardPct[1]) >= Number(softPct[1])) {
          problems.push({
            path: at("kubelet", "evictionHardMemory"),
            message: "must be less than evictionSoftMemory",
          });
        }
      } else if (!hardPct && !softPct) {
        const hardBytes = memoryBytes(hard);
        const softBytes = memoryBytes(soft);
        if (hardBytes !== undefined && softBytes !== undefined && hardBytes >= softBytes) {
          problems.push({
            path: at("kubelet", "evictionHardMemory"),
            message: "must be less than evictionSoftMemory",
          });
        }
      } else {
        problems.push({
          path: at("kubelet", "evictionHardMemory"),
          message: "evictionHardMemory and evictionSoftMemory must both be percentages or both be amounts",
        });
      }
    }

    // Extra API server volumes, mounts and flags.
    const apiServer = controlPlane.apiServer;
    const oidcOn = oidc.mode !== "None";
    problems.push(...extraVolumeProblems(apiServer.extraVolumes, apiServer.extraVolumeMounts, oidcOn));
    if (oidcOn) {
      apiServer.extraArgs.forEach((arg, i) => {
        if (arg?.startsWith("--oidc-") || arg?.startsWith("--authentication-config")) {
          problems.push({
            path: ["controlPlane", "apiServer", "extraArgs", i],
            message: `${arg.split("=")[0]} may not be set while oidc.mode is ${oidc.mode}`,
          });
        }
      });
    }

    if (oidc.mode === "CustomConfig") {
      const inline = oidc.customConfig.config !== "";
      const secret = oidc.customConfig.secretRef.name !== "";
      if (inline && secret) {
        problems.push({ path: ["oidc", "customConfig"], message: "set config or secretRef.name, not both" });
      } else if (!inline && !secret) {
        problems.push({
          path: ["oidc", "customConfig"],
          message: "CustomConfig mode needs config or secretRef.name",
        });
      }
    }
    return problems;
  },
  outputs: {
    secret: {
      name: (r) => `${r}-admin-kubeconfig`,
      layout: { type: "keys", keys: ["admin.conf", "admin.svc", "super-admin.conf", "super-admin.svc"] },
      mayAppearLate: true,
    },
    service: { name: (r) => r, ports: { "kube-apiserver": 6443 } },
    fields: {
      kubeconfig: {
        type: "string",
        sensitive: true,
        description: "Admin kubeconfig of the cluster, pointing at its public API endpoint.",
        derive: (s) => s.secret?.["admin.conf"],
      },
      host: {
        type: "string",
        description: "Host name of the cluster's API server, as the admin kubeconfig reaches it.",
        derive: apiServerHost,
      },
    },
  },
  readiness: { conditions: ["Ready"], secretKeys: ["admin.conf"] },
});
