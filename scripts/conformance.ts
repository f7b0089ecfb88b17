// Print every difference between the model and Cozystack's ApplicationDefinitions.
// Usage: node scripts/conformance.ts [Kind ...]   (reads the source located by schemas/conformance/upstream.ts)
import { kinds } from "../schemas/kinds/index.ts";
import { allowList, undeclaredKinds } from "../schemas/conformance/allow-list.ts";
import { compareKind, differenceKey } from "../schemas/conformance/compare.ts";
import { loadDefinitions, locateDefinitions } from "../schemas/conformance/upstream.ts";

const source = locateDefinitions();
if (!source.files) {
  console.error(`Cozystack's ApplicationDefinitions are not available: ${source.reason}`);
  process.exit(2);
}
console.error(`reading ${source.files.length} ApplicationDefinitions from ${source.from}`);
const only = new Set(process.argv.slice(2));
const upstream = new Map(loadDefinitions(source).map((d) => [d.kind, d]));
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
if (only.size === 0) {
  const declared = new Set(kinds.map((k) => k.kind));
  for (const def of upstream.values()) {
    if (declared.has(def.kind)) continue;
    const reason = undeclaredKinds[def.kind];
    if (reason === undefined) unexplained++;
    console.log(`${reason === undefined ? "MISSING  " : "omitted  "} ${def.kind} (${def.file})`);
  }
}
console.log(`${unexplained} unexplained difference(s)`);
process.exit(unexplained > 0 ? 1 : 0);
