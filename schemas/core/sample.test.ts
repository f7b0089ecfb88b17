import { describe, expect, it } from "vitest";
import * as f from "./fields.ts";
import { describeSchema } from "./ir.ts";
import { sampleValue } from "./sample.ts";

describe("sampleValue", () => {
  const cases: Array<{ reason: string; shape: Parameters<typeof f.spec>[1]; sample: unknown }> = [
    {
      reason: "leaves differ from their defaults where they can",
      shape: {
        mode: f.enumOf(["a", "b"], "Mode.", { default: "a" }),
        on: f.bool("On.", { default: true }),
        replicas: f.int("Replicas.", { default: 2, max: 2 }),
      },
      sample: { mode: "b", on: false, replicas: 2 },
    },
    {
      reason: "a string with a pattern takes the first candidate it accepts; a secret looks like one",
      shape: {
        share: f.string("Share.", { pattern: /^[0-9]+%$/ }),
        key: f.string("Key.", { sensitive: true }),
      },
      sample: { share: "10%", key: "s3cr3t-Example" },
    },
    {
      reason: "a map has one entry named example, a list one item",
      shape: {
        users: f.map("Users.", f.object("User.", { admin: f.bool("Admin.") })),
        hosts: f.list("Hosts.", f.quantity("Host.")),
      },
      sample: { users: { example: { admin: true } }, hosts: ["3Gi"] },
    },
    {
      reason: "of members that exclude each other only the first is set",
      shape: {
        source: f.exclusive(
          "Source.",
          { http: f.string("URL."), image: f.string("Image.") },
          { allowNone: false, required: true },
        ),
      },
      sample: { source: { http: "example" } },
    },
    {
      reason: "a string pattern no candidate fits leaves the field out, and its list empty",
      shape: {
        odd: f.string("Odd.", { pattern: /^zz$/ }),
        odds: f.list("Odds.", f.string("Odd.", { pattern: /^zz$/ })),
      },
      sample: { odds: [] },
    },
  ];
  for (const c of cases)
    it(c.reason, () => expect(sampleValue(describeSchema(f.spec("s", c.shape)))).toStrictEqual(c.sample));
});
