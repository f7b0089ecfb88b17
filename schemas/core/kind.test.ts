import { describe, expect, it } from "vitest";
import { defaultTimeoutMinutes } from "./kind.ts";

describe("defaultTimeoutMinutes", () => {
  const cases = [
    {
      reason: "a kind that says nothing waits 10 minutes to create",
      install: undefined,
      op: "create",
      want: 10,
    },
    { reason: "and as long to update", install: undefined, op: "update", want: 10 },
    { reason: "a kind with a long install waits that long to create", install: 20, op: "create", want: 20 },
    { reason: "and to update, which installs again", install: 20, op: "update", want: 20 },
    { reason: "deleting installs nothing, so it waits the default", install: 20, op: "delete", want: 10 },
  ] as const;
  for (const c of cases)
    it(c.reason, () =>
      expect(defaultTimeoutMinutes({ installTimeoutMinutes: c.install }, c.op)).toBe(c.want),
    );
});
