// The pages of each model kind: its resource, data source and list resource, and the
// example configuration they show (also written to examples/resources/<type>/).
import { terraformFromSpec } from "../../schemas/core/convert.ts";
import { exampleName, exampleSpec } from "../../schemas/core/example.ts";
import type { FieldNode } from "../../schemas/core/ir.ts";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { ListResourceDefinition, ResourceDefinition } from "../../provider/plugin/api.ts";
import { eitherFormNote, requiredInTerraform } from "../../provider/cozystack/schema.ts";
import { hasWriteOnlyForm, woName, woVersionName } from "../../provider/cozystack/write-only.ts";
import { hclResource } from "../hcl.ts";
import { alignHcl } from "./hcl-align.ts";
import { fence, page } from "./page.ts";
import { ctyTypeName, schemaSections } from "./schema.ts";

export { exampleName };

/** The type name without the provider prefix: the page's file name. */
export const shortName = (tfType: string) => tfType.replace(/^cozystack_/, "");

/** Where the docs' examples put an object of this kind. */
export function exampleNamespace(decl: KindDeclaration): string {
  return decl.onlyIn ?? (decl.kind === "Tenant" ? "tenant-root" : "tenant-acme");
}

export function exampleResource(decl: KindDeclaration): string {
  const namespace = exampleNamespace(decl);
  const attrs = { name: exampleName(decl), namespace, ...terraformFromSpec(decl.fields, exampleSpec(decl)) };
  return alignHcl(`# ${decl.summary}\n${hclResource(decl.tfType, "example", attrs)}`);
}

export function exampleImport(decl: KindDeclaration): string {
  return `#!/bin/sh\n# Import an existing ${decl.kind} by <namespace>/<name>.\ntofu import ${decl.tfType}.example ${exampleNamespace(decl)}/${exampleName(decl)}\n`;
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

/** The object a field's children live in: itself, or the values of its map or list. */
function nestedObject(node: FieldNode): FieldNode | undefined {
  if (node.type === "object") return node;
  if (node.type === "map" && node.values.type === "object") return node.values;
  if (node.type === "list" && node.items.type === "object") return node.items;
  return undefined;
}

function argumentLines(node: FieldNode, depth = 0): string[] {
  if (node.type !== "object") return [];
  const lines: string[] = [];
  const indent = "  ".repeat(depth);
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
      `${indent}- \`${child.tfName}\` (${flags.join(", ")}) ${[child.description, ...extra].join(" ")}`,
    );
    if (hasWriteOnlyForm(child)) {
      lines.push(
        `${indent}- \`${woName(child)}\` (String, Optional, Write-only) Write-only form of \`${child.tfName}\`: sent to the platform, never stored in state (OpenTofu/Terraform >= 1.11).`,
        `${indent}- \`${woVersionName(child)}\` (Number, Optional) Set it with \`${woName(child)}\`; change it to send \`${woName(child)}\` again.`,
      );
    }
    const nested = nestedObject(child);
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

function namespaceArgument(decl: KindDeclaration, forcesReplacement: boolean): string {
  const flags = forcesReplacement ? "String, Optional, Forces replacement" : "String, Optional";
  return decl.onlyIn
    ? `- \`namespace\` (${flags}) Must be \`${decl.onlyIn}\`, which it defaults to.`
    : `- \`namespace\` (${flags}) Tenant namespace; defaults to the provider's \`tenant_namespace\`.`;
}

function importBlock(decl: KindDeclaration): string {
  return alignHcl(
    `import {\n  to = ${decl.tfType}.example\n  id = "${exampleNamespace(decl)}/${exampleName(decl)}"\n}`,
  );
}

export function resourceDoc(decl: KindDeclaration, list: ListResourceDefinition | undefined): string {
  const short = shortName(decl.tfType);
  const conditions = decl.readiness.conditions.map((c) => `\`${c}\``).join(" and ");
  const secretKeys = decl.readiness.secretKeys
    ? ` and the credentials hold ${decl.readiness.secretKeys.map((k) => `\`${k}\``).join(", ")}`
    : "";
  return page(
    { title: `${decl.tfType} Resource - cozystack`, subcategory: decl.category, description: decl.summary },
    [
      `# ${decl.tfType} (Resource)`,
      "",
      `${decl.summary} Manages a \`${decl.apiVersion}\` \`${decl.kind}\`${decl.prefix ? ` (Helm release \`${decl.prefix}<name>\`)` : ""}.`,
      "",
      "## Example Usage",
      "",
      ...fence("terraform", exampleResource(decl)),
      "",
      "## Argument Reference",
      "",
      "- `name` (String, Required, Forces replacement) Object name.",
      namespaceArgument(decl, true),
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
      `Apply waits until ${conditions} ${decl.readiness.conditions.length > 1 ? "are" : "is"} True${secretKeys}.`,
      "",
      "## Import",
      "",
      "Import an existing object by `<namespace>/<name>`, with an `import` block:",
      "",
      ...fence("terraform", importBlock(decl)),
      "",
      "or on the command line:",
      "",
      ...fence("shell", `tofu import ${decl.tfType}.example ${exampleNamespace(decl)}/${exampleName(decl)}`),
      "",
      "The resource identity is `namespace` and `name`.",
      "",
      `The data source [\`${decl.tfType}\`](../data-sources/${short}.md) reads the same attributes by \`name\` and \`namespace\`${list ? `; the list resource [\`${decl.tfType}\`](../list-resources/${short}.md) finds every object of this kind in a namespace` : ""}.`,
    ],
  );
}

function dataSourceExample(decl: KindDeclaration): string {
  return alignHcl(
    `data "${decl.tfType}" "example" {\n  name = "${exampleName(decl)}"\n  namespace = "${exampleNamespace(decl)}"\n}`,
  );
}

export function dataSourceDoc(decl: KindDeclaration): string {
  const short = shortName(decl.tfType);
  const arguments_ = [
    "## Argument Reference",
    "",
    "- `name` (String, Required) Object name.",
    namespaceArgument(decl, false),
    "",
  ];
  const attributes = decl.managedBy
    ? ["## Attribute Reference", "", "- `id` (String) `<namespace>/<name>`.", ...connectionLines(decl), ""]
    : [
        "## Attribute Reference",
        "",
        `Every argument of the [\`${decl.tfType}\`](../resources/${short}.md) resource, computed, with \`id\` and \`connection\`:`,
        "",
        "- `id` (String) `<namespace>/<name>`.",
        ...connectionLines(decl),
        "",
      ];
  const readOnly = decl.managedBy
    ? [
        "## Why only a data source",
        "",
        `\`${decl.kind}\` is read-only here: ${decl.managedBy}. It has no settings of its own and cannot be removed, so a resource would have nothing to manage and could only fight the platform. Read it with this data source; to use its secrets without writing them to state, open the [\`cozystack_credentials\`](../ephemeral-resources/credentials.md) ephemeral resource with \`type = "${decl.tfType}"\`:`,
        "",
        ...fence(
          "terraform",
          alignHcl(
            `ephemeral "cozystack_credentials" "${decl.singular}" {\n  type = "${decl.tfType}"\n  name = "${exampleName(decl)}"\n  namespace = "${exampleNamespace(decl)}"\n}`,
          ),
        ),
        "",
      ]
    : [];
  const summary = decl.managedBy
    ? `${decl.summary} Reads the \`${decl.apiVersion}\` \`${decl.kind}\` and its \`connection\`.`
    : `Reads an existing \`${decl.kind}\`: every attribute of the \`${decl.tfType}\` resource, computed, and its \`connection\`.`;
  return page(
    { title: `${decl.tfType} Data Source - cozystack`, subcategory: decl.category, description: summary },
    [
      `# ${decl.tfType} (Data Source)`,
      "",
      summary,
      "",
      "## Example Usage",
      "",
      ...fence("terraform", dataSourceExample(decl)),
      "",
      ...arguments_,
      ...attributes,
      ...readOnly,
    ],
  );
}

function listExample(decl: KindDeclaration): string {
  return alignHcl(
    [
      `list "${decl.tfType}" "all" {`,
      "  provider = cozystack",
      "  include_resource = true",
      "",
      "  config {",
      `    namespace = "${exampleNamespace(decl)}"`,
      "  }",
      "}",
    ].join("\n"),
  );
}

/** The list resource of a kind, from its definition and the identity of the resource it lists. */
export function listResourceDoc(
  decl: KindDeclaration,
  list: ListResourceDefinition,
  resource: ResourceDefinition,
): string {
  const short = shortName(decl.tfType);
  const description = `Lists the \`${decl.kind}\` objects of a tenant namespace, for \`terraform query\`.`;
  const identity = Object.entries(resource.identity?.attributes ?? {}).map(([name, a]) =>
    `- \`${name}\` (${ctyTypeName(a.type)}) ${a.description ?? ""}`.trimEnd(),
  );
  return page(
    { title: `${decl.tfType} List Resource - cozystack`, subcategory: decl.category, description },
    [
      `# ${decl.tfType} (List Resource)`,
      "",
      `${description} Each result is identified by its resource identity; \`terraform query -generate-config-out=FILE\` writes an \`import\` block and a [\`${decl.tfType}\`](../resources/${short}.md) resource for each. List blocks live in \`.tfquery.hcl\` files and need Terraform >= 1.14.`,
      "",
      "## Example Usage",
      "",
      ...fence("terraform", listExample(decl)),
      "",
      "## Schema of the `config` block",
      "",
      ...schemaSections(list.schema.block),
      "## Identity",
      "",
      ...identity,
    ],
  );
}
