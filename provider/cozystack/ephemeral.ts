import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { OutputValue } from "../../schemas/core/outputs.ts";
import { kinds } from "../../schemas/kinds/index.ts";
import {
  type EphemeralResourceDefinition,
  type ListResourceDefinition,
  type ObjectValue,
  type ResourceDefinition,
  t,
  error,
  type Diagnostic,
} from "../plugin/index.ts";
import { kubeconfigCredentials } from "./connection.ts";
import { describeError } from "./platform.ts";
import { missingNamespace, type Session } from "./session.ts";

/**
 * Ephemeral resources: connection details and kubeconfigs that flow into other
 * providers without ever being written to state or plan files.
 */
const byType = (type: string): KindDeclaration | undefined =>
  (kinds as readonly KindDeclaration[]).find(
    (k) => k.tfType === type || k.kind === type || k.tfType === `cozystack_${type}`,
  );

/** Flatten outputs to strings: maps become "<output>.<key>" entries. */
function flatten(outputs: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(outputs)) {
    if (value === null || value === undefined) continue;
    if (typeof value === "object") {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v && typeof v === "object")
          for (const [k2, v2] of Object.entries(v as Record<string, unknown>))
            out[`${key}.${k}.${k2}`] = String(v2);
        else out[`${key}.${k}`] = String(v);
      }
    } else {
      out[key] = String(value);
    }
  }
  return out;
}

/** A kind's outputs, read as a tenant user can, or a diagnostic that the object does not exist. */
async function readOutputs(
  session: Session,
  decl: KindDeclaration,
  namespace: string,
  name: string,
): Promise<{ outputs: Record<string, OutputValue> } | { diagnostics: Diagnostic[] }> {
  const platform = await session.platform();
  const object = await platform.read(decl, namespace, name);
  if (!object)
    return {
      diagnostics: [error("Not found", `${decl.kind} ${namespace}/${name} does not exist.`, ["name"])],
    };
  return { outputs: await platform.outputs(decl, object) };
}

export function credentialsEphemeral(session: Session): EphemeralResourceDefinition {
  return {
    schema: {
      version: 0,
      block: {
        description:
          "Connection details of any kind, for wiring into another provider without touching state.",
        attributes: {
          type: {
            type: t.string,
            required: true,
            description: "Resource type or kind, e.g. `cozystack_postgres` or `Postgres`.",
          },
          name: { type: t.string, required: true, description: "Object name." },
          namespace: {
            type: t.string,
            optional: true,
            computed: true,
            description: "Tenant namespace; defaults to the provider's.",
          },
          values: {
            type: t.map(t.string),
            computed: true,
            sensitive: true,
            description: "Every connection output as text; map outputs as `<output>.<key>`.",
          },
        },
      },
    },
    validate({ config }) {
      if (typeof config.type === "string" && !byType(config.type)) {
        return { diagnostics: [error("Unknown type", `${config.type} is not a cozystack kind.`, ["type"])] };
      }
      return {};
    },
    async open({ config }, ctx) {
      const decl = byType(String(config.type));
      const namespace = (config.namespace as string | null) ?? session.defaultNamespace;
      if (!decl || !namespace)
        return { diagnostics: [error("Incomplete configuration", "type and namespace are needed.")] };
      try {
        const read = await readOutputs(session, decl, namespace, String(config.name));
        if ("diagnostics" in read) return read;
        const { outputs } = read;
        ctx.log.debug("opened credentials", { kind: decl.kind, namespace, name: String(config.name) });
        return {
          result: {
            type: config.type ?? null,
            name: config.name ?? null,
            namespace,
            values: flatten(outputs),
          },
        };
      } catch (e) {
        return { diagnostics: [error("Could not read credentials", describeError(e))] };
      }
    },
  };
}

export function kubeconfigEphemeral(session: Session): EphemeralResourceDefinition {
  const decl = byType("cozystack_kubernetes")!;
  return {
    schema: {
      version: 0,
      block: {
        description: "The admin kubeconfig of a managed Kubernetes cluster, parsed, kept out of state.",
        attributes: {
          name: { type: t.string, required: true, description: "Name of the cozystack_kubernetes cluster." },
          namespace: {
            type: t.string,
            optional: true,
            computed: true,
            description: "Tenant namespace; defaults to the provider's.",
          },
          kubeconfig: {
            type: t.string,
            computed: true,
            sensitive: true,
            description: "The kubeconfig text.",
          },
          host: { type: t.string, computed: true, description: "API server URL." },
          cluster_ca_certificate: {
            type: t.string,
            computed: true,
            description: "PEM CA certificate of the API server.",
          },
          token: {
            type: t.string,
            computed: true,
            sensitive: true,
            description: "Bearer token, when the kubeconfig has one.",
          },
          client_certificate: {
            type: t.string,
            computed: true,
            description: "PEM client certificate, when present.",
          },
          client_key: {
            type: t.string,
            computed: true,
            sensitive: true,
            description: "PEM client key, when present.",
          },
        },
      },
    },
    async open({ config }) {
      const namespace = (config.namespace as string | null) ?? session.defaultNamespace;
      if (!namespace) return { diagnostics: [missingNamespace()] };
      try {
        const read = await readOutputs(session, decl, namespace, String(config.name));
        if ("diagnostics" in read) return read;
        const { outputs } = read;
        const text = outputs.kubeconfig;
        if (typeof text !== "string")
          return {
            diagnostics: [
              error(
                "Not ready",
                `The admin kubeconfig of ${namespace}/${String(config.name)} is not published yet.`,
              ),
            ],
          };
        return {
          result: {
            name: config.name ?? null,
            namespace,
            kubeconfig: text,
            ...(await kubeconfigCredentials(text, "the admin kubeconfig")),
          },
        };
      } catch (e) {
        return { diagnostics: [error("Could not read the kubeconfig", describeError(e))] };
      }
    },
  };
}

/** `terraform query`: list every object of a kind in a namespace. */
export function kindList(
  decl: KindDeclaration,
  resource: ResourceDefinition,
  session: Session,
): ListResourceDefinition {
  return {
    schema: {
      version: 0,
      block: {
        attributes: {
          namespace: {
            type: t.string,
            optional: true,
            description: "Tenant namespace; defaults to the provider's.",
          },
        },
      },
    },
    async *list({ config, includeResource, limit }, ctx) {
      const namespace = (config.namespace as string | null) ?? session.defaultNamespace;
      if (!namespace) {
        yield {
          identity: {},
          displayName: "",
          diagnostic: missingNamespace(),
        };
        return;
      }
      const platform = await session.platform();
      let count = 0;
      for (const item of await platform.list(decl, namespace)) {
        if (limit > 0 && count++ >= limit) return;
        const identity: ObjectValue = { namespace, name: item.metadata.name };
        let resourceObject: ObjectValue | undefined;
        if (includeResource) {
          const read = await resource.read(
            { state: { name: item.metadata.name, namespace, timeouts: null }, private: undefined },
            ctx,
          );
          resourceObject = read.state ?? undefined;
        }
        yield { identity, displayName: `${namespace}/${item.metadata.name}`, resource: resourceObject };
      }
    },
  };
}
