import { describe, expect, it } from "vitest";
import { hclString } from "../hcl.ts";
import { Expression, hclFile, type HclBlock } from "./hcl-format.ts";

describe("hclFile lays blocks out as tofu fmt does", () => {
  const cases: Array<{ reason: string; blocks: HclBlock[]; text: string }> = [
    {
      reason: "consecutive one-line attributes align their = one space after the longest key",
      blocks: [
        {
          type: "resource",
          labels: ["t", "n"],
          attributes: [
            ["name", "a"],
            ["namespace", "b"],
          ],
        },
      ],
      text: 'resource "t" "n" {\n  name      = "a"\n  namespace = "b"\n}\n',
    },
    {
      reason:
        "a multi-line value ends the run above it and starts none; its own entries align among themselves",
      blocks: [
        {
          type: "resource",
          labels: ["t", "n"],
          attributes: [
            ["name", "a"],
            ["users", { alice: { password: new Expression("var.p"), admin: true } }],
            ["x", 1],
          ],
        },
      ],
      text: 'resource "t" "n" {\n  name = "a"\n  users = {\n    alice = {\n      password = var.p\n      admin    = true\n    }\n  }\n  x = 1\n}\n',
    },
    {
      reason: "list items end runs; empty collections stay on one line; unset values are not written",
      blocks: [
        {
          type: "b",
          labels: [],
          attributes: [
            ["hosts", ["h1", "h2"]],
            ["none", null],
            ["empty", {}],
            ["nothing", []],
          ],
        },
      ],
      text: 'b {\n  hosts = [\n    "h1",\n    "h2",\n  ]\n  empty   = {}\n  nothing = []\n}\n',
    },
    {
      reason: "keys that are not identifiers are quoted; template markers in strings are escaped",
      blocks: [{ type: "b", labels: [], attributes: [["m", { "a.b": "${x}", c: "%{y}" }]] }],
      text: 'b {\n  m = {\n    "a.b" = "$${x}"\n    c     = "%%{y}"\n  }\n}\n',
    },
    {
      reason: "blocks are separated by one blank line",
      blocks: [
        { type: "a", labels: [], attributes: [["x", 1]] },
        { type: "b", labels: ["l"], attributes: [] },
      ],
      text: 'a {\n  x = 1\n}\n\nb "l" {\n}\n',
    },
  ];
  for (const c of cases) it(c.reason, () => expect(hclFile(c.blocks)).toBe(c.text));
});

describe("hclString", () => {
  const cases: Array<{ reason: string; text: string; hcl: string }> = [
    { reason: "template markers stay literal", text: "${a} %{b} $c", hcl: '"$${a} %%{b} $c"' },
    {
      reason: "newlines, quotes and backslashes as JSON escapes them",
      text: 'a\n"b"\\',
      hcl: '"a\\n\\"b\\"\\\\"',
    },
    {
      reason: "backspace and form feed, which HCL has no short escape for",
      text: "\b\f",
      hcl: '"\\u0008\\u000c"',
    },
    { reason: "an escaped backslash before b is not a backspace", text: "\\b", hcl: '"\\\\b"' },
  ];
  for (const c of cases) it(c.reason, () => expect(hclString(c.text)).toBe(c.hcl));
});
