import { describe, expect, it } from "vitest";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { kinds } from "../../schemas/kinds/index.ts";
import { type ObjectValue, createLogger } from "../plugin/index.ts";
import { kindResource } from "./resource.ts";
import { Session } from "./session.ts";

/**
 * The real API enforces no immutability (a changed storageClass is stored as given),
 * so replacement is decided at plan, by the model alone, with no server involved.
 */
const ctx = { log: createLogger("test", () => {}), signal: new AbortController().signal };
const immutableString = (decl: KindDeclaration) =>
  decl.fields.type === "object"
    ? Object.values(decl.fields.properties).find((p) => p.immutable && p.type === "string" && !p.enum)
    : undefined;
const withImmutable = (kinds as readonly KindDeclaration[]).filter(
  (k) => immutableString(k) && !k.managedBy && !k.onlyIn,
);

describe("plan-time replacement for immutable fields", () => {
  it("covers the kinds with an immutable field", () => {
    expect(withImmutable.map((k) => k.kind)).toEqual(expect.arrayContaining(["Postgres", "Redis"]));
  });

  describe.each(withImmutable.map((k) => [k.kind, k] as const))("%s", (_kind, decl) => {
    const field = immutableString(decl)!;
    const name = decl.category === "module" ? decl.singular : "it";
    const plan = async (from: string, to: string) => {
      const resource = kindResource(decl, new Session());
      const config = { name, namespace: "tenant-a", [field.tfName]: to } as ObjectValue;
      const prior = (
        await resource.plan!(
          { prior: null, proposed: config, config, private: undefined, clientCapabilities: {} as never },
          ctx,
        )
      ).planned!;
      const before = { ...prior, [field.tfName]: from, id: `tenant-a/${name}`, connection: null };
      return resource.plan!(
        {
          prior: before,
          proposed: { ...before, ...config },
          config,
          private: undefined,
          clientCapabilities: {} as never,
        },
        ctx,
      );
    };

    it(`replaces when ${field.tfName} changes`, async () => {
      const result = await plan("fast", "slow");
      expect(result.diagnostics ?? []).toEqual([]);
      expect(result.requiresReplace).toContainEqual([field.tfName]);
    });

    it(`updates in place when ${field.tfName} stays`, async () => {
      const result = await plan("fast", "fast");
      expect(result.requiresReplace ?? []).not.toContainEqual([field.tfName]);
    });
  });
});
