// The provider's own pages: docs/index.md, docs/ephemeral-resources/*.md and
// docs/functions/*.md, from the provider definition (schemas, descriptions, flags).
import type {
  EphemeralResourceDefinition,
  FunctionDefinition,
  FunctionParameter,
  ProviderDefinition,
} from "../../provider/plugin/api.ts";
import { hclValue } from "../hcl.ts";
import { alignHcl } from "./hcl-align.ts";
import { ephemeralExamples, functionExamples, type FunctionExample } from "./examples.ts";
import { fence, oneLine, page, type PageHead } from "./page.ts";
import { ctyTypeName, schemaSections } from "./schema.ts";

/** A link the index lists, with one line about its target. */
export interface IndexEntry {
  name: string;
  file: string;
  summary: string;
}

export interface IndexSections {
  resources: IndexEntry[];
  dataSources: IndexEntry[];
  listResources: IndexEntry[];
  guides: IndexEntry[];
}

/** The `terraform` block users start from: the release's source address and version line. */
export function requiredProvidersBlock(source: string, version: string): string {
  const [major, minor] = version.split(".");
  return alignHcl(
    [
      "terraform {",
      "  required_providers {",
      "    cozystack = {",
      `      source = "${source}"`,
      `      version = "~> ${major}.${minor}"`,
      "    }",
      "  }",
      "}",
    ].join("\n"),
  );
}

const links = (entries: readonly IndexEntry[]) =>
  entries.map((e) => `- [\`${e.name}\`](${e.file}): ${e.summary}`);

export const ephemeralFile = (type: string) => `ephemeral-resources/${type.replace(/^cozystack_/, "")}.md`;
export const functionFile = (name: string) => `functions/${name}.md`;

export function indexDoc(
  def: ProviderDefinition,
  source: string,
  version: string,
  sections: IndexSections,
): string {
  const description =
    "Declare Cozystack platform services as code: every `apps.cozystack.io/v1alpha1` kind users manage is a resource, a data source and a list resource; the kinds the platform manages itself are data sources only.";
  const providerExample = alignHcl(
    [
      'provider "cozystack" {',
      '  config_path = "~/.kube/cozystack"',
      '  tenant_namespace = "tenant-acme"',
      "}",
    ].join("\n"),
  );
  return page({ title: "cozystack Provider", subcategory: "", description }, [
    "# cozystack Provider",
    "",
    description,
    "",
    "## Example Usage",
    "",
    ...fence("terraform", `${requiredProvidersBlock(source, version)}\n\n${providerExample}`),
    "",
    "## Schema",
    "",
    `${oneLine(def.schema.block.description)} Every argument is optional; unset ones fall back to the environment variable named in their description.`,
    "",
    ...schemaSections(def.schema.block),
    "## Resources",
    "",
    ...links(sections.resources),
    "",
    "## Data Sources",
    "",
    ...links(sections.dataSources),
    "",
    "## Ephemeral Resources",
    "",
    "Their values go to other providers and write-only arguments without being stored in state or plan files (OpenTofu >= 1.11, Terraform >= 1.10).",
    "",
    ...links(
      Object.entries(def.ephemeralResources ?? {}).map(([name, e]) => ({
        name,
        file: ephemeralFile(name),
        summary: oneLine(e.schema.block.description),
      })),
    ),
    "",
    "## Functions",
    "",
    "Called as `provider::cozystack::<name>(...)` (OpenTofu >= 1.7, Terraform >= 1.8).",
    "",
    ...links(
      Object.entries(def.functions ?? {}).map(([name, f]) => ({
        name,
        file: functionFile(name),
        summary: oneLine(f.summary),
      })),
    ),
    "",
    "## List Resources",
    "",
    "For `terraform query` (Terraform >= 1.14): every object of a kind in a namespace, ready to import.",
    "",
    ...links(sections.listResources),
    "",
    "## Guides",
    "",
    ...sections.guides.map((g) => `- [${g.name}](${g.file}): ${g.summary}`),
  ]);
}

export function ephemeralDoc(type: string, ephemeral: EphemeralResourceDefinition): string {
  const example = ephemeralExamples[type];
  if (!example) throw new Error(`${type} has no example in scripts/docs/examples.ts`);
  const description = oneLine(ephemeral.schema.block.description);
  return page({ title: `${type} Ephemeral Resource - cozystack`, subcategory: "", description }, [
    `# ${type} (Ephemeral Resource)`,
    "",
    description,
    "",
    "Ephemeral resources need OpenTofu >= 1.11 or Terraform >= 1.10. Their values may go to provider configurations, other ephemeral resources and write-only arguments; they are never written to state or plan files.",
    "",
    "## Example Usage",
    "",
    ...fence("terraform", example),
    "",
    "## Schema",
    "",
    ...schemaSections(ephemeral.schema.block),
  ]);
}

function parameterType(p: FunctionParameter): string {
  return ctyTypeName(p.type).toLowerCase();
}

function signature(name: string, f: FunctionDefinition): string {
  const params = f.parameters.map((p) => `${p.name} ${parameterType(p)}`);
  if (f.variadic) params.push(`${f.variadic.name}... ${parameterType(f.variadic)}`);
  return `${name}(${params.join(", ")}) ${ctyTypeName(f.returns).toLowerCase()}`;
}

function functionExample(name: string, example: FunctionExample): string {
  const outputs = (example.calls ?? []).map((call) =>
    [
      `output "${call.output}" {`,
      `  value = provider::cozystack::${name}(${call.args.map((a) => hclValue(a)).join(", ")}) # ${hclValue(call.result)}`,
      "}",
    ].join("\n"),
  );
  return [...outputs, ...(example.usage ? [example.usage] : [])].join("\n\n");
}

export function functionDoc(name: string, f: FunctionDefinition): string {
  const example = functionExamples[name];
  if (!example) throw new Error(`function ${name} has no example in scripts/docs/examples.ts`);
  const head: PageHead = {
    title: `${name} function - cozystack`,
    subcategory: "",
    description: oneLine(f.summary),
  };
  const argument = (p: FunctionParameter, i: number) =>
    `${i + 1}. \`${p.name}\` (${ctyTypeName(p.type)}${p.allowNull ? ", Nullable" : ""}) ${oneLine(p.description)}`;
  return page(head, [
    `# function: ${name}`,
    "",
    `${oneLine(f.summary)} ${oneLine(f.description)}`.trim(),
    "",
    ...(f.deprecated ? [`Deprecated: ${oneLine(f.deprecated)}`, ""] : []),
    "Provider functions need OpenTofu >= 1.7 or Terraform >= 1.8.",
    "",
    "## Example Usage",
    "",
    ...fence("terraform", functionExample(name, example)),
    "",
    "## Signature",
    "",
    ...fence("text", signature(name, f)),
    "",
    "## Arguments",
    "",
    ...f.parameters.map(argument),
    ...(f.variadic ? [argument(f.variadic, f.parameters.length)] : []),
    "",
    "## Result",
    "",
    `${ctyTypeName(f.returns)}${
      f.returns.kind === "object"
        ? ` with ${Object.keys(f.returns.attributes)
            .map((a) => `\`${a}\``)
            .join(", ")}`
        : ""
    }.`,
  ]);
}
