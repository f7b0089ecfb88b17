// `npm run generate`: every committed file derived from the model or our .proto files.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderKindsIndex } from "./generate-index.ts";
import { DESCRIPTORS_FILE, renderDescriptors } from "./generate-proto.ts";

const root = join(import.meta.dirname, "..");
const kindsDir = join(root, "schemas", "kinds");
writeFileSync(join(kindsDir, "index.ts"), renderKindsIndex(kindsDir));
writeFileSync(DESCRIPTORS_FILE, renderDescriptors());
console.log("generated: schemas/kinds/index.ts, provider/plugin/proto/descriptors.generated.ts");
