import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { serviceHost } from "../core/outputs.ts";

const network = () =>
  f.object("One network attachment.", {
    name: f.string("Name of the network to attach, e.g. a VPC subnet.", { options: "network" }),
  });

export const vmInstance = defineKind({
  kind: "VMInstance",
  plural: "vminstances",
  singular: "vminstance",
  prefix: "vm-instance-",
  tfType: "cozystack_vm_instance",
  chart: "vm-instance",
  chartVariant: "kubevirt",
  category: "compute",
  summary:
    "A KubeVirt virtual machine built from VM disks, with cloud-init, SSH keys, GPUs and optional external access.",
  spec: f.spec("Virtual machine settings.", {
    external: f.external("Give the VM an address reachable from outside the cluster through a LoadBalancer."),
    externalMethod: f.enumOf(
      ["PortList", "WholeIP"],
      "How outside traffic reaches the VM: only the listed ports, or every port of a dedicated IP.",
      { default: "PortList" },
    ),
    externalPorts: f.list(
      "Ports opened to outside traffic in PortList mode.",
      f.int("A TCP port number.", { min: 1, max: 65535 }),
      // The builder's list defaults are typed for empty lists only.
      { default: [22] },
    ),
    externalAllowICMP: f.bool(
      "Let ICMP (ping, path MTU discovery) through in PortList mode; ignored in WholeIP mode.",
      {
        default: true,
      },
    ),
    runStrategy: f.enumOf(
      ["Always", "Halted", "Manual", "RerunOnFailure", "Once"],
      "Whether KubeVirt keeps the VM running, stopped, restarts it only on failure, or runs it once.",
      { default: "Always" },
    ),
    instanceType: f.string("KubeVirt instance type that sizes the VM.", {
      default: "u1.medium",
      options: "instancetype",
    }),
    instanceProfile: f.string("KubeVirt preference profile with OS-specific device settings, e.g. ubuntu.", {
      default: "ubuntu",
      options: "instanceprofile",
    }),
    disks: f.list(
      "VM disks to attach, in boot order.",
      f.object("One attached disk.", {
        name: f.string("Name of a VMDisk in the same namespace.", { required: true, options: "vmdisk" }),
        bus: f.string("Disk bus, e.g. virtio or sata; the profile chooses when unset."),
      }),
      { default: [] },
    ),
    networks: f.list("Extra networks to attach the VM to.", network(), { default: [] }),
    subnets: f.list("Extra networks to attach the VM to.", network(), {
      default: [],
      deprecated: "use networks",
    }),
    gpus: f.list(
      "GPUs passed through to the VM; NVIDIA drivers need at least 4 GiB of memory.",
      f.object("One GPU.", {
        name: f.string("GPU resource name, e.g. nvidia.com/GA102GL_A10.", { required: true, options: "gpu" }),
      }),
      { default: [] },
    ),
    cpuModel: f.string(
      "CPU model shown to the guest, as named by libvirt; empty uses the platform default.",
      {
        default: "",
      },
    ),
    resources: f.object(
      "Explicit CPU cores, sockets and memory of the VM; all three are needed when instanceType is empty.",
      {
        cpu: f.quantity("Number of virtual CPU cores per socket; applied together with sockets."),
        memory: f.quantity("Memory of the VM, e.g. 4Gi."),
        sockets: f.quantity("Number of CPU sockets the cores are spread over."),
      },
      { default: {} },
    ),
    sshKeys: f.list(
      "SSH public keys allowed to log in.",
      f.string("One public key, e.g. ssh-ed25519 AAAA..."),
      {
        default: [],
      },
    ),
    cloudInit: f.string("cloud-init user data passed to the guest; it may hold passwords.", {
      default: "",
      sensitive: true,
    }),
    cloudInitSeed: f.string("Seed for the VM's SMBIOS UUID; change it to make cloud-init run again.", {
      default: "",
    }),
  }),
  crossField: ({ spec }) =>
    spec.instanceType === "" && !(spec.resources.cpu && spec.resources.sockets && spec.resources.memory)
      ? [{ path: ["resources"], message: "set cpu, sockets and memory, or give an instanceType" }]
      : [],
  outputs: {
    // The Service's ports follow spec.externalPorts (named port-<n>) when external;
    // otherwise it is headless with a placeholder port, so no fixed ports are declared.
    service: { name: (r) => r, ports: {}, externalWhen: "external" },
    fields: {
      host: {
        type: "string",
        description: "In-cluster host name that resolves to the VM.",
        derive: serviceHost,
      },
      external_ip: {
        type: "string",
        description: "Address of the VM outside the cluster, when external is on.",
        derive: (s) => s.service?.externalIP,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});
