import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.ts";

describe("canonicalJson", () => {
  const cases: { reason: string; value: unknown; text: string }[] = [
    {
      reason: "keys sorted at every depth",
      value: { b: 1, a: { d: [2], c: null } },
      text: '{"a":{"c":null,"d":[2]},"b":1}',
    },
    {
      reason: "undefined members left out, as JSON leaves them",
      value: { a: undefined, b: "x" },
      text: '{"b":"x"}',
    },
    {
      reason: "integer-like keys sorted as text, not put first",
      value: { b: 0, "10": 1, "9": 2 },
      text: '{"10":1,"9":2,"b":0}',
    },
    { reason: "array order kept", value: [{ y: 1, x: 2 }, 3], text: '[{"x":2,"y":1},3]' },
    { reason: "scalars as JSON", value: 'a"b', text: '"a\\"b"' },
  ];
  it.each(cases)("$reason", ({ value, text }) => {
    expect(canonicalJson(value)).toBe(text);
  });
});
