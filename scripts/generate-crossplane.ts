// The Crossplane side of the model: XRDs, Compositions, package metadata, install objects,
// RBAC and examples. `npm run generate` writes them into the repository with the defaults;
// platform teams run this script with their own group:
//   node scripts/generate-crossplane.ts --group example.org --legacy-group legacy.example.org --out DIR
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { crossplaneFiles, GENERATED_DIRS } from "../functions/generate/files.ts";
import { DEFAULT_OPTIONS, GenerateError, type GenerateOptions } from "../functions/generate/options.ts";

const root = join(import.meta.dirname, "..");

const USAGE = `usage: node scripts/generate-crossplane.ts [flags]
  --group G                      v2 XR group (default ${DEFAULT_OPTIONS.group})
  --legacy-group G               legacy XR and claim group (default ${DEFAULT_OPTIONS.legacyGroup})
  --provider-config NAME         provider-kubernetes config of the remote target (default ${DEFAULT_OPTIONS.providerConfig.name})
  --provider-config-kind KIND    ProviderConfig or ClusterProviderConfig (default ${DEFAULT_OPTIONS.providerConfig.kind})
  --connection-secrets-namespace where legacy XR connection Secrets go (default ${DEFAULT_OPTIONS.connectionSecretsNamespace})
  --function-package REF         function image (default ${DEFAULT_OPTIONS.functionPackage})
  --configuration-package REF    Configuration image (default ${DEFAULT_OPTIONS.configurationPackage})
  --out DIR                      where to write (default: the repository)`;

export function parseFlags(argv: string[]): { opts: GenerateOptions; out: string } | { help: true } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      group: { type: "string", default: DEFAULT_OPTIONS.group },
      "legacy-group": { type: "string", default: DEFAULT_OPTIONS.legacyGroup },
      "provider-config": { type: "string", default: DEFAULT_OPTIONS.providerConfig.name },
      "provider-config-kind": { type: "string", default: DEFAULT_OPTIONS.providerConfig.kind },
      "connection-secrets-namespace": { type: "string", default: DEFAULT_OPTIONS.connectionSecretsNamespace },
      "function-package": { type: "string", default: DEFAULT_OPTIONS.functionPackage },
      "configuration-package": { type: "string", default: DEFAULT_OPTIONS.configurationPackage },
      out: { type: "string", default: root },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return { help: true };
  const kind = values["provider-config-kind"];
  if (kind !== "ProviderConfig" && kind !== "ClusterProviderConfig") {
    throw new GenerateError(
      `--provider-config-kind "${kind}" must be ProviderConfig or ClusterProviderConfig`,
    );
  }
  return {
    out: values.out,
    opts: {
      group: values.group,
      legacyGroup: values["legacy-group"],
      providerConfig: { name: values["provider-config"], kind },
      connectionSecretsNamespace: values["connection-secrets-namespace"],
      functionPackage: values["function-package"],
      configurationPackage: values["configuration-package"],
    },
  };
}

function yamlFilesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isFile() && e.name.endsWith(".yaml")).map((e) => join(e.parentPath, e.name));
}

/**
 * Write every file, and remove YAML files in the generated directories that the
 * generator no longer produces (a kind renamed or dropped). Returns the paths written.
 */
export function writeCrossplaneFiles(out: string, opts: GenerateOptions = DEFAULT_OPTIONS): string[] {
  const files = crossplaneFiles(opts);
  for (const dir of GENERATED_DIRS) {
    for (const path of yamlFilesUnder(join(out, dir))) {
      if (!(relative(out, path) in files)) rmSync(path);
    }
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), text);
  }
  return Object.keys(files);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const parsed = parseFlags(process.argv.slice(2));
    if ("help" in parsed) {
      console.log(USAGE);
    } else {
      const written = writeCrossplaneFiles(parsed.out, parsed.opts);
      console.log(`generated ${written.length} Crossplane files under ${parsed.out}`);
    }
  } catch (error) {
    console.error(`generate-crossplane: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
