// Registry docs and examples, generated from the model and the provider definition, in the
// layout the Terraform registry reads:
//   docs/index.md                       the provider, its configuration, links to every page
//   docs/resources/<kind>.md            each kind users manage
//   docs/data-sources/<kind>.md         each kind
//   docs/ephemeral-resources/<name>.md  each ephemeral resource
//   docs/functions/<name>.md            each provider function
//   docs/list-resources/<kind>.md       each list resource (terraform query)
//   docs/guides/*.md                    installing, and moving from the Go provider
//   examples/resources/<type>/{resource.tf,import.sh}
// Every file under docs/ but the hand-written docs/platform-stand-ins.md is generated here;
// test/generated.test.ts fails on a stale, edited or stray one.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { KindDeclaration } from "../schemas/core/kind.ts";
import { kinds } from "../schemas/kinds/index.ts";
import { cozystackProvider } from "../provider/cozystack/provider.ts";
import type { ProviderDefinition } from "../provider/plugin/api.ts";
import { NAMESPACE, TYPE } from "./release/archive.ts";
import { installGuides, type Guide } from "./docs/guides/install.ts";
import { MIGRATION_GUIDE, migrationGuide, migrationHead } from "./docs/guides/migrate.ts";
import {
  dataSourceDoc,
  exampleImport,
  exampleResource,
  listResourceDoc,
  resourceDoc,
  shortName,
} from "./docs/kinds.ts";
import {
  ephemeralDoc,
  ephemeralFile,
  functionDoc,
  functionFile,
  indexDoc,
  type IndexEntry,
} from "./docs/provider-pages.ts";

export { exampleName, exampleNamespace, exampleResource } from "./docs/kinds.ts";

const root = join(import.meta.dirname, "..");

/** Folders whose every file is generated here; a file in them that is not is a stray. */
export const GENERATED_DIRS = [
  "docs/resources",
  "docs/data-sources",
  "docs/ephemeral-resources",
  "docs/functions",
  "docs/list-resources",
  "docs/guides",
  "examples/resources",
] as const;

/** Hand-written files that live among the generated ones. */
export const HAND_WRITTEN = ["docs/platform-stand-ins.md"] as const;

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
}

function kindPages(
  def: ProviderDefinition,
  decls: readonly KindDeclaration[],
  files: Record<string, string>,
) {
  for (const decl of decls) {
    const short = shortName(decl.tfType);
    files[`docs/data-sources/${short}.md`] = dataSourceDoc(decl);
    const resource = def.resources?.[decl.tfType];
    if (!resource) continue; // read-only kinds: no resource, nothing to import or list
    const list = def.listResources?.[decl.tfType];
    files[`docs/resources/${short}.md`] = resourceDoc(decl, list);
    if (list) files[`docs/list-resources/${short}.md`] = listResourceDoc(decl, list, resource);
    files[`examples/resources/${decl.tfType}/resource.tf`] = exampleResource(decl);
    files[`examples/resources/${decl.tfType}/import.sh`] = exampleImport(decl);
  }
}

function providerPages(def: ProviderDefinition, files: Record<string, string>) {
  for (const [type, ephemeral] of Object.entries(def.ephemeralResources ?? {}))
    files[`docs/${ephemeralFile(type)}`] = ephemeralDoc(type, ephemeral);
  for (const [name, f] of Object.entries(def.functions ?? {}))
    files[`docs/${functionFile(name)}`] = functionDoc(name, f);
}

function entries(decls: readonly KindDeclaration[], folder: string, summary: (d: KindDeclaration) => string) {
  return decls.map((d): IndexEntry => ({
    name: d.tfType,
    file: `${folder}/${shortName(d.tfType)}.md`,
    summary: summary(d),
  }));
}

export function generatedDocs(): Record<string, string> {
  const files: Record<string, string> = {};
  const def = cozystackProvider({});
  const decls = kinds as readonly KindDeclaration[];
  const version = packageVersion();
  const source = `${NAMESPACE}/${TYPE}`;
  kindPages(def, decls, files);
  providerPages(def, files);
  const guides: Guide[] = [
    ...installGuides(version),
    { file: MIGRATION_GUIDE, head: migrationHead, text: migrationGuide(def, source) },
  ];
  for (const guide of guides) files[`docs/${guide.file}`] = guide.text;
  const managed = decls.filter((d) => def.resources?.[d.tfType]);
  files["docs/index.md"] = indexDoc(def, source, version, {
    resources: entries(managed, "resources", (d) => d.summary),
    dataSources: entries(decls, "data-sources", (d) =>
      d.managedBy ? `${d.summary} Read-only: ${d.managedBy}.` : d.summary,
    ),
    listResources: entries(
      managed.filter((d) => def.listResources?.[d.tfType]),
      "list-resources",
      (d) => `Every \`${d.kind}\` of a namespace.`,
    ),
    guides: guides.map((g) => ({ name: g.head.title, file: g.file, summary: g.head.description })),
  });
  return files;
}

if (import.meta.main) {
  for (const [file, text] of Object.entries(generatedDocs())) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  console.log("generated docs/ and examples/resources/");
}
