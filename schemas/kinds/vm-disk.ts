import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";

export const vmDisk = defineKind({
  kind: "VMDisk",
  plural: "vmdisks",
  singular: "vmdisk",
  prefix: "vm-disk-",
  tfType: "cozystack_vm_disk",
  chart: "vm-disk",
  chartVariant: "kubevirt",
  category: "compute",
  summary: "A virtual machine disk: blank, downloaded, uploaded, cloned or made from a golden image.",
  spec: f.spec("Disk settings.", {
    source: f.exclusive(
      "Where the disk's content comes from; set at most one, or none for a blank disk.",
      {
        http: f.object("Download the image over HTTP.", {
          url: f.string("URL of the image.", { required: true, minLength: 1 }),
        }),
        image: f.object("Copy a golden image the platform provides.", {
          name: f.string("Name of the golden image.", { required: true, minLength: 1, options: "image" }),
        }),
        upload: f.object("Wait for an image to be uploaded with virtctl.", {}),
        disk: f.object("Clone another disk of this tenant.", {
          name: f.string("Name of the disk to clone.", { required: true, minLength: 1, options: "vmdisk" }),
        }),
      },
      { default: {}, allowNone: true, immutable: true },
    ),
    optical: f.bool("Attach the disk as a CD-ROM.", { default: false }),
    storage: f.quantity("Size of the disk.", { default: "5Gi" }),
    storageClass: f.storageClass({ default: "replicated" }),
  }),
  example: { name: "system", spec: { storage: "20Gi", source: { image: { name: "ubuntu" } } } },
  outputs: {
    fields: {
      data_volume: {
        type: "string",
        description: "Name of the KubeVirt DataVolume backing the disk.",
        derive: (s) => s.release,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});
