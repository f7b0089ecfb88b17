import { createHash } from "node:crypto";
import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The Kube-OVN Vpc the chart creates: `vpc-` + the first 6 hex digits of sha256("<namespace>/<release>"). */
function vpcId(namespace: string, release: string): string {
  return `vpc-${sha256(`${namespace}/${release}`).slice(0, 6)}`;
}

/** A subnet's Kube-OVN Subnet and NetworkAttachmentDefinition name, which VMInstance networks refer to. */
function subnetId(namespace: string, vpc: string, subnet: string): string {
  return `subnet-${sha256(`${namespace}/${vpc}/${subnet}`).slice(0, 8)}`;
}

export const virtualPrivateCloud = defineKind({
  kind: "VirtualPrivateCloud",
  plural: "virtualprivateclouds",
  singular: "virtualprivatecloud",
  prefix: "virtualprivatecloud-",
  tfType: "cozystack_virtual_private_cloud",
  chart: "vpc",
  chartName: "virtualprivatecloud",
  chartVariant: "kubevirt",
  category: "networking",
  summary:
    "Isolated Kube-OVN network for virtual machines, with subnets, static routes and peering to other VPCs.",
  spec: f.spec("VPC settings.", {
    subnets: f.list(
      "Subnets of the VPC; virtual machines attach to them.",
      f.object("One subnet.", {
        cidr: f.string("IPv4 address range of the subnet, in CIDR notation."),
        name: f.string("Name of the subnet, unique within the VPC.", { required: true, minLength: 1 }),
      }),
      { default: [] },
    ),
    peers: f.list(
      "Other VPCs to peer with; the other side must list this VPC too.",
      f.object("One peer VPC.", {
        tenantNamespace: f.string("Namespace of the tenant that owns the peer VPC.", {
          required: true,
          minLength: 1,
        }),
        vpcName: f.string(
          "Name of the peer VirtualPrivateCloud object, without the virtualprivatecloud- prefix.",
          {
            required: true,
            minLength: 1,
          },
        ),
      }),
      { default: [] },
    ),
    routes: f.list(
      "Static routes inside the VPC.",
      f.object("One static route.", {
        cidr: f.string("Destination range, in CIDR notation.", { required: true, minLength: 1 }),
        nextHopIP: f.string("IP address traffic for the range is sent to.", { required: true, minLength: 1 }),
      }),
      { default: [] },
    ),
  }),
  crossField: ({ spec }) =>
    spec.subnets.flatMap((subnet, i) =>
      subnet && spec.subnets.findIndex((other) => other?.name === subnet.name) < i
        ? [{ path: ["subnets", i, "name"], message: `subnet name ${subnet.name} is used twice` }]
        : [],
    ),
  outputs: {
    fields: {
      vpc_id: {
        type: "string",
        description: "Name of the Kube-OVN Vpc backing this VPC.",
        derive: (s) => vpcId(s.namespace, s.release),
      },
      subnet_ids: {
        type: "map",
        description: "Kube-OVN subnet ID of each subnet, by subnet name; VMInstance networks take these IDs.",
        derive: (s) => {
          const vpc = vpcId(s.namespace, s.release);
          const subnets = (s.spec.subnets ?? []) as Array<{ name: string }>;
          return Object.fromEntries(subnets.map((sub) => [sub.name, subnetId(s.namespace, vpc, sub.name)]));
        },
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});
