import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inputCrd } from "./package.ts";
import { structuralSchema } from "./structural.ts";

const toJson = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input" }) as Record<string, unknown>;

describe("structural schemas from the input's JSON Schema", () => {
  it("a discriminated union becomes one object with a CEL rule per member", () => {
    const union = z.discriminatedUnion("type", [
      z.object({ type: z.literal("A") }).strict(),
      z.object({ type: z.literal("B"), ref: z.string(), extra: z.string().optional() }).strict(),
    ]);
    expect(structuralSchema(toJson(union))).toEqual({
      type: "object",
      required: ["type"],
      properties: {
        type: { type: "string", enum: ["A", "B"], description: "A:  B: " },
        ref: { type: "string" },
        extra: { type: "string" },
      },
      "x-kubernetes-validations": [
        {
          rule: 'self.type != "A" || (!has(self.ref) && !has(self.extra))',
          message: "type A does not take ref, extra",
        },
        { rule: 'self.type != "B" || (has(self.ref))', message: "type B requires ref" },
      ],
    });
  });

  it("refuses a union whose members declare the same field differently", () => {
    const union = z.discriminatedUnion("type", [
      z.object({ type: z.literal("A"), ref: z.string() }),
      z.object({ type: z.literal("B"), ref: z.number() }),
    ]);
    expect(() => structuralSchema(toJson(union))).toThrow(
      "input.ref: members of the union declare it differently",
    );
  });

  it("refuses a keyword it has no CRD form for, instead of dropping it", () => {
    expect(() => structuralSchema({ type: "string", format: "email" })).toThrow('keyword "format"');
  });

  it("a free-form map keeps unknown fields; a typed map keeps its value schema", () => {
    expect(structuralSchema(toJson(z.record(z.string(), z.unknown())))).toEqual({
      type: "object",
      "x-kubernetes-preserve-unknown-fields": true,
    });
    expect(structuralSchema(toJson(z.record(z.string(), z.string())))).toEqual({
      type: "object",
      additionalProperties: { type: "string" },
    });
  });

  it("the input CRD requires platformKind and leaves the target InCluster by default", () => {
    const crd = inputCrd() as { spec: { versions: Array<{ schema: { openAPIV3Schema: any } }> } }; // eslint-disable-line @typescript-eslint/no-explicit-any
    const schema = crd.spec.versions[0]!.schema.openAPIV3Schema;
    expect(schema.required).toEqual(["platformKind"]);
    expect(schema.properties.target.default).toEqual({ type: "InCluster" });
    expect(schema.properties.target.properties.type.enum).toEqual(["InCluster", "Remote"]);
    expect(schema.properties.platformKind.enum).toContain("Postgres");
    expect(schema.properties.platformKind.enum).not.toContain("Info");
  });
});
