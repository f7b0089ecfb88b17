import { describe, expect, it } from "vitest";
import { kinds } from "../kinds/index.ts";
import { nats } from "../kinds/nats.ts";
import { postgres } from "../kinds/postgres.ts";
import type { KindDeclaration } from "./kind.ts";
import {
  buildDefaultedPlatformObject,
  buildPlatformObject,
  withDefaults,
  type PlatformObjectInput,
} from "./platform-object.ts";
import { sampleValue } from "./sample.ts";

/** What the one-parse helper must equal: the two-step way, build then default. */
function twoSteps(decl: KindDeclaration, input: PlatformObjectInput) {
  const built = buildPlatformObject(decl, input);
  if (!built.ok) return built;
  return { ok: true, object: built.object, defaultedSpec: withDefaults(decl, built.object.spec) };
}

const onlyIn = (decl: KindDeclaration) => decl.onlyIn ?? "tenant-a";
const nameOf = (decl: KindDeclaration) => decl.example?.name ?? decl.chart ?? "sample";

describe("building a platform object with its defaulted spec in one parse", () => {
  const perKind = (kinds as readonly KindDeclaration[]).flatMap((decl) => [
    { reason: `${decl.kind}: an empty spec`, decl, spec: {} },
    {
      reason: `${decl.kind}: every field set`,
      decl,
      spec: sampleValue(decl.fields) as Record<string, unknown>,
    },
    ...(decl.example ? [{ reason: `${decl.kind}: its example`, decl, spec: decl.example.spec }] : []),
  ]);
  const edges = [
    {
      reason: "a null inside a free-form map: validation accepts it, the object drops it",
      decl: nats,
      spec: { config: { merge: { keep: 1, gone: null } } },
    },
    {
      reason: "a null inside a list in a free-form map: kept, as the object keeps it",
      decl: nats,
      spec: { config: { merge: { list: [null, 1, { deeper: null }] } } },
    },
    {
      reason: "a null in place of a defaulted object: refused as the two steps refuse it",
      decl: nats,
      spec: { config: null },
    },
    {
      reason: "an undefined entry: left out of the object, defaulted as absent",
      decl: postgres,
      spec: { replicas: undefined, size: "5Gi" },
    },
    {
      reason: "a Date inside a free-form map: the object holds it as a plain object",
      decl: nats,
      spec: { config: { resolver: { at: new Date(0) } } },
    },
    { reason: "an invalid spec: the same problems", decl: postgres, spec: { replicas: "two", bogus: 1 } },
  ];

  it.each([...perKind, ...edges])("$reason", ({ decl, spec }) => {
    const input = { name: nameOf(decl), namespace: onlyIn(decl), spec, labels: { b: "2", a: "1" } };
    expect(buildDefaultedPlatformObject(decl, input)).toEqual(twoSteps(decl, input));
  });

  it("gives the defaulted spec of what the object carries when a free-form map held a null", () => {
    const input = { name: "queue", namespace: "tenant-a", spec: { config: { merge: { gone: null } } } };
    const built = buildDefaultedPlatformObject(nats, input);
    expect(built.ok && built.defaultedSpec.config).toEqual({ merge: {}, resolver: {} });
  });

  it("fills the defaults a user left out, nested ones too", () => {
    const built = buildDefaultedPlatformObject(postgres, { name: "db", namespace: "tenant-a", spec: {} });
    expect(built.ok && built.object.spec).toEqual({});
    expect(built.ok && built.defaultedSpec).toEqual(withDefaults(postgres, {}));
    expect(built.ok && built.defaultedSpec.replicas).toBe(2);
  });
});
