import { z } from "zod";
import {
  INPUT_API_VERSION,
  INPUT_GROUP,
  INPUT_KIND,
  INPUT_VERSION,
  inputSchema,
} from "../cozystack/input.ts";
import type { OpenAPISchema } from "../../schemas/derive/openapi.ts";
import { FUNCTION_NAME } from "./names.ts";
import { splitPackageRef, type GenerateOptions } from "./options.ts";
import { structuralSchema } from "./structural.ts";
import type { Manifest } from "./xrd.ts";

export const CONFIGURATION_NAME = "configuration-cozystack";
export const PROVIDER_KUBERNETES = "xpkg.crossplane.io/crossplane-contrib/provider-kubernetes";
/** The first provider-kubernetes release with namespaced Objects (kubernetes.m.crossplane.io). */
export const PROVIDER_KUBERNETES_MIN = "v1.2.1";
/** The function serves legacy XRs too, so Crossplane 1.20 (the last v1 line) is enough. */
export const FUNCTION_CROSSPLANE_MIN = "v1.20.0";
/** The Configuration carries apiextensions.crossplane.io/v2 XRDs, which arrived in v2.0. */
export const CONFIGURATION_CROSSPLANE_MIN = "v2.0.0";

const SOURCE = "https://github.com/cozystack-iac/cozystack-iac";

function annotations(description: string): Record<string, string> {
  return {
    "meta.crossplane.io/maintainer": "cozystack-iac maintainers",
    "meta.crossplane.io/source": SOURCE,
    "meta.crossplane.io/license": "Apache-2.0",
    "meta.crossplane.io/description": description,
  };
}

/** `crossplane.yaml` of the function package (meta.pkg.crossplane.io, never applied to a cluster). */
export function functionMeta(): Manifest {
  return {
    apiVersion: "meta.pkg.crossplane.io/v1",
    kind: "Function",
    metadata: {
      name: FUNCTION_NAME,
      annotations: annotations(
        "Composes every Cozystack service (apps.cozystack.io) from one typed model: in the cluster, or remotely through provider-kubernetes.",
      ),
    },
    spec: {
      crossplane: { version: `>=${FUNCTION_CROSSPLANE_MIN}` },
      capabilities: ["composition"],
    },
  };
}

/**
 * The CRD of the step input. Crossplane never installs a function's input CRD: it ships
 * in the package to document the input and to let `crossplane beta validate` check it.
 */
export function inputCrd(): Manifest {
  const schema = structuralSchema(z.toJSONSchema(inputSchema, { io: "input" }) as Record<string, unknown>);
  const properties: Record<string, OpenAPISchema> = {
    ...schema.properties,
    apiVersion: { type: "string" },
    kind: { type: "string" },
    metadata: { type: "object" },
  };
  return {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name: `inputs.${INPUT_GROUP}` },
    spec: {
      group: INPUT_GROUP,
      names: {
        kind: INPUT_KIND,
        listKind: `${INPUT_KIND}List`,
        plural: "inputs",
        singular: "input",
        categories: ["crossplane"],
      },
      scope: "Namespaced",
      versions: [
        {
          name: INPUT_VERSION,
          served: true,
          storage: true,
          schema: {
            openAPIV3Schema: {
              type: "object",
              description: `${INPUT_API_VERSION} ${INPUT_KIND}: the step input of ${FUNCTION_NAME}. Which Cozystack kind the step composes, where the platform object goes, and overrides.`,
              required: (schema.required ?? []).filter((k) => k !== "apiVersion" && k !== "kind"),
              properties,
            },
          },
        },
      ],
    },
  };
}

/** `crossplane.yaml` of the Configuration package: the XRDs and Compositions, and what they call. */
export function configurationMeta(opts: GenerateOptions): Manifest {
  const fn = splitPackageRef(opts.functionPackage);
  return {
    apiVersion: "meta.pkg.crossplane.io/v1",
    kind: "Configuration",
    metadata: {
      name: CONFIGURATION_NAME,
      annotations: annotations(
        "A Crossplane API for every Cozystack service: v2 XRs and legacy claims, composed by function-cozystack.",
      ),
    },
    spec: {
      crossplane: { version: `>=${CONFIGURATION_CROSSPLANE_MIN}` },
      dependsOn: [
        {
          apiVersion: "pkg.crossplane.io/v1",
          kind: "Function",
          package: fn.repository,
          version: `>=${fn.tag}`,
        },
        // Only the remote Compositions use it, but a package cannot depend on it optionally.
        {
          apiVersion: "pkg.crossplane.io/v1",
          kind: "Provider",
          package: PROVIDER_KUBERNETES,
          version: `>=${PROVIDER_KUBERNETES_MIN}`,
        },
      ],
    },
  };
}
