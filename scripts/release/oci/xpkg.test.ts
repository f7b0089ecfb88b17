import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { packageFiles, packageStream, type PackageFile, type PackageKind } from "./xpkg.ts";

const root = join(import.meta.dirname, "..", "..", "..");

const doc = (apiVersion: string, kind: string, name = "x") =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;
const META = (kind: PackageKind) => doc("meta.pkg.crossplane.io/v1", kind, `${kind.toLowerCase()}-x`);
const CRD = doc("apiextensions.k8s.io/v1", "CustomResourceDefinition");
const XRD = doc("apiextensions.crossplane.io/v2", "CompositeResourceDefinition");
const COMPOSITION = doc("apiextensions.crossplane.io/v1", "Composition");
const ROLE = doc("rbac.authorization.k8s.io/v1", "ClusterRole");
const files = (...texts: string[]): PackageFile[] => texts.map((text, i) => ({ name: `f${i}.yaml`, text }));

describe("packageStream keeps to the xpkg spec's package.yaml rules", () => {
  it.each([
    {
      why: "a Function with its input CRD",
      kind: "Function" as const,
      input: files(META("Function"), CRD),
      docs: 2,
    },
    {
      why: "a Configuration with XRDs and Compositions, one file holding two documents",
      kind: "Configuration" as const,
      input: files(META("Configuration"), `${XRD}---\n${COMPOSITION}`),
      docs: 3,
    },
  ])("accepts $why, as one stream", ({ kind, input, docs }) => {
    const stream = packageStream(kind, input);
    expect(stream.ok).toBe(true);
    if (stream.ok) expect(parseAllDocuments(stream.value)).toHaveLength(docs);
  });

  it.each([
    {
      why: "no meta object",
      kind: "Function" as const,
      input: files(CRD),
      error: /exactly one .* Function, found 0/,
    },
    {
      why: "two meta objects",
      kind: "Function" as const,
      input: files(META("Function"), META("Function")),
      error: /found 2/,
    },
    {
      why: "a Configuration meta in a Function package",
      kind: "Function" as const,
      input: files(META("Function"), META("Configuration")),
      error: /Configuration cannot be in a Function package/,
    },
    {
      why: "an XRD in a Function package",
      kind: "Function" as const,
      input: files(META("Function"), XRD),
      error: /f1\.yaml: apiextensions\.crossplane\.io\/v2 CompositeResourceDefinition cannot be/,
    },
    {
      why: "RBAC in a Configuration package",
      kind: "Configuration" as const,
      input: files(META("Configuration"), ROLE),
      error: /ClusterRole cannot be in a Configuration package/,
    },
    {
      why: "a CRD in a Configuration package (only Providers carry CRDs)",
      kind: "Configuration" as const,
      input: files(META("Configuration"), CRD),
      error: /CustomResourceDefinition cannot be/,
    },
    {
      why: "YAML that does not parse",
      kind: "Function" as const,
      input: files(META("Function"), "a: [b\n"),
      error: /f1\.yaml/,
    },
    {
      why: "a document that is a list",
      kind: "Function" as const,
      input: files(META("Function"), "- a\n"),
      error: /not an object/,
    },
  ])("refuses $why", ({ kind, input, error }) => {
    const stream = packageStream(kind, input);
    expect(stream.ok).toBe(false);
    if (!stream.ok) expect(stream.error).toMatch(error);
  });
});

describe("packageFiles reads the generated packages", () => {
  it("puts the meta object first and every XRD and Composition after it", () => {
    const read = packageFiles(root, "Configuration");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value[0]!.name).toBe(join("functions", "configuration", "crossplane.yaml"));
    const names = read.value.slice(1).map((f) => f.name);
    expect(names.some((n) => n.includes(join("legacy", "xrds")))).toBe(true);
    expect(names.some((n) => n.includes(join("configuration", "compositions")))).toBe(true);
    expect(packageStream("Configuration", read.value).ok).toBe(true);
  });

  it("names the directory it could not read", () => {
    const read = packageFiles(join(root, "no-such-dir"), "Function");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/no-such-dir.*functions.*package/);
  });
});
