// docs/guides/moving-from-the-go-provider.md: the attribute mapping from the Go provider
// (scripts/docs/go-provider.ts) and how its state moves here.
import type { ProviderDefinition } from "../../../provider/plugin/api.ts";
import { alignHcl } from "../hcl-align.ts";
import { fence, page, table, type PageHead } from "../page.ts";
import {
  COMMON,
  EPHEMERAL_MAPPINGS,
  GO_PROVIDER,
  PROVIDER_MAPPING,
  RESOURCE_MAPPINGS,
  UNMAPPED_EPHEMERAL,
  UNMAPPED_RESOURCES,
  type AttributeMove,
  type ResourceMapping,
} from "../go-provider.ts";

export const MIGRATION_GUIDE = "guides/moving-from-the-go-provider.md";

export const migrationHead: PageHead = {
  title: "Moving from the Go provider",
  subcategory: "Migration",
  description: `From the Go provider of ${GO_PROVIDER.repository} to this one: where each attribute goes, and how the state moves.`,
};

const code = (text: string) => `\`${text}\``;

function row(from: string, move: AttributeMove): string[] {
  return [code(from), move.to ? code(move.to) : "none", move.note ?? ""];
}

const mappingTable = (rows: readonly string[][]) => table(["Go provider", "here", "notes"], rows);

/** The rows of one resource: the common attributes, then its own, sorted by their name there. */
function resourceRows(mapping: ResourceMapping, common: boolean): string[][] {
  const own = new Map<string, AttributeMove>();
  for (const path of mapping.same) own.set(path, { to: path });
  for (const [path, move] of Object.entries(mapping.moves ?? {})) own.set(path, move);
  const sorted = [...own.entries()].sort(([a], [b]) => a.localeCompare(b));
  return [
    ...(common
      ? Object.entries(COMMON)
          .filter(([path]) => !mapping.lacks?.includes(path))
          .map(([path, move]) => row(path, move))
      : []),
    ...sorted.map(([path, move]) => row(path, move)),
  ];
}

const ourPage = (tfType: string, folder: string) => `../${folder}/${tfType.replace(/^cozystack_/, "")}.md`;

function resourceSection(mapping: ResourceMapping): string[] {
  return [
    `### ${code(mapping.go)} → [${code(mapping.ours)}](${ourPage(mapping.ours, "resources")})`,
    "",
    ...(mapping.note ? [mapping.note, ""] : []),
    ...mappingTable(resourceRows(mapping, true)),
    "",
  ];
}

/**
 * Moving state between providers' types takes MoveResourceState on our side. The guide says
 * ours has none; the day a resource gains it, the guide must be rewritten, not left wrong.
 */
function assertNoMoveSupport(def: ProviderDefinition): void {
  const movable = Object.entries(def.resources ?? {}).filter(([, r]) => r.move);
  if (movable.length > 0)
    throw new Error(
      `${movable.map(([t]) => t).join(", ")} now accept moved state: rewrite the state move of ${MIGRATION_GUIDE} (scripts/docs/guides/migrate.ts)`,
    );
}

const removedBlock = alignHcl(
  [
    "removed {",
    "  from = cozystack_postgres.db",
    "",
    "  lifecycle {",
    "    destroy = false",
    "  }",
    "}",
  ].join("\n"),
);

function requiredProviders(source: string): string {
  return alignHcl(
    [
      "terraform {",
      "  required_providers {",
      "    cozystack = {",
      `      source = "${source}"`,
      "    }",
      "  }",
      "}",
    ].join("\n"),
  );
}

const importExample = alignHcl(
  [
    'provider "cozystack" {',
    '  config_path = "~/.kube/cozystack"',
    "}",
    "",
    "import {",
    "  to = cozystack_postgres.db",
    '  id = "tenant-acme/db"',
    "}",
    "",
    'resource "cozystack_postgres" "db" {',
    '  name = "db"',
    '  namespace = "tenant-acme"',
    "  replicas = 2",
    "}",
  ].join("\n"),
);

export function migrationGuide(def: ProviderDefinition, source: string): string {
  assertNoMoveSupport(def);
  const renamed = RESOURCE_MAPPINGS.filter((m) => m.go !== m.ours);
  return page(migrationHead, [
    `# ${migrationHead.title}`,
    "",
    `The Go provider of ${code(GO_PROVIDER.repository)} (configured as ${code(`source = "${GO_PROVIDER.source}"`)} in its README; Go module ${code(GO_PROVIDER.module)}) and this one (${code(source)}) manage the same \`apps.cozystack.io\` objects. Both name their resources \`cozystack_<kind>\` and identify an object as \`<namespace>/<name>\`, so moving is a matter of state: the objects on the platform stay as they are.`,
    "",
    "What this guide says about the Go provider was read from its public repository: the pages its docs generator wrote for each resource, and its provider definition. Its code was not run here, so the procedure below has not been tried against it; the plan after the imports is the check that matters.",
    "",
    "## Moving the state",
    "",
    "A `moved` block across providers (OpenTofu >= 1.9, Terraform >= 1.8) asks the new provider to take over the old state through MoveResourceState. No resource of this provider does: it answers such a move with a `Move not supported` error. Move each object with `removed` and `import` blocks instead, in two applies.",
    "",
    "**1. Forget the objects in the Go provider's state.** With the Go provider still configured, replace each of its resource blocks with a `removed` block. The plan shows the objects as no longer managed and destroys nothing; apply it.",
    "",
    ...fence("terraform", removedBlock),
    "",
    "`removed` with `lifecycle { destroy = false }` is accepted by Terraform >= 1.7 and by the OpenTofu releases this project tests with (1.10 to 1.12). `tofu state rm cozystack_postgres.db` does the same without a plan.",
    "",
    "**2. Import them into this provider.** Require this provider instead of the Go one, configure it (see the table below), write each resource with this provider's type and attributes, and add an `import` block with the same `<namespace>/<name>` ID:",
    "",
    ...fence("terraform", `${requiredProviders(source)}\n\n${importExample}`),
    "",
    "Run `tofu init`, then `tofu plan`. The plan shows one import per object, plus an update wherever the configuration differs from what the platform holds. Attributes the Go provider left to the platform are attributes here, planned with the model's defaults: set them to the values the objects have until the plan shows imports and no changes, then apply. `tofu plan -generate-config-out=generated.tf` with only the `import` blocks writes each resource as the platform holds it, a starting point for the configuration. Once applied, the `import` blocks do nothing and may be removed.",
    "",
    "Data sources are renamed the same way as the resources, and read the same attributes as the resource of their type.",
    "",
    "## Provider configuration",
    "",
    ...mappingTable(Object.entries(PROVIDER_MAPPING).map(([path, move]) => row(path, move))),
    "",
    `Added here: \`proxy_url\`, \`tenant_namespace\` (the default namespace of resources that set none) and \`wait_for_ready\`. See the [provider page](../index.md).`,
    "",
    "## Resource types",
    "",
    `${renamed.length} resource types are renamed: ${renamed.map((m) => `${code(m.go)} is ${code(m.ours)}`).join(", ")}. The others keep their names. Every attribute of the Go provider is in one of the tables below, with where it goes here; an attribute not in the table of a resource is new here.`,
    "",
    ...RESOURCE_MAPPINGS.flatMap(resourceSection),
    "## Resources with no counterpart",
    "",
    "These stay with the Go provider (or `kubernetes_manifest` of the hashicorp/kubernetes provider). Both providers can be used in one configuration under different local names, for example `cozystack_go` for the Go provider, with `provider = cozystack_go` on its resources.",
    "",
    ...table(
      ["Go provider", "why"],
      Object.entries(UNMAPPED_RESOURCES).map(([type, why]) => [code(type), why]),
    ),
    "",
    "## Ephemeral resources",
    "",
    ...EPHEMERAL_MAPPINGS.flatMap((m) => [
      `### ${code(m.go)} → [${code(m.ours)}](${ourPage(m.ours, "ephemeral-resources")})`,
      "",
      ...(m.note ? [m.note, ""] : []),
      ...mappingTable(resourceRows(m, false)),
      "",
    ]),
    ...Object.entries(UNMAPPED_EPHEMERAL).flatMap(([type, why]) => [
      `${code(type)}: no counterpart. ${why}`,
      "",
    ]),
  ]);
}
