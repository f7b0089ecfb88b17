// Registry-style docs and examples, generated from the model: docs/resources/*.md,
// docs/data-sources/*.md, docs/index.md, examples/resources/<type>/{resource.tf,import.sh}.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { terraformFromSpec } from "../schemas/core/convert.ts";
import type { FieldNode } from "../schemas/core/ir.ts";
import type { KindDeclaration } from "../schemas/core/kind.ts";
import { exampleName, exampleSpec } from "../schemas/core/example.ts";
import { kinds } from "../schemas/kinds/index.ts";
import { cozystackProvider } from "../provider/cozystack/provider.ts";
import type { ProviderDefinition } from "../provider/plugin/api.ts";
import { eitherFormNote, requiredInTerraform } from "../provider/cozystack/schema.ts";
import { hasWriteOnlyForm, woName, woVersionName } from "../provider/cozystack/write-only.ts";
import { hclResource } from "./hcl.ts";

const root = join(import.meta.dirname, "..");

export { exampleName };

/** Where the docs' examples put an object of this kind. */
export function exampleNamespace(decl: KindDeclaration): string {
  return decl.onlyIn ?? (decl.kind === "Tenant" ? "tenant-root" : "tenant-acme");
}

export function exampleResource(decl: KindDeclaration): string {
  const namespace = exampleNamespace(decl);
  const attrs = { name: exampleName(decl), namespace, ...terraformFromSpec(decl.fields, exampleSpec(decl)) };
  return `# ${decl.summary}\n${hclResource(decl.tfType, "example", attrs)}`;
}

function typeName(node: FieldNode): string {
  switch (node.type) {
    case "string":
    case "quantity":
    case "int-or-string":
      return "String";
    case "integer":
    case "number":
      return "Number";
    case "boolean":
      return "Boolean";
    case "free":
      return "Dynamic";
    case "object":
      return "Object";
    case "map":
      return node.values.type === "object" ? "Map of Object" : `Map of ${typeName(node.values)}`;
    case "list":
      return node.items.type === "object" ? "List of Object" : `List of ${typeName(node.items)}`;
  }
}

function argumentLines(node: FieldNode, depth = 0): string[] {
  if (node.type !== "object") return [];
  const lines: string[] = [];
  for (const child of Object.values(node.properties)) {
    const flags = [
      typeName(child),
      requiredInTerraform(child) ? "Required" : "Optional",
      ...(child.sensitive ? ["Sensitive"] : []),
      ...(child.immutable ? ["Forces replacement"] : []),
      ...(child.deprecated ? ["Deprecated"] : []),
    ];
    const extra: string[] = [];
    if (child.type === "string" && child.enum)
      extra.push(`One of ${child.enum.map((v) => `\`${v}\``).join(", ")}.`);
    if (child.hasDefault && child.default !== undefined)
      extra.push(`Default: \`${JSON.stringify(child.default)}\`.`);
    if (child.deprecated) extra.push(`Deprecated: ${child.deprecated}.`);
    const either = eitherFormNote(child);
    if (either) extra.push(either);
    lines.push(
      `${"  ".repeat(depth)}- \`${child.tfName}\` (${flags.join(", ")}) ${[child.description, ...extra].join(" ")}`,
    );
    if (hasWriteOnlyForm(child)) {
      const indent = "  ".repeat(depth);
      lines.push(
        `${indent}- \`${woName(child)}\` (String, Optional, Write-only) Write-only form of \`${child.tfName}\`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).`,
        `${indent}- \`${woVersionName(child)}\` (Number, Optional) Set it with \`${woName(child)}\`; change it to send \`${woName(child)}\` again.`,
      );
    }
    const nested =
      child.type === "object"
        ? child
        : child.type === "map" && child.values.type === "object"
          ? child.values
          : child.type === "list" && child.items.type === "object"
            ? child.items
            : undefined;
    if (nested) lines.push(...argumentLines(nested, depth + 1));
  }
  return lines;
}

function connectionLines(decl: KindDeclaration): string[] {
  const entries = Object.entries(decl.outputs.fields);
  if (entries.length === 0)
    return ["- `connection` (Object) Empty: this kind publishes no connection details."];
  return [
    "- `connection` (Object) What the platform publishes, read through TenantSecret and the Service:",
    ...entries.map(
      ([k, f]) =>
        `  - \`${k}\` (${f.type === "number" ? "Number" : f.type === "string" ? "String" : "Map"}${f.sensitive ? ", Sensitive" : ""}) ${f.description}`,
    ),
  ];
}

export function resourceDoc(decl: KindDeclaration): string {
  const short = decl.tfType.replace(/^cozystack_/, "");
  return [
    "---",
    `page_title: "${decl.tfType} Resource - cozystack"`,
    `subcategory: "${decl.category}"`,
    `description: |-`,
    `  ${decl.summary}`,
    "---",
    "",
    `# ${decl.tfType} (Resource)`,
    "",
    `${decl.summary} Manages a \`${decl.apiVersion}\` \`${decl.kind}\`${decl.prefix ? ` (Helm release \`${decl.prefix}<name>\`)` : ""}.`,
    "",
    "## Example Usage",
    "",
    "```terraform",
    exampleResource(decl).trimEnd(),
    "```",
    "",
    "## Argument Reference",
    "",
    "- `name` (String, Required, Forces replacement) Object name.",
    decl.onlyIn
      ? `- \`namespace\` (String, Optional, Forces replacement) Must be \`${decl.onlyIn}\`, which it defaults to.`
      : "- `namespace` (String, Optional, Forces replacement) Tenant namespace; defaults to the provider's `tenant_namespace`.",
    "- `timeouts` (Object, Optional) `create`, `update`, `delete` durations such as `10m`.",
    ...argumentLines(decl.fields),
    "",
    "## Attribute Reference",
    "",
    "- `id` (String) `<namespace>/<name>`.",
    ...connectionLines(decl),
    "",
    "## Readiness",
    "",
    `Apply waits until ${decl.readiness.conditions.map((c) => `\`${c}\``).join(" and ")} ${decl.readiness.conditions.length > 1 ? "are" : "is"} True${decl.readiness.secretKeys ? ` and the credentials hold ${decl.readiness.secretKeys.map((k) => `\`${k}\``).join(", ")}` : ""}.`,
    "",
    "## Import",
    "",
    "```shell",
    `tofu import ${decl.tfType}.example ${exampleNamespace(decl)}/${exampleName(decl)}`,
    "```",
    "",
    `The data source \`${decl.tfType}\` reads the same attributes by \`name\` and \`namespace\` (see \`docs/data-sources/${short}.md\`).`,
    "",
  ].join("\n");
}

export function dataSourceDoc(decl: KindDeclaration): string {
  const readOnly = decl.managedBy
    ? [
        "## Why only a data source",
        "",
        `\`${decl.kind}\` is read-only here: ${decl.managedBy}. It has no settings of its own and cannot be removed, so a resource would have nothing to manage and could only fight the platform. Read it with this data source; to use its secrets without writing them to state, open the \`cozystack_credentials\` ephemeral resource with \`type = "${decl.tfType}"\`:`,
        "",
        "```terraform",
        `ephemeral "cozystack_credentials" "${decl.singular}" {`,
        `  type      = "${decl.tfType}"`,
        `  name      = "${exampleName(decl)}"`,
        `  namespace = "${exampleNamespace(decl)}"`,
        "}",
        "```",
        "",
        "## Attribute Reference",
        "",
        ...connectionLines(decl),
        "",
      ]
    : [];
  return [
    "---",
    `page_title: "${decl.tfType} Data Source - cozystack"`,
    `subcategory: "${decl.category}"`,
    "---",
    "",
    `# ${decl.tfType} (Data Source)`,
    "",
    decl.managedBy
      ? `${decl.summary} Reads the \`${decl.apiVersion}\` \`${decl.kind}\` and its \`connection\`.`
      : `Reads an existing \`${decl.kind}\`: every attribute of the \`${decl.tfType}\` resource, computed, and its \`connection\`.`,
    "",
    "```terraform",
    `data "${decl.tfType}" "example" {`,
    `  name      = "${exampleName(decl)}"`,
    `  namespace = "${exampleNamespace(decl)}"`,
    "}",
    "```",
    "",
    ...readOnly,
  ].join("\n");
}

export function generatedDocs(): Record<string, string> {
  const files: Record<string, string> = {};
  const decls = kinds as readonly KindDeclaration[];
  for (const decl of decls) {
    const short = decl.tfType.replace(/^cozystack_/, "");
    files[`docs/data-sources/${short}.md`] = dataSourceDoc(decl);
    if (decl.managedBy) continue; // read-only: no resource, nothing to import
    files[`docs/resources/${short}.md`] = resourceDoc(decl);
    files[`examples/resources/${decl.tfType}/resource.tf`] = exampleResource(decl);
    files[`examples/resources/${decl.tfType}/import.sh`] =
      `#!/bin/sh\n# Import an existing ${decl.kind} by <namespace>/<name>.\ntofu import ${decl.tfType}.example ${exampleNamespace(decl)}/${exampleName(decl)}\n`;
  }
  files["docs/index.md"] = [
    "---",
    'page_title: "cozystack Provider"',
    "---",
    "",
    "# cozystack Provider",
    "",
    "Declare Cozystack platform services as code. Every `apps.cozystack.io/v1alpha1` kind users manage is a resource and a data source; the kinds the platform manages itself are data sources only.",
    "",
    "## Resources",
    "",
    ...decls
      .filter((d) => !d.managedBy)
      .map((d) => `- [\`${d.tfType}\`](resources/${d.tfType.replace(/^cozystack_/, "")}.md): ${d.summary}`),
    "",
    "## Data sources only",
    "",
    ...decls
      .filter((d) => d.managedBy)
      .map(
        (d) =>
          `- [\`${d.tfType}\`](data-sources/${d.tfType.replace(/^cozystack_/, "")}.md): ${d.summary} Read-only: ${d.managedBy}.`,
      ),
    "",
    ...providerSections(cozystackProvider({})),
  ].join("\n");
  return files;
}

/** The provider's own configuration, ephemeral resources and functions, from its definition. */
function providerSections(def: ProviderDefinition): string[] {
  const oneLine = (text: string | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
  const attributes = Object.entries(def.schema.block.attributes).sort(([a], [b]) => a.localeCompare(b));
  return [
    "## Provider configuration",
    "",
    oneLine(def.schema.block.description),
    "Every argument is optional; unset ones fall back to the environment variable named in their description.",
    "",
    "```hcl",
    'provider "cozystack" {',
    '  config_path      = "~/.kube/cozystack"',
    '  tenant_namespace = "tenant-acme"',
    "}",
    "```",
    "",
    ...attributes.map(
      ([name, a]) => `- \`${name}\`${a.sensitive ? " (sensitive)" : ""}: ${oneLine(a.description)}`,
    ),
    "",
    "## Ephemeral resources",
    "",
    ...Object.entries(def.ephemeralResources ?? {}).map(
      ([name, e]) => `- \`${name}\`: ${oneLine(e.schema.block.description)}`,
    ),
    "",
    "## Functions",
    "",
    ...Object.entries(def.functions ?? {}).map(
      ([name, f]) =>
        `- \`provider::cozystack::${name}(${f.parameters.map((p) => p.name).join(", ")})\`: ${oneLine(f.summary)} ${oneLine(f.description)}`,
    ),
    "",
  ];
}

if (import.meta.main) {
  for (const [file, text] of Object.entries(generatedDocs())) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  console.log("generated docs/ and examples/resources/");
}
