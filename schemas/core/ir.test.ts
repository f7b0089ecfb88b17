import { describe, expect, it } from "vitest";
import * as f from "./fields.ts";
import { describeSchema, RESERVED_TOP_LEVEL_NAMES, walkFields } from "./ir.ts";

describe("Terraform names of spec fields", () => {
  const cases = [
    {
      reason: "a top-level field named like a Terraform meta-argument is refused",
      spec: f.spec("s", { provider: f.string("p") }),
      error: /field provider maps to Terraform name provider, which Terraform reserves/,
    },
    {
      reason: "a top-level field named like an attribute every resource has is refused",
      spec: f.spec("s", { timeouts: f.string("t") }),
      error: /Terraform name timeouts/,
    },
    {
      reason: "two fields mapping to one snake_case name are refused",
      spec: f.spec("s", { fooBar: f.string("a"), foo_bar: f.string("b") }),
      error: /both map to Terraform name foo_bar/,
    },
    {
      reason: "a reserved word is fine once given another tfName",
      spec: f.spec("s", { provider: f.string("p", { tfName: "dns_provider" }) }),
      error: undefined,
    },
    {
      reason: "a reserved word is fine below the top level, where no meta-argument lives",
      spec: f.spec("s", { dns: f.object("d", { provider: f.string("p") }) }),
      error: undefined,
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      const describe_ = () => describeSchema(c.spec);
      if (c.error) expect(describe_).toThrow(c.error);
      else expect(describe_).not.toThrow();
    });
  }

  it("reserves every Terraform meta-argument of a resource block", () => {
    expect(RESERVED_TOP_LEVEL_NAMES).toEqual(
      expect.arrayContaining(["count", "depends_on", "for_each", "lifecycle", "provider", "provisioner"]),
    );
  });
});

describe("walkFields", () => {
  it("visits every field with its platform path, parents before children, and not the root", () => {
    const tree = describeSchema(
      f.spec("s", {
        users: f.map("u", f.object("o", { readOnly: f.bool("r") })),
        hosts: f.list("h", f.string("one")),
      }),
    );
    const seen: string[] = [];
    walkFields(tree, (node, path) => seen.push(`${path.join(".")}:${node.type}`));
    expect(seen).toEqual([
      "users:map",
      "users.*:object",
      "users.*.readOnly:boolean",
      "hosts:list",
      "hosts.[]:string",
    ]);
  });
});
