import { describe, expect, it } from "vitest";
import { specFromTerraform } from "../../schemas/core/convert.ts";
import { buildPlatformObject } from "../../schemas/core/platform-object.ts";
import type { FieldNode } from "../../schemas/core/ir.ts";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { kinds } from "../../schemas/kinds/index.ts";
import { mariadb } from "../../schemas/kinds/mariadb.ts";
import { type ObjectValue, type Diagnostic, createLogger } from "../plugin/index.ts";
import { kindResource } from "./resource.ts";
import { resourceSchema } from "./schema.ts";
import { Session } from "./session.ts";
import { substituteWriteOnly } from "./write-only.ts";
import { writeOnlyCase } from "./write-only.test-support.ts";

const SECRET = "wo-Secret-123";
const withWriteOnly = (kinds as readonly KindDeclaration[]).filter((k) => writeOnlyCase(k, SECRET));

/** Modules install under their own name only. */
const nameOf = (decl: KindDeclaration) => (decl.category === "module" ? decl.singular : "wo");

const validate = (decl: KindDeclaration, attributes: Record<string, unknown>, writeOnlyAllowed = true) =>
  kindResource(decl, new Session()).validate!(
    {
      config: { name: nameOf(decl), namespace: "tenant-a", ...attributes } as ObjectValue,
      clientCapabilities: { writeOnlyAttributesAllowed: writeOnlyAllowed } as never,
    },
    { log: createLogger("test", () => {}), signal: new AbortController().signal },
  ) as { diagnostics?: Diagnostic[] };

/** Set (or, with undefined, remove) an attribute at a path of a plain value. */
function edit(
  value: Record<string, unknown>,
  path: string[],
  key: string,
  to: unknown,
): Record<string, unknown> {
  const copy = structuredClone(value);
  let at = copy as Record<string, unknown>;
  for (const step of path) at = at[step] as Record<string, unknown>;
  if (to === undefined) delete at[key];
  else at[key] = to;
  return copy;
}

describe("write-only forms, for every kind that has one", () => {
  it("covers the kinds whose model has a secret the user sets", () => {
    expect(withWriteOnly.map((k) => k.kind)).toEqual(expect.arrayContaining(["MariaDB", "Postgres"]));
  });

  describe.each(withWriteOnly.map((k) => [k.kind, k] as const))("%s", (_kind, decl) => {
    const c = writeOnlyCase(decl, SECRET)!;
    const parent = c.tfPath.slice(0, -1);
    const name = c.tfPath.at(-1)!;

    it("validates with the secret given only in write-only form", () => {
      expect(validate(decl, c.attributes).diagnostics ?? []).toEqual([]);
    });

    it("sends the secret to the platform in the field the model names", () => {
      const spec = specFromTerraform(
        decl.fields,
        substituteWriteOnly(decl.fields, c.attributes as never) as never,
      );
      const at = c.specPath.reduce<unknown>((v, step) => (v as Record<string, unknown>)[step], spec);
      expect(at).toBe(SECRET);
      expect(buildPlatformObject(decl, { name: nameOf(decl), namespace: "tenant-a", spec }).ok).toBe(true);
    });

    const cases = [
      {
        reason: "a write-only value without its version could never be sent again",
        attributes: edit(c.attributes, parent, `${name}_wo_version`, undefined),
        summary: "Missing attribute",
        path: [...parent, `${name}_wo_version`],
      },
      {
        reason: "both forms at once are ambiguous",
        attributes: edit(c.attributes, parent, name, "plain"),
        summary: "Conflicting attributes",
        path: [...parent, `${name}_wo`],
      },
    ];
    for (const k of cases) {
      it(`refuses: ${k.reason}`, () => {
        const diagnostics = validate(decl, k.attributes).diagnostics ?? [];
        expect(diagnostics.map((d) => d.summary)).toContain(k.summary);
        const found = diagnostics.find((d) => d.summary === k.summary)!;
        expect(found.path).toEqual(attributePath(decl, k.path));
        expect(JSON.stringify(diagnostics)).not.toContain(SECRET);
      });
    }
  });
});

/** A Terraform path as diagnostics give it: map keys and list indexes are element steps. */
function attributePath(decl: KindDeclaration, steps: string[]): unknown[] {
  let node: FieldNode | undefined = decl.fields;
  return steps.map((step) => {
    if (node?.type === "map") {
      node = node.values;
      return { key: step };
    }
    if (node?.type === "list") {
      node = node.items;
      return Number(step);
    }
    node =
      node?.type === "object" ? Object.values(node.properties).find((p) => p.tfName === step) : undefined;
    return step;
  });
}

describe("a required secret with a write-only form (MariaDB users)", () => {
  const users = (resourceSchema(mariadb).block.attributes.users!.nested!.attributes as Record<
    string,
    { required?: boolean; optional?: boolean; description?: string }
  >)!;

  it("is optional in the Terraform schema, so a host accepts the write-only form alone", () => {
    expect(users.password).toMatchObject({ optional: true });
    expect(users.password!.required).toBeUndefined();
    expect(users.password!.description).toContain("Required unless `password_wo` is set");
  });

  const table = [
    {
      reason: "the plain form alone",
      user: { password: "plain-secret", max_user_connections: 10 },
      problems: [],
    },
    {
      reason: "the write-only form alone, with its version",
      user: { password_wo: SECRET, password_wo_version: 1, max_user_connections: 10 },
      problems: [],
    },
    {
      reason: "neither form: the one required secret is missing",
      user: { max_user_connections: 10 },
      problems: [{ summary: "Missing required attribute", path: ["users", { key: "shop" }, "password"] }],
    },
  ];
  for (const c of table) {
    it(c.reason, () => {
      const diagnostics = validate(mariadb, { users: { shop: c.user } }).diagnostics ?? [];
      expect(diagnostics.map((d) => ({ summary: d.summary, path: d.path }))).toEqual(c.problems);
    });
  }

  it("is refused in write-only form on a host that would store it, with the plain form suggested", () => {
    const diagnostics =
      validate(
        mariadb,
        { users: { shop: { password_wo: SECRET, password_wo_version: 1, max_user_connections: 10 } } },
        false,
      ).diagnostics ?? [];
    expect(diagnostics.map((d) => d.summary)).toEqual(["Write-only attributes are not supported here"]);
  });
});
