// `npm run generate`: every committed file derived from the model or our .proto files.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { renderKindsIndex } from "./generate-index.ts";
import { DESCRIPTORS_FILE, renderDescriptors, renderProtoTypes, TYPES_FILE } from "./generate-proto.ts";
import { writeCrossplaneFiles } from "./generate-crossplane.ts";

const root = join(import.meta.dirname, "..");
const kindsDir = join(root, "schemas", "kinds");
writeFileSync(join(kindsDir, "index.ts"), renderKindsIndex(kindsDir));
writeFileSync(DESCRIPTORS_FILE, renderDescriptors());
writeFileSync(TYPES_FILE, renderProtoTypes());
await import("./generate-docs.ts").then(({ generatedDocs }) => {
  for (const [file, text] of Object.entries(generatedDocs())) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
});
// Crossplane: XRDs, Compositions, packages, install objects and examples, with the default groups.
writeCrossplaneFiles(root);
// CDK Terrain bindings: built provider -> `tofu providers schema -json` -> @cdktn/provider-generator.
await import("./generate-cdk.ts").then(({ generateCdk }) => generateCdk({ fromCache: false }));
console.log(
  "generated: schemas/kinds/index.ts, provider/plugin/proto/{descriptors,types}.generated.ts, docs/, examples/resources/,",
  "functions/{package,configuration,install}/, examples/crossplane/, cdk/provider-schema.json, cdk/src/",
);
