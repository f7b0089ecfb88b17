// generated from provider function schema

import * as cdktn from "cdktn";

/**
 * Provider-defined functions of the cozystack provider.
 */
export class CozystackProviderFunctions {
  private readonly providerLocalName: string;

  /**
   * @param providerLocalName The local name of the provider in required_providers; defaults to the registry short name. Override when the provider is declared under a different local name — aliases do not change the namespace, local names do.
   */
  constructor(providerLocalName: string) {
    this.providerLocalName = providerLocalName;
  }

  /**
   * Useful to configure another provider from cozystack_kubernetes' kubeconfig.
   * @param {string} kubeconfig - The kubeconfig text (YAML or JSON).
   * @returns {object}
   */
  public parseKubeconfig(kubeconfig: string): cdktn.IResolvable {
    return cdktn.TerraformProviderFunction.invoke(this.providerLocalName, "parse_kubeconfig", [kubeconfig]);
  }

  /**
   * Takes Kubernetes quantities, e.g. resources_preset("1500m", "3Gi") is "s1.medium".
   * @param {string} cpu - CPU cores, e.g. 500m or 2.
   * @param {string} memory - Memory, e.g. 512Mi or 4Gi.
   * @returns {string}
   */
  public resourcesPreset(cpu: string, memory: string): string {
    return cdktn.Token.asString(
      cdktn.TerraformProviderFunction.invoke(this.providerLocalName, "resources_preset", [cpu, memory]),
    );
  }

  /**
   * Takes the tenant path from the root, e.g. tenant_namespace("root/acme/dev") is "tenant-acme-dev".
   * @param {string} path - Tenant names from the root, separated by '/'; a leading 'root' is optional.
   * @returns {string}
   */
  public tenantNamespace(path: string): string {
    return cdktn.Token.asString(
      cdktn.TerraformProviderFunction.invoke(this.providerLocalName, "tenant_namespace", [path]),
    );
  }
}
