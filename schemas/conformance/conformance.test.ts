import { describe, expect, it } from "vitest";
import { kinds } from "../kinds/index.ts";
import { allowList } from "./allow-list.ts";
import { compareKind, differenceKey, type Difference } from "./compare.ts";
import { loadDefinitions, locateSource } from "./upstream.ts";
import { COZYSTACK_VERSION } from "./version.ts";

const source = locateSource();
if (!source.dir) {
  console.warn(`conformance with Cozystack ${COZYSTACK_VERSION} skipped: ${source.reason}`);
}

describe.skipIf(!source.dir)(`conformance with Cozystack ${COZYSTACK_VERSION}`, () => {
  const upstream = source.dir ? loadDefinitions(source.dir) : [];
  const byKind = new Map(upstream.map((d) => [d.kind, d]));
  const differences: Difference[] = kinds.flatMap((decl) => {
    const def = byKind.get(decl.kind);
    return def ? compareKind(decl, def) : [];
  });

  it("finds an ApplicationDefinition for every kind we declare", () => {
    expect(kinds.filter((k) => !byKind.has(k.kind)).map((k) => k.kind)).toEqual([]);
  });

  it("matches the published schemas field by field, except for reviewed differences", () => {
    const unexplained = differences
      .filter((d) => !(differenceKey(d) in allowList))
      .map((d) => `${differenceKey(d)}: ours ${d.ours}, upstream ${d.upstream}`);
    expect(unexplained).toEqual([]);
  });

  it("keeps no stale allow-list entries", () => {
    const seen = new Set(differences.map(differenceKey));
    expect(Object.keys(allowList).filter((key) => !seen.has(key))).toEqual([]);
  });

  it("detects a difference when the model drifts (the check can fail)", () => {
    const def = byKind.get("Postgres")!;
    const tampered = structuredClone(def);
    tampered.schema.properties!.replicas!.default = 5;
    delete tampered.schema.properties!.external;
    const postgres = kinds.find((k) => k.kind === "Postgres")!;
    const found = compareKind(postgres, tampered).map(differenceKey);
    expect(found).toEqual(expect.arrayContaining(["Postgres replicas default", "Postgres external extra"]));
  });
});
