import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";

/** User names become part of the BucketAccess and Secret names, so they must fit a DNS subdomain. */
const userNames = /^[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/;

const CREDENTIAL_KEYS = ["accessKey", "secretKey", "endpoint", "bucketName"] as const;

/** The first user's value of `key`: every user's Secret names the same bucket and endpoint. */
function anyUser(key: (typeof CREDENTIAL_KEYS)[number]) {
  return (s: { userSecrets?: Record<string, Record<string, string>> }) =>
    Object.values(s.userSecrets ?? {}).find((u) => u[key])?.[key];
}

export const bucket = defineKind({
  kind: "Bucket",
  plural: "buckets",
  singular: "bucket",
  prefix: "bucket-",
  tfType: "cozystack_bucket",
  chart: "bucket",
  category: "storage",
  summary: "S3-compatible bucket on the tenant's SeaweedFS, with per-user access keys.",
  spec: f.spec("Bucket settings.", {
    locking: f.bool("Create the bucket from the object-lock BucketClass (the one ending in -lock).", {
      default: false,
    }),
    storagePool: f.string("Storage pool whose BucketClass holds the bucket; empty uses the default class.", {
      default: "",
      options: "storagepool",
    }),
    users: f.map(
      "Users that get S3 access keys for this bucket, by name.",
      f.object("Settings of one user.", {
        readonly: f.bool("Give the user read-only access instead of read-write."),
      }),
      { default: {}, keys: userNames },
    ),
  }),
  example: { name: "media", spec: { users: { uploader: {}, reader: { readonly: true } } } },
  outputs: {
    userSecrets: { name: (r, user) => `${r}-${user}-credentials`, keys: CREDENTIAL_KEYS },
    fields: {
      bucket_name: {
        type: "string",
        description: "Name of the bucket in S3, assigned by the storage driver.",
        derive: anyUser("bucketName"),
      },
      endpoint: {
        type: "string",
        description: "S3 endpoint host, without a scheme.",
        derive: anyUser("endpoint"),
      },
      credentials: {
        type: "object-map",
        attributes: ["access_key", "secret_key", "endpoint", "bucket_name"],
        sensitive: true,
        description: "S3 credentials of each user, by user name.",
        derive: (s) =>
          s.userSecrets
            ? Object.fromEntries(
                Object.entries(s.userSecrets).map(([user, d]) => [
                  user,
                  {
                    access_key: d.accessKey ?? "",
                    secret_key: d.secretKey ?? "",
                    endpoint: d.endpoint ?? "",
                    bucket_name: d.bucketName ?? "",
                  },
                ]),
              )
            : undefined,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});
