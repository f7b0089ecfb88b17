import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { validateObject } from "../../schemas/core/validate.ts";
import { kinds } from "../../schemas/kinds/index.ts";
import { composableKinds, inputSchema } from "../cozystack/input.ts";
import { checkInput, compositionInput } from "./composition.ts";
import { crossplaneFiles } from "./files.ts";
import { DEFAULT_OPTIONS, GenerateError, type GenerateOptions } from "./options.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function docs(files: Record<string, string>, prefix = ""): Array<[string, Doc]> {
  return Object.entries(files)
    .filter(([path]) => path.startsWith(prefix))
    .flatMap(([path, text]) => parseAllDocuments(text).map((d) => [path, d.toJS() as Doc] as [string, Doc]));
}

const files = crossplaneFiles(DEFAULT_OPTIONS);
const compositions = docs(files).filter(([, d]) => d.kind === "Composition");
const byKind = (kind: string) => kinds.find((k) => k.kind === kind) as KindDeclaration;

describe("generated files", () => {
  it("one v2 and one legacy XRD, and two Compositions each, for every composable kind", () => {
    const xrds = docs(files).filter(([, d]) => d.kind === "CompositeResourceDefinition");
    expect(xrds.filter(([, d]) => d.apiVersion === "apiextensions.crossplane.io/v2")).toHaveLength(
      composableKinds.length,
    );
    expect(xrds.filter(([, d]) => d.apiVersion === "apiextensions.crossplane.io/v1")).toHaveLength(
      composableKinds.length,
    );
    expect(compositions).toHaveLength(4 * composableKinds.length);
    expect(composableKinds.map((k) => k.kind)).not.toContain("Info");
  });

  it("every Composition's name fits 63 characters and its file is named after it", () => {
    for (const [path, c] of compositions) {
      expect(c.metadata.name.length).toBeLessThanOrEqual(63);
      expect(path.endsWith(`/${c.metadata.name}.yaml`)).toBe(true);
    }
  });

  it.each(compositions.map(([path, c]) => [path, c] as const))(
    "%s: a Pipeline calling function-cozystack with an input the function accepts",
    (_, c) => {
      expect(c.spec.mode).toBe("Pipeline");
      expect(c.spec.pipeline).toHaveLength(1);
      const step = c.spec.pipeline[0];
      expect(step).toMatchObject({ step: "cozystack", functionRef: { name: "function-cozystack" } });
      const parsed = inputSchema.safeParse(step.input);
      expect(parsed.error?.issues ?? []).toEqual([]);
      const target = c.metadata.labels["cozystack-iac.dev/target"];
      expect(parsed.data!.target.type).toBe(target === "remote" ? "Remote" : "InCluster");
    },
  );

  it.each<[string, (i: Doc) => void, string]>([
    [
      "a remote target without its provider config",
      (i) => delete i.target.providerConfigRef,
      "input.target.providerConfigRef",
    ],
    ["a kind the platform manages itself", (i) => (i.platformKind = "Info"), "input.platformKind"],
    ["an unknown target", (i) => (i.target = { type: "Elsewhere" }), "input.target.type"],
    ["a field the input does not have", (i) => (i.extra = true), "input: Unrecognized key"],
    [
      "a name that is not a DNS label",
      (i) => (i.overrides = { name: "Not_A_Label" }),
      "input.overrides.name",
    ],
  ])("a broken input is refused, naming the field: %s", (_, breakIt, field) => {
    const input = structuredClone(compositionInput(postgres, "remote", "modern", DEFAULT_OPTIONS));
    breakIt(input);
    expect(() => checkInput("Composition test", input)).toThrow(GenerateError);
    expect(() => checkInput("Composition test", input)).toThrow(field);
  });

  it("remote Compositions name the chosen provider config; legacy ones by name only", () => {
    const opts: GenerateOptions = {
      ...DEFAULT_OPTIONS,
      providerConfig: { name: "cozy-a", kind: "ProviderConfig" },
    };
    const remote = docs(crossplaneFiles(opts)).filter(
      ([, d]) => d.kind === "Composition" && d.metadata.labels["cozystack-iac.dev/target"] === "remote",
    );
    for (const [, c] of remote) {
      const legacy = c.spec.compositeTypeRef.kind.startsWith("X") && c.metadata.name.startsWith("x");
      expect(c.spec.pipeline[0].input.target.providerConfigRef).toEqual(
        legacy ? { name: "cozy-a" } : { name: "cozy-a", kind: "ProviderConfig" },
      );
    }
  });

  it("the chosen groups are used everywhere, and no default group is left", () => {
    const opts = { ...DEFAULT_OPTIONS, group: "example.org", legacyGroup: "legacy.example.org" };
    const text = Object.values(crossplaneFiles(opts)).join("\n");
    expect(text).not.toContain("apps.cozystack-iac.dev");
    expect(text).not.toContain("legacy.cozystack-iac.dev");
    expect(text).toContain("xpostgreses.legacy.example.org");
    expect(text).toContain("apiVersion: example.org/v1alpha1");
  });

  it.each([
    ["apps.cozystack.io", "legacy.example.org", "served by Cozystack"],
    ["core.cozystack.io", "legacy.example.org", "served by Cozystack"],
    ["cozystack.io", "legacy.example.org", "served by Cozystack"],
    ["anything.cozystack.io", "legacy.example.org", "served by Cozystack"],
    ["example.org", "apps.cozystack.io", '--legacy-group "apps.cozystack.io" is served by Cozystack'],
    ["apiextensions.crossplane.io", "legacy.example.org", "served by Crossplane"],
    ["example", "legacy.example.org", "at least one dot"],
    ["Example.org", "legacy.example.org", "lower-case"],
    ["example.org", "example.org", "claims would take the v2 kinds' names"],
  ])("refuses --group %s --legacy-group %s: %s", (group, legacyGroup, message) => {
    expect(() => crossplaneFiles({ ...DEFAULT_OPTIONS, group, legacyGroup })).toThrow(message);
  });

  it("accepts a group that merely contains cozystack in another domain (cozystack.example.org)", () => {
    expect(() => crossplaneFiles({ ...DEFAULT_OPTIONS, group: "cozystack.example.org" })).not.toThrow();
  });

  it("refuses a package reference without a registry or a tag", () => {
    expect(() => crossplaneFiles({ ...DEFAULT_OPTIONS, functionPackage: "function-cozystack" })).toThrow(
      "--function-package",
    );
  });

  it.each(docs(files, "examples/crossplane/").map(([path, d]) => [path, d] as const))(
    "%s is a valid object of its kind by the model",
    (path, d) => {
      const { writeConnectionSecretToRef, ...spec } = d.spec;
      if (path.endsWith(".claim.yaml"))
        expect(writeConnectionSecretToRef).toEqual({ name: `${d.metadata.name}-connection` });
      const result = validateObject(byKind(d.kind), {
        name: d.metadata.name,
        namespace: d.metadata.namespace,
        spec,
      });
      expect(result.problems).toEqual([]);
    },
  );

  it("an XR and a claim example for every composable kind, in their groups", () => {
    const examples = docs(files, "examples/crossplane/").filter(([p]) => !p.includes("/quickstart/"));
    expect(examples.filter(([, d]) => d.apiVersion === "apps.cozystack-iac.dev/v1alpha1")).toHaveLength(
      composableKinds.length,
    );
    expect(examples.filter(([, d]) => d.apiVersion === "legacy.cozystack-iac.dev/v1alpha1")).toHaveLength(
      composableKinds.length,
    );
  });

  it("RBAC grants the composable apps.cozystack.io kinds and nothing else", () => {
    const [[, role]] = docs(files, "functions/install/rbac.yaml") as [[string, Doc]];
    expect(role.metadata.labels).toEqual({ "rbac.crossplane.io/aggregate-to-crossplane": "true" });
    expect(role.rules).toEqual([
      {
        apiGroups: ["apps.cozystack.io"],
        resources: composableKinds.map((k) => k.plural),
        verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
      },
    ]);
    expect(role.rules[0].resources).not.toContain("infos");
  });

  it("package metadata: a Function named function-cozystack, a Configuration that depends on it", () => {
    const [[, fn]] = docs(files, "functions/package/crossplane.yaml") as [[string, Doc]];
    expect(fn).toMatchObject({
      apiVersion: "meta.pkg.crossplane.io/v1",
      kind: "Function",
      metadata: { name: "function-cozystack" },
      spec: { crossplane: { version: ">=v1.20.0" }, capabilities: ["composition"] },
    });
    for (const a of ["maintainer", "source", "license", "description"]) {
      expect(fn.metadata.annotations[`meta.crossplane.io/${a}`]).toBeTruthy();
    }
    const [[, conf]] = docs(files, "functions/configuration/crossplane.yaml") as [[string, Doc]];
    expect(conf.spec.dependsOn).toEqual([
      {
        apiVersion: "pkg.crossplane.io/v1",
        kind: "Function",
        package: "ghcr.io/cozystack-iac/function-cozystack",
        version: ">=v0.1.0",
      },
      {
        apiVersion: "pkg.crossplane.io/v1",
        kind: "Provider",
        package: "xpkg.crossplane.io/crossplane-contrib/provider-kubernetes",
        version: ">=v1.2.1",
      },
    ]);
  });

  it("the Configuration package holds only XRDs and Compositions (all a Configuration may hold)", () => {
    const kindsInPackage = new Set(
      docs(files, "functions/configuration/")
        .filter(([p]) => p !== "functions/configuration/crossplane.yaml")
        .map(([, d]) => d.kind),
    );
    expect([...kindsInPackage].sort()).toEqual(["CompositeResourceDefinition", "Composition"]);
  });
});
