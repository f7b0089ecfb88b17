import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { moduleName } from "../core/names.ts";
import { mainPort, serviceHost } from "../core/outputs.ts";

const address = (what: string) => f.string(what, { required: true });

export const bootbox = defineKind({
  kind: "BootBox",
  plural: "bootboxes",
  singular: "bootbox",
  prefix: "",
  tfType: "cozystack_bootbox",
  chart: "bootbox",
  category: "module",
  summary:
    "Network boot (PXE) of physical machines through matchbox, with each machine's address settings; a module of the root tenant only.",
  spec: f.spec("BootBox module settings.", {
    whitelistHTTP: f.bool("Let only the client networks in whitelist reach the HTTP boot endpoint.", {
      default: true,
    }),
    whitelist: f.list(
      "Client networks (CIDRs) allowed to reach the boot endpoint when whitelistHTTP is on.",
      f.string("A network in CIDR form, or a single address."),
      { default: [] },
    ),
    machines: f.list(
      "The physical machines to provision, each with its boot and address settings.",
      f.object("One machine.", {
        arch: f.string("CPU architecture of the boot image, e.g. amd64 or arm64.", { required: true }),
        hostname: f.string("Host name given to the machine.", { required: true }),
        ip: f.object(
          "Static address settings handed out by DHCP.",
          {
            address: address("IP address of the machine."),
            gateway: address("Default gateway."),
            netmask: address("Netmask, e.g. 255.255.255.0."),
          },
          { required: true },
        ),
        leaseTime: f.int("DHCP lease time, in seconds.", { required: true }),
        mac: f.list("MAC addresses of the machine's network interfaces.", f.string("A MAC address.")),
        nameServers: f.list("DNS servers handed out to the machine.", f.string("A name server address.")),
        timeServers: f.list("NTP servers handed out to the machine.", f.string("A time server address.")),
        uefi: f.bool("Boot through UEFI rather than legacy BIOS.", { required: true }),
      }),
      { default: [] },
    ),
  }),
  names: moduleName("bootbox"),
  // The chart fails unless it is released in the root tenant.
  onlyIn: "tenant-root",
  example: {
    name: "bootbox",
    spec: {
      whitelist: ["10.0.0.0/24"],
      machines: [
        {
          arch: "amd64",
          hostname: "node1",
          ip: { address: "10.0.0.11", gateway: "10.0.0.1", netmask: "255.255.255.0" },
          leaseTime: 86400,
          mac: ["52:54:00:12:34:56"],
          uefi: true,
        },
      ],
    },
  },
  outputs: {
    service: { name: () => "bootbox", ports: { http: 80 } },
    fields: {
      host: {
        type: "string",
        description: "In-cluster host name of the matchbox HTTP service machines boot from.",
        derive: serviceHost,
      },
      port: { type: "number", description: "HTTP port of the boot service.", derive: mainPort },
    },
  },
  readiness: { conditions: ["Ready"] },
});
