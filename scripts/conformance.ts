// Print every difference between the model and Cozystack's ApplicationDefinitions.
// Usage: node scripts/conformance.ts [Kind ...]   (reads the source located by schemas/conformance/upstream.ts)
import { kinds } from "../schemas/kinds/index.ts";
import { allowList } from "../schemas/conformance/allow-list.ts";
import { compareKind, differenceKey } from "../schemas/conformance/compare.ts";
import { loadDefinitions, locateSource } from "../schemas/conformance/upstream.ts";

const { dir, reason } = locateSource();
if (!dir) {
  console.error(`Cozystack source not available: ${reason}`);
  process.exit(2);
}
const only = new Set(process.argv.slice(2));
const upstream = new Map(loadDefinitions(dir).map((d) => [d.kind, d]));
let unexplained = 0;
for (const decl of kinds) {
  if (only.size > 0 && !only.has(decl.kind)) continue;
  const def = upstream.get(decl.kind);
  if (!def) {
    console.log(`${decl.kind}: no ApplicationDefinition upstream`);
    unexplained++;
    continue;
  }
  for (const d of compareKind(decl, def)) {
    const key = differenceKey(d);
    const allowed = key in allowList;
    if (!allowed) unexplained++;
    console.log(`${allowed ? "allowed  " : "DIFFERENT"} ${key}: ours ${d.ours}, upstream ${d.upstream}`);
  }
}
console.log(`${unexplained} unexplained difference(s)`);
process.exit(unexplained > 0 ? 1 : 0);
