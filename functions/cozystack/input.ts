import { z } from "zod";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { kinds } from "../../schemas/kinds/index.ts";

/**
 * The typed input of a function-cozystack pipeline step: which Cozystack kind the
 * step composes, where the platform object goes, and per-Composition overrides.
 * Its group is the function's own, never one that Cozystack serves.
 */
export const INPUT_GROUP = "fn.cozystack-iac.dev";
export const INPUT_VERSION = "v1beta1";
export const INPUT_API_VERSION = `${INPUT_GROUP}/${INPUT_VERSION}`;
export const INPUT_KIND = "Input";

/** Kinds users create; kinds the platform manages itself (Info) are not composed. */
export const composableKinds: readonly KindDeclaration[] = (kinds as readonly KindDeclaration[]).filter(
  (k) => k.managedBy === undefined,
);

const kindNames = composableKinds.map((k) => k.kind) as [string, ...string[]];
const dns1123Label = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "must be a DNS-1123 label")
  .max(63);

const providerConfigRef = z
  .object({
    name: z.string().min(1).describe("Name of the provider-kubernetes (Cluster)ProviderConfig."),
    kind: z
      .enum(["ProviderConfig", "ClusterProviderConfig"])
      .default("ClusterProviderConfig")
      .describe(
        "Kind of the config, for namespaced Objects (kubernetes.m.crossplane.io); legacy Objects ignore it.",
      ),
  })
  .strict();

export const targetSchema = z
  .discriminatedUnion("type", [
    z
      .object({
        type: z
          .literal("InCluster")
          .describe("Crossplane runs on the Cozystack cluster: compose the object directly."),
      })
      .strict(),
    z
      .object({
        type: z
          .literal("Remote")
          .describe("Crossplane runs elsewhere: wrap the object in a provider-kubernetes Object."),
        providerConfigRef,
        namespace: dns1123Label
          .optional()
          .describe(
            "Tenant namespace on the Cozystack cluster; defaults to the XR's (or claim's) namespace.",
          ),
      })
      .strict(),
  ])
  .default({ type: "InCluster" });

export const inputSchema = z
  .object({
    apiVersion: z.literal(INPUT_API_VERSION),
    kind: z.literal(INPUT_KIND),
    metadata: z.record(z.string(), z.unknown()).optional(),
    platformKind: z.enum(kindNames).describe("The Cozystack kind this step composes, e.g. Postgres."),
    target: targetSchema,
    overrides: z
      .object({
        name: dns1123Label
          .optional()
          .describe("Platform object name; defaults to the XR's (or claim's) name."),
        labels: z.record(z.string(), z.string()).optional().describe("Labels added to the platform object."),
        annotations: z
          .record(z.string(), z.string())
          .optional()
          .describe("Annotations added to the platform object."),
        connectionSecretName: dns1123Label
          .optional()
          .describe("Name of the composed connection Secret of a v2 XR; defaults to <xr-name>-connection."),
      })
      .strict()
      .optional(),
  })
  .strict();

export type Input = z.output<typeof inputSchema>;
export type Target = z.output<typeof targetSchema>;
