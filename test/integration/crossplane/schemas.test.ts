import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { composableKinds } from "../../../functions/cozystack/input.ts";
import { exampleSpec } from "../../../functions/generate/examples.ts";
import { crossplaneFiles, GENERATED_DIRS } from "../../../functions/generate/files.ts";
import { DEFAULT_OPTIONS } from "../../../functions/generate/options.ts";
import { modernXrd } from "../../../functions/generate/xrd.ts";
import { applyCrd, waitEstablished } from "../../platform/install.ts";
import { platformClient, uniqueName } from "../../support/cluster.ts";
import { KubeError, resourcePath, type KubeObject } from "../../support/kube.ts";

/**
 * The generated Crossplane objects against the real kube-apiserver with Crossplane's
 * v2.3.4 CRDs and provider-kubernetes's v1.2.1 CRDs (installed by the local platform).
 * Creates are server-side dry runs (`dryRun=All`): the apiserver validates, defaults and
 * runs CEL as for a real create, and stores nothing.
 */
type Doc = KubeObject & { spec: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

const client = platformClient();
afterAll(() => client.close());

const root = join(import.meta.dirname, "..", "..", "..");

function committed(): Array<[string, Doc]> {
  return GENERATED_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
      .map((e) => join(e.parentPath, e.name)),
  ).flatMap((file) =>
    parseAllDocuments(readFileSync(file, "utf8")).map(
      (d) => [relative(root, file), d.toJS() as Doc] as [string, Doc],
    ),
  );
}

const docs = committed();
const ofKind = (kind: string, apiVersion?: string) =>
  docs.filter(([, d]) => d.kind === kind && (!apiVersion || d.apiVersion === apiVersion));

/** The collection a Crossplane or Kubernetes object is created in. */
function collection(d: { apiVersion?: string; kind?: string }): string {
  const [group, version] = d.apiVersion!.includes("/") ? d.apiVersion!.split("/") : ["", d.apiVersion!];
  const plural: Record<string, string> = {
    CompositeResourceDefinition: "compositeresourcedefinitions",
    Composition: "compositions",
    Function: "functions",
    Configuration: "configurations",
    ClusterRole: "clusterroles",
    CustomResourceDefinition: "customresourcedefinitions",
  };
  return resourcePath(group!, version!, plural[d.kind!]!);
}

function dryRun<T = Doc>(path: string, object: unknown): Promise<T> {
  return client.request<T>("POST", `${path}?dryRun=All&fieldManager=schemas-test`, object);
}

/** The apiserver's refusal of a create, or undefined when it accepted it. */
async function refusal(path: string, object: unknown): Promise<KubeError | undefined> {
  try {
    await dryRun(path, object);
    return undefined;
  } catch (error) {
    if (error instanceof KubeError) return error;
    throw error;
  }
}

describe("generated Crossplane objects on the real apiserver", () => {
  it("the committed files hold every kind of object the generator makes", () => {
    expect(ofKind("CompositeResourceDefinition")).toHaveLength(2 * composableKinds.length);
    expect(ofKind("Composition")).toHaveLength(4 * composableKinds.length);
    expect(ofKind("Function", "pkg.crossplane.io/v1")).toHaveLength(2);
    expect(ofKind("Configuration", "pkg.crossplane.io/v1")).toHaveLength(1);
  });

  it.each(ofKind("CompositeResourceDefinition").map(([p, d]) => [p, d] as const))(
    "%s is accepted",
    async (_, xrd) => {
      const created = await dryRun(collection(xrd), xrd);
      expect(created.metadata.name).toBe(xrd.metadata.name);
      // A legacy XRD leaves scope out (Crossplane 1.20 has no such field); v1 defaults it.
      expect(created.spec.scope).toBe(xrd.apiVersion!.endsWith("/v2") ? "Namespaced" : "LegacyCluster");
      expect(created.spec.versions[0].schema.openAPIV3Schema).toEqual(
        xrd.spec.versions[0].schema.openAPIV3Schema,
      );
    },
  );

  it.each(ofKind("Composition").map(([p, d]) => [p, d] as const))(
    "%s is accepted",
    async (_, composition) => {
      const created = await dryRun(collection(composition), composition);
      expect(created.spec.pipeline[0].input).toEqual(composition.spec.pipeline[0].input);
    },
  );

  it.each(
    docs
      .filter(([, d]) => d.apiVersion === "pkg.crossplane.io/v1" || d.kind === "ClusterRole")
      .map(([p, d]) => [p, d] as const),
  )("%s is accepted", async (_, object) => {
    const created = await dryRun(collection(object), object);
    expect(created.kind).toBe(object.kind);
  });

  it("the input CRD is a valid structural CRD", async () => {
    const [[, crd]] = ofKind("CustomResourceDefinition") as [[string, Doc]];
    const created = await dryRun(collection(crd), crd);
    expect(created.metadata.name).toBe("inputs.fn.cozystack-iac.dev");
  });
});

const modernV2 = () =>
  structuredClone(ofKind("CompositeResourceDefinition", "apiextensions.crossplane.io/v2")[0]![1]);
const legacyV1 = () =>
  structuredClone(ofKind("CompositeResourceDefinition", "apiextensions.crossplane.io/v1")[0]![1]);
const aComposition = () => structuredClone(ofKind("Composition")[0]![1]);
const aFunction = () => structuredClone(ofKind("Function", "pkg.crossplane.io/v1")[0]![1]);
const aConfiguration = () => structuredClone(ofKind("Configuration", "pkg.crossplane.io/v1")[0]![1]);

describe("a deliberately broken object is refused (422)", () => {
  it.each<[string, () => Doc, string]>([
    [
      "a v2 XRD with scope LegacyCluster, which only the v1 API has",
      () => ({ ...modernV2(), spec: { ...modernV2().spec, scope: "LegacyCluster" } }),
      "spec.scope",
    ],
    [
      "a v2 XRD offering claims",
      () => ({ ...modernV2(), spec: { ...modernV2().spec, claimNames: { kind: "Pg", plural: "pgs" } } }),
      "Claims aren't supported in apiextensions.crossplane.io/v2",
    ],
    [
      "a v2 XRD with connection secret keys",
      () => ({ ...modernV2(), spec: { ...modernV2().spec, connectionSecretKeys: ["host"] } }),
      "XR connection secrets aren't supported",
    ],
    [
      "a v1 XRD offering claims from a Namespaced XR",
      () => ({ ...legacyV1(), spec: { ...legacyV1().spec, scope: "Namespaced" } }),
      "Only LegacyCluster composite resources can offer claims",
    ],
    [
      "an XRD with an upper-case plural",
      () => {
        const xrd = modernV2();
        xrd.spec.names.plural = "Postgreses";
        return xrd;
      },
      "Plural name must be lowercase",
    ],
    [
      "a Composition in the removed Resources mode, with no pipeline",
      () => {
        const c = aComposition();
        c.spec.mode = "Resources";
        delete c.spec.pipeline;
        return c;
      },
      "spec.mode",
    ],
    [
      "a Pipeline Composition without its pipeline",
      () => {
        const c = aComposition();
        delete c.spec.pipeline;
        return c;
      },
      "an array of pipeline steps is required in Pipeline mode",
    ],
    [
      "a Composition step without a function",
      () => {
        const c = aComposition();
        delete c.spec.pipeline[0].functionRef;
        return c;
      },
      "functionRef",
    ],
    [
      "a Function package without its registry",
      () => ({ ...aFunction(), spec: { package: "function-cozystack:v0.1.0" } }),
      "must be a fully qualified image name",
    ],
    [
      "a Configuration package without a tag or digest",
      () => ({ ...aConfiguration(), spec: { package: "ghcr.io/cozystack-iac/configuration-cozystack" } }),
      "must be a fully qualified image name",
    ],
  ])("%s", async (_, broken, message) => {
    const object = broken();
    const error = await refusal(collection(object), object);
    expect(error?.status).toBe(422);
    expect(error?.message).toContain(message);
  });
});

// ---- The XR schemas themselves, as CRDs on the real apiserver ------------------------------
// Crossplane turns each XRD into a CRD; here each XRD's own schema becomes a CRD in a test
// group, so that it cannot clash with CRDs the Crossplane stand-in makes from the real XRDs.

const TEST_GROUP = "xr-schemas.example.org";
const testOpts = { ...DEFAULT_OPTIONS, group: TEST_GROUP, legacyGroup: `legacy.${TEST_GROUP}` };
const CRD_PATH = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";

function xrSchemaCrd(decl: KindDeclaration): Record<string, unknown> {
  const xrd = modernXrd(decl, testOpts) as Doc;
  const version = xrd.spec.versions[0];
  const schema = version.schema.openAPIV3Schema;
  return {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name: xrd.metadata.name },
    spec: {
      group: TEST_GROUP,
      names: xrd.spec.names,
      scope: "Namespaced",
      versions: [
        {
          name: version.name,
          served: true,
          storage: true,
          subresources: { status: {} },
          additionalPrinterColumns: version.additionalPrinterColumns,
          schema: {
            openAPIV3Schema: {
              ...schema,
              properties: {
                apiVersion: { type: "string" },
                kind: { type: "string" },
                metadata: { type: "object" },
                ...schema.properties,
              },
            },
          },
        },
      ],
    },
  };
}

/** Kinds with an immutable field directly under spec, and that field. */
const immutableTopLevel = composableKinds.flatMap((decl) =>
  decl.fields.type === "object"
    ? Object.entries(decl.fields.properties)
        .filter(([, f]) => f.immutable && f.type === "string" && !f.enum && !f.pattern)
        .slice(0, 1)
        .map(([field]) => ({ decl, field }))
    : [],
);

describe("the XR schemas, installed as CRDs", () => {
  const crds = composableKinds.map(xrSchemaCrd);
  const namespace = uniqueName("xr-schemas-");
  const xrPath = (decl: KindDeclaration, name?: string) =>
    resourcePath(TEST_GROUP, "v1alpha1", decl.plural, namespace, name);

  beforeAll(async () => {
    await Promise.all(crds.map((crd) => applyCrd(client, crd)));
    await waitEstablished(
      client,
      crds.map((c) => (c.metadata as { name: string }).name),
    );
    await client.create(
      "/api/v1/namespaces",
      { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace } },
      "schemas-test",
    );
  });
  afterAll(async () => {
    await client.delete(`/api/v1/namespaces/${namespace}`);
    await Promise.all(
      crds.map((crd) => client.delete(`${CRD_PATH}/${(crd.metadata as { name: string }).name}`)),
    );
  });

  it.each(composableKinds.map((d) => [d.kind, d] as const))(
    "%s: the example XR is accepted, and the apiserver fills in the model's defaults",
    async (_, decl) => {
      const created = await dryRun(xrPath(decl), {
        apiVersion: `${TEST_GROUP}/v1alpha1`,
        kind: decl.kind,
        metadata: { name: "example", namespace },
        spec: exampleSpec(decl),
      });
      const defaults =
        decl.fields.type === "object"
          ? Object.entries(decl.fields.properties).filter(([, f]) => f.hasDefault)
          : [];
      for (const [key] of defaults) expect(created.spec, key).toHaveProperty(key);
    },
  );

  it("the model has kinds with an immutable top-level string field to check", () => {
    expect(immutableTopLevel.length).toBeGreaterThan(5);
  });

  it.each(immutableTopLevel.map((c) => [`${c.decl.kind} spec.${c.field}`, c] as const))(
    "%s cannot change once set: CEL self == oldSelf on the real apiserver",
    async (_, { decl, field }) => {
      const name = uniqueName("im");
      const spec = { ...exampleSpec(decl), [field]: "first" };
      await client.create(
        xrPath(decl),
        { apiVersion: `${TEST_GROUP}/v1alpha1`, kind: decl.kind, metadata: { name, namespace }, spec },
        "schemas-test",
      );
      let error: KubeError | undefined;
      try {
        await client.mergePatch(xrPath(decl, name), { spec: { [field]: "second" } });
      } catch (e) {
        if (!(e instanceof KubeError)) throw e;
        error = e;
      }
      expect(error?.status).toBe(422);
      expect(error?.message).toContain(`${field} is immutable`);
      await client.delete(xrPath(decl, name));
    },
  );

  it("status keeps the non-sensitive outputs and drops a sensitive one the schema does not declare", async () => {
    const redis = composableKinds.find((k) => k.kind === "Redis")!;
    const name = uniqueName("st");
    await client.create(
      xrPath(redis),
      { apiVersion: `${TEST_GROUP}/v1alpha1`, kind: "Redis", metadata: { name, namespace }, spec: {} },
      "schemas-test",
    );
    const stored = await client.request<Doc & { status: { outputs: Record<string, unknown> } }>(
      "PATCH",
      `${xrPath(redis, name)}/status`,
      {
        status: {
          platform: {
            apiVersion: "apps.cozystack.io/v1alpha1",
            kind: "Redis",
            name,
            namespace,
            ready: "True",
          },
          outputs: { host: `rfrm-redis-${name}.${namespace}.svc`, port: 6379, password: "must-not-stay" },
        },
      },
      "application/merge-patch+json",
    );
    expect(stored.status.outputs).toEqual({ host: `rfrm-redis-${name}.${namespace}.svc`, port: 6379 });
    await client.delete(xrPath(redis, name));
  });
});

describe("the step input, checked by its CRD", () => {
  const [[, inputCrd]] = ofKind("CustomResourceDefinition") as [[string, Doc]];
  const namespace = "default";
  const inputs = resourcePath("fn.cozystack-iac.dev", "v1beta1", "inputs", namespace);

  beforeAll(async () => {
    await applyCrd(client, inputCrd);
    await waitEstablished(client, [inputCrd.metadata.name]);
  });
  afterAll(async () => {
    await client.delete(`${CRD_PATH}/${inputCrd.metadata.name}`);
  });

  it.each(ofKind("Composition").map(([p, d]) => [p, d] as const))(
    "%s: its input is a valid Input",
    async (_, c) => {
      const input = { ...c.spec.pipeline[0].input, metadata: { name: "input" } };
      const created = await dryRun(inputs, input);
      expect(created.platformKind).toBe(input.platformKind);
    },
  );

  it.each<[string, Record<string, unknown>, string]>([
    [
      "a remote target without its provider config",
      { type: "Remote" },
      "type Remote requires providerConfigRef",
    ],
    [
      "an in-cluster target with a provider config",
      { type: "InCluster", providerConfigRef: { name: "cozystack" } },
      "type InCluster does not take providerConfigRef",
    ],
    ["an unknown target", { type: "Elsewhere" }, "target.type"],
  ])("refuses %s", async (_, target, message) => {
    const error = await refusal(inputs, {
      apiVersion: "fn.cozystack-iac.dev/v1beta1",
      kind: "Input",
      metadata: { name: "input" },
      platformKind: "Postgres",
      target,
    });
    expect(error?.status).toBe(422);
    expect(error?.message).toContain(message);
  });
});

describe("provider-kubernetes takes the remote Compositions' provider config", () => {
  const remote =
    crossplaneFiles(DEFAULT_OPTIONS)["functions/configuration/compositions/postgreses-remote.yaml"]!;
  const ref = (parseAllDocuments(remote)[0]!.toJS() as Doc).spec.pipeline[0].input.target.providerConfigRef;
  const manifest = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "probe", namespace: "default" } };

  it("a namespaced Object (kubernetes.m.crossplane.io) with that providerConfigRef is accepted", async () => {
    const created = await dryRun(
      resourcePath("kubernetes.m.crossplane.io", "v1alpha1", "objects", "default"),
      {
        apiVersion: "kubernetes.m.crossplane.io/v1alpha1",
        kind: "Object",
        metadata: { name: "probe", namespace: "default" },
        spec: { forProvider: { manifest }, providerConfigRef: ref },
      },
    );
    expect(created.spec.providerConfigRef).toEqual({ name: "cozystack", kind: "ClusterProviderConfig" });
  });

  it("a legacy Object (kubernetes.crossplane.io) with the provider config's name is accepted", async () => {
    const created = await dryRun(resourcePath("kubernetes.crossplane.io", "v1alpha2", "objects"), {
      apiVersion: "kubernetes.crossplane.io/v1alpha2",
      kind: "Object",
      metadata: { name: "probe" },
      spec: { forProvider: { manifest }, providerConfigRef: { name: ref.name } },
    });
    expect(created.spec.providerConfigRef.name).toBe("cozystack");
  });
});
