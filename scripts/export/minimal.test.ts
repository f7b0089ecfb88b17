import { describe, expect, it } from "vitest";
import { withDefaults } from "../../schemas/core/platform-object.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { minimalSpec } from "./minimal.ts";

/** The spec as the server returns it: every default filled in (cozystack-api.md §0). */
const asServed = (decl: KindDeclaration, spec: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(withDefaults(decl, spec))) as Record<string, unknown>;

describe("minimalSpec keeps only what differs from the model's defaults", () => {
  const cases: Array<{
    reason: string;
    decl: KindDeclaration;
    given: Record<string, unknown>;
    minimal: unknown;
  }> = [
    { reason: "nothing set: nothing to say", decl: redis, given: {}, minimal: {} },
    {
      reason: "a field set to its default is left out, others stay",
      decl: redis,
      given: { replicas: 2, size: "5Gi", version: "v7" },
      minimal: { size: "5Gi", version: "v7" },
    },
    {
      reason: "a quantity given as a number is still compared with its default",
      decl: redis,
      given: { size: "1Gi", resources: { cpu: 2 } },
      minimal: { resources: { cpu: 2 } },
    },
    {
      reason: "defaults inside map entries are left out, the entries themselves stay",
      decl: postgres,
      given: { users: { app: {}, ro: { replication: true } } },
      minimal: { users: { app: {}, ro: { replication: true } } },
    },
  ];
  for (const c of cases)
    it(c.reason, () =>
      expect(minimalSpec(c.decl.fields, asServed(c.decl, c.given))).toStrictEqual(c.minimal),
    );
});
