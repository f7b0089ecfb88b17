import { describe, expect, it } from "vitest";
import type { Condition } from "../../schemas/core/readiness.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import type { KubeObject } from "./kube/client.ts";
import {
  clearReadinessPending,
  markReadinessPending,
  readinessPending,
  readyNow,
} from "./pending-readiness.ts";

describe("the readiness-pending mark in private data", () => {
  const cases: Array<[string, unknown, boolean]> = [
    ["no private data (the host sent none)", undefined, false],
    ["private data of an older provider: not an object", "opaque", false],
    ["a list is not the mark", [true], false],
    ["an object without the mark", { other: 1 }, false],
    ["the mark must be true, not truthy", { readinessPending: "yes" }, false],
    ["the mark", { readinessPending: true }, true],
  ];
  it.each(cases)("%s", (_why, data, pending) => {
    expect(readinessPending(data)).toBe(pending);
  });

  it("is set and cleared without losing anything else the private data held", () => {
    const marked = markReadinessPending({ other: 1 });
    expect(marked).toEqual({ other: 1, readinessPending: true });
    expect(readinessPending(marked)).toBe(true);
    const cleared = clearReadinessPending(marked);
    expect(cleared).toEqual({ other: 1 });
    expect(readinessPending(cleared)).toBe(false);
    // Starting from nothing, or from data that is not an object.
    expect(readinessPending(markReadinessPending(undefined))).toBe(true);
    expect(clearReadinessPending("opaque")).toEqual({});
  });
});

describe("whether a refresh finds the object ready", () => {
  const ready = (status: string, extra: Partial<Condition> = {}): Condition => ({
    type: "Ready",
    status,
    reason: "r",
    message: "m",
    ...extra,
  });
  const object = (conditions: Condition[], generation = 1): KubeObject => ({
    metadata: { name: "cache", namespace: "tenant-a", generation },
    spec: {},
    status: { conditions },
  });
  const cases: Array<[string, KubeObject, boolean]> = [
    ["Ready=True", object([ready("True")]), true],
    ["Ready=Unknown: still installing", object([ready("Unknown")]), false],
    ["Ready=False: failed, not ready", object([ready("False")]), false],
    ["no conditions yet", object([]), false],
    [
      "Ready=True for an older generation is not believed",
      object([ready("True", { observedGeneration: 1 })], 2),
      false,
    ],
    ["Ready=True for the current generation", object([ready("True", { observedGeneration: 2 })], 2), true],
  ];
  it.each(cases)("%s", (_why, obj, expected) => {
    expect(readyNow(redis, obj, undefined)).toBe(expected);
  });
});
