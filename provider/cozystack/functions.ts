import { isTenantName, ROOT_TENANT_NAMESPACE, tenantNamespace } from "../../schemas/core/names.ts";
import { smallestPresetFor } from "../../schemas/core/presets.ts";
import { parseQuantity } from "../../schemas/core/quantity.ts";
import { FunctionError, type FunctionDefinition, t } from "../plugin/index.ts";
import { kubeconfigCredentials } from "./connection.ts";

/** Provider functions: small pure helpers users call as provider::cozystack::<name>(...). */
export const functions: Record<string, FunctionDefinition> = {
  resources_preset: {
    summary: "The smallest resourcesPreset with at least the given CPU and memory.",
    description: 'Takes Kubernetes quantities, e.g. resources_preset("1500m", "3Gi") is "s1.medium".',
    parameters: [
      { name: "cpu", type: t.string, description: "CPU cores, e.g. 500m or 2." },
      { name: "memory", type: t.string, description: "Memory, e.g. 512Mi or 4Gi." },
    ],
    returns: t.string,
    call: ([cpu, memory]) => {
      const c = parseQuantity(String(cpu));
      if (c === undefined) throw new FunctionError(`${JSON.stringify(cpu)} is not a Kubernetes quantity`, 0);
      const m = parseQuantity(String(memory));
      if (m === undefined)
        throw new FunctionError(`${JSON.stringify(memory)} is not a Kubernetes quantity`, 1);
      const preset = smallestPresetFor(c, m);
      if (!preset)
        throw new FunctionError(
          `no preset offers ${String(cpu)} CPU and ${String(memory)} memory; set resources explicitly`,
        );
      return preset.preset;
    },
  },
  tenant_namespace: {
    summary: "The namespace of a nested tenant.",
    description:
      'Takes the tenant path from the root, e.g. tenant_namespace("root/acme/dev") is "tenant-acme-dev".',
    parameters: [
      {
        name: "path",
        type: t.string,
        description: "Tenant names from the root, separated by '/'; a leading 'root' is optional.",
      },
    ],
    returns: t.string,
    call: ([path]) => {
      const names = String(path).split("/").filter(Boolean);
      if (names[0] === "root") names.shift();
      if (!names.every(isTenantName))
        throw new FunctionError(`${JSON.stringify(path)} has a name that is not a tenant name`, 0);
      return names.reduce((ns, name) => tenantNamespace(ns, name), ROOT_TENANT_NAMESPACE);
    },
  },
  parse_kubeconfig: {
    summary: "Host, CA certificate and credentials of a kubeconfig's current context.",
    description: "Useful to configure another provider from cozystack_kubernetes' kubeconfig.",
    parameters: [{ name: "kubeconfig", type: t.string, description: "The kubeconfig text (YAML or JSON)." }],
    returns: t.object({
      host: t.string,
      cluster_ca_certificate: t.string,
      token: t.string,
      client_certificate: t.string,
      client_key: t.string,
    }),
    call: async ([text]) => {
      try {
        return await kubeconfigCredentials(String(text), "the kubeconfig");
      } catch (e) {
        throw new FunctionError((e as Error).message, 0);
      }
    },
  },
};
