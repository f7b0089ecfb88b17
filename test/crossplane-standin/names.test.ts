import { describe, expect, it } from "vitest";
import {
  composedFieldManager,
  composedName,
  firstThreeAndMore,
  nameProblem,
  splitApiVersion,
} from "./names.ts";

describe("composed resource names", () => {
  it("are the generateName plus the first 12 hex of sha256(<XR UID><resource name>)", () => {
    // echo -n 'uid-1bucket' | sha256sum → 5d281fc32eca…
    expect(composedName("my-xr-", "uid-1", "bucket")).toBe("my-xr-5d281fc32eca");
  });

  it("are stable, and differ per resource name and per XR", () => {
    expect(composedName("a-", "u", "k")).toBe(composedName("a-", "u", "k"));
    expect(composedName("a-", "u", "k")).not.toBe(composedName("a-", "u", "k2"));
    expect(composedName("a-", "u", "k")).not.toBe(composedName("a-", "u2", "k"));
  });

  it("shorten a long prefix so that the hash survives within 63 characters", () => {
    const name = composedName(`${"x".repeat(63)}-`, "uid-1", "bucket");
    expect(name).toHaveLength(63);
    expect(name.endsWith("5d281fc32eca")).toBe(true);
  });
});

describe("the composed field manager", () => {
  it("hashes the XR name with Kind.group, all 64 hex characters, no namespace or version", () => {
    // echo -n 'my-xrXBucket.example.org' | sha256sum
    expect(composedFieldManager("my-xr", "XBucket", "example.org")).toBe(
      "apiextensions.crossplane.io/composed/933ca6d6ce34246e8bf5cfc759f1f129a5c555cd9fcadef85c0e99e38e6538ef",
    );
  });
});

describe("name checks", () => {
  const cases: Array<{ name: string; ok: boolean; reason: string }> = [
    { name: "db-0a1b2c3d4e5f", ok: true, reason: "a generated name" },
    { name: "a.b-c", ok: true, reason: "dots are allowed in a subdomain" },
    { name: "Upper", ok: false, reason: "upper case is not" },
    { name: "-lead", ok: false, reason: "a leading dash is not" },
    { name: "trail-", ok: false, reason: "a trailing dash is not" },
    { name: "x".repeat(254), ok: false, reason: "over 253 characters is not" },
  ];
  it.each(cases)("$name: $reason", ({ name, ok }) => {
    expect(nameProblem(name) === undefined).toBe(ok);
  });
});

describe("helpers", () => {
  it("split apiVersions, the core group being empty", () => {
    expect(splitApiVersion("v1")).toEqual({ group: "", version: "v1" });
    expect(splitApiVersion("apps.cozystack.io/v1alpha1")).toEqual({
      group: "apps.cozystack.io",
      version: "v1alpha1",
    });
  });

  const lists: Array<{ names: string[]; text: string }> = [
    { names: ["b", "a"], text: "a, b" },
    { names: ["c", "a", "b"], text: "a, b, and c" },
    { names: ["e", "d", "c", "b", "a"], text: "a, b, c, and 2 more" },
  ];
  it.each(lists)("list $names as Crossplane does", ({ names, text }) => {
    expect(firstThreeAndMore(names)).toBe(text);
  });
});
