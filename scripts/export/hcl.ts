import { terraformFromSpec } from "../../schemas/core/convert.ts";
import { Expression, hclFile, type HclBlock } from "./hcl-format.ts";
import type { FoundObject } from "./read.ts";
import { withSecretVariables, type SecretReference } from "./secrets.ts";

/**
 * Objects as OpenTofu/Terraform configuration: per object an `import` block
 * (`id = "<namespace>/<name>"`) and a resource block with only the fields that
 * differ from the model's defaults, in the provider's snake_case; secrets as
 * sensitive variables declared at the end. Laid out as `tofu fmt` leaves it.
 */
export interface HclExport {
  text: string;
  /** The variables the user must give values to, with the field each stands for. */
  secrets: Array<SecretReference & { address: string }>;
}

export function exportHcl(objects: readonly FoundObject[]): HclExport {
  const blocks: HclBlock[] = [];
  const secrets: HclExport["secrets"] = [];
  const taken = new Set<string>();
  for (const object of objects) {
    // Object names are DNS labels, which HCL takes as they are, in block labels and references.
    const address = `${object.decl.tfType}.${object.name}`;
    const stem = `${object.decl.tfType.replace(/^cozystack_/, "")}_${object.name}`;
    const tf = terraformFromSpec(object.decl.fields, object.minimal);
    const { value, secrets: found } = withSecretVariables(object.decl.fields, tf, stem, taken);
    secrets.push(...found.map((s) => ({ ...s, address })));
    blocks.push({
      type: "import",
      labels: [],
      attributes: [
        ["to", new Expression(address)],
        ["id", `${object.namespace}/${object.name}`],
      ],
    });
    blocks.push({
      type: "resource",
      labels: [object.decl.tfType, object.name],
      attributes: [["name", object.name], ["namespace", object.namespace], ...Object.entries(value)],
    });
  }
  for (const secret of secrets) {
    blocks.push({
      type: "variable",
      labels: [secret.variable],
      attributes: [
        ["description", `${secret.path.join(".")} of ${secret.address}: not exported, give its value`],
        ["type", new Expression("string")],
        ["sensitive", true],
      ],
    });
  }
  return { text: hclFile(blocks), secrets };
}
