import { describe, expect, it } from "vitest";
import { kinds } from "../kinds/index.ts";
import { allowList, undeclaredKinds } from "./allow-list.ts";
import { compareKind, differenceKey, type Difference } from "./compare.ts";
import { loadDefinitions, locateDefinitions } from "./upstream.ts";
import { COZYSTACK_VERSION } from "./version.ts";

const source = locateDefinitions();
if (!source.files) {
  console.warn(`conformance with Cozystack ${COZYSTACK_VERSION} skipped: ${source.reason}`);
}

describe.skipIf(!source.files)(
  `conformance with Cozystack ${COZYSTACK_VERSION} (${source.from ?? "no source"})`,
  () => {
    const upstream = loadDefinitions(source);
    const byKind = new Map(upstream.map((d) => [d.kind, d]));
    const differences: Difference[] = kinds.flatMap((decl) => {
      const def = byKind.get(decl.kind);
      return def ? compareKind(decl, def) : [];
    });

    it("reads every ApplicationDefinition of the release", () => {
      expect(upstream.length).toBeGreaterThan(0);
      expect(new Set(upstream.map((d) => d.kind)).size).toBe(upstream.length);
    });

    it("finds an ApplicationDefinition for every kind we declare", () => {
      expect(kinds.filter((k) => !byKind.has(k.kind)).map((k) => k.kind)).toEqual([]);
    });

    it("declares every kind upstream defines, except reviewed omissions", () => {
      const declared = new Set(kinds.map((k) => k.kind));
      const missing = upstream
        .filter((d) => !declared.has(d.kind) && !(d.kind in undeclaredKinds))
        .map((d) => `${d.kind} (${d.file})`);
      expect(missing).toEqual([]);
    });

    it("keeps no stale omissions", () => {
      const stale = Object.keys(undeclaredKinds).filter(
        (k) => !byKind.has(k) || kinds.some((decl) => decl.kind === k),
      );
      expect(stale).toEqual([]);
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
  },
);
