import { describe, expect, it } from "vitest";
import type { KubeObject } from "../support/kube.ts";
import { providerConfigRef, resolveProviderConfig, type Reader } from "./credentials.ts";
import {
  LEGACY_OBJECTS,
  NAMESPACED_OBJECTS,
  type KubernetesObject,
  type ProviderConfigSpec,
} from "./types.ts";

const object = (providerConfigRef?: { name: string; kind?: string }): KubernetesObject => ({
  metadata: { name: "o", namespace: "team" },
  spec: { forProvider: { manifest: {} }, ...(providerConfigRef ? { providerConfigRef } : {}) },
});

describe("providerConfigRef", () => {
  const cases = [
    {
      api: NAMESPACED_OBJECTS,
      ref: undefined,
      path: "/apis/kubernetes.m.crossplane.io/v1alpha1/clusterproviderconfigs/default",
      reason: "namespaced Objects default to the ClusterProviderConfig named default",
    },
    {
      api: NAMESPACED_OBJECTS,
      ref: { name: "pc", kind: "ProviderConfig" },
      path: "/apis/kubernetes.m.crossplane.io/v1alpha1/namespaces/team/providerconfigs/pc",
      reason: "a ProviderConfig lives in the Object's namespace",
    },
    {
      api: LEGACY_OBJECTS,
      ref: { name: "remote" },
      path: "/apis/kubernetes.crossplane.io/v1alpha1/providerconfigs/remote",
      reason: "legacy Objects name a cluster-scoped ProviderConfig",
    },
  ];
  it.each(cases)("$reason", ({ api, ref, path }) => {
    expect(providerConfigRef(api, object(ref))).toMatchObject({ path });
  });

  it("refuses an unknown kind, as the real provider does", () => {
    expect(providerConfigRef(NAMESPACED_OBJECTS, object({ name: "x", kind: "Other" }))).toEqual({
      error: 'unknown provider config kind: "Other"',
    });
  });
});

const CA = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
const yamlKubeconfig = [
  "apiVersion: v1",
  "kind: Config",
  "clusters:",
  "- name: remote",
  "  cluster:",
  "    server: https://127.0.0.1:6443",
  `    certificate-authority-data: ${Buffer.from(CA).toString("base64")}`,
  "users:",
  "- name: admin",
  "  user:",
  "    token: secret-token",
  "contexts:",
  "- name: remote",
  "  context: {cluster: remote, user: admin, namespace: elsewhere}",
  "current-context: remote",
  "",
].join("\n");
const jsonKubeconfig = JSON.stringify({
  apiVersion: "v1",
  kind: "Config",
  clusters: [{ name: "c", cluster: { server: "https://127.0.0.1:7443", "insecure-skip-tls-verify": true } }],
  users: [{ name: "u", user: { token: "t" } }],
  contexts: [{ name: "x", context: { cluster: "c", user: "u" } }],
  "current-context": "x",
});

/** A control plane of fixed objects, by path. */
function reader(objects: Record<string, unknown>): Reader {
  return async (path) => objects[path] as KubeObject | undefined;
}

const CPC = "/apis/kubernetes.m.crossplane.io/v1alpha1/clusterproviderconfigs/default";
const config = (spec: ProviderConfigSpec) => ({ metadata: { name: "default" }, spec });
const secret = (key: string, text: string) => ({
  metadata: { name: "kc", namespace: "crossplane-system" },
  data: { [key]: Buffer.from(text).toString("base64") },
});
const fromSecret: ProviderConfigSpec = {
  credentials: {
    source: "Secret",
    secretRef: { name: "kc", namespace: "crossplane-system", key: "kubeconfig" },
  },
};
const SECRET = "/api/v1/namespaces/crossplane-system/secrets/kc";

describe("resolveProviderConfig", () => {
  it("reads a YAML kubeconfig from a Secret key and uses its current context", async () => {
    const got = await resolveProviderConfig(
      reader({ [CPC]: config(fromSecret), [SECRET]: secret("kubeconfig", yamlKubeconfig) }),
      NAMESPACED_OBJECTS,
      object(),
    );
    expect(got).toEqual({
      target: expect.objectContaining({ server: "https://127.0.0.1:6443", token: "secret-token", ca: CA }),
    });
  });

  it("reads a JSON kubeconfig too", async () => {
    const got = await resolveProviderConfig(
      reader({ [CPC]: config(fromSecret), [SECRET]: secret("kubeconfig", jsonKubeconfig) }),
      NAMESPACED_OBJECTS,
      object(),
    );
    expect(got).toEqual({
      target: expect.objectContaining({ server: "https://127.0.0.1:7443", token: "t", insecure: true }),
    });
  });

  it("uses the stand-in's own identity for InjectedIdentity", async () => {
    const got = await resolveProviderConfig(
      reader({ [CPC]: config({ credentials: { source: "InjectedIdentity" } }) }),
      NAMESPACED_OBJECTS,
      object(),
    );
    expect(got).toEqual({ injected: true });
  });

  const failures = [
    {
      objects: {},
      error:
        'cannot get provider config: clusterproviderconfigs.kubernetes.m.crossplane.io "default" not found',
      reason: "no ProviderConfig",
    },
    {
      objects: { [CPC]: config(fromSecret) },
      error: "cannot get credentials: secret crossplane-system/kc not found",
      reason: "no credentials Secret",
    },
    {
      objects: { [CPC]: config(fromSecret), [SECRET]: secret("other", yamlKubeconfig) },
      error: "cannot get credentials: secret crossplane-system/kc has no key kubeconfig",
      reason: "the Secret lacks the key",
    },
    {
      objects: { [CPC]: config(fromSecret), [SECRET]: secret("kubeconfig", "{not json") },
      error: "failed to load kubeconfig",
      reason: "the key holds no kubeconfig",
    },
    {
      objects: { [CPC]: config({ credentials: { source: "None" } }) },
      error: "cannot get credentials: credentials source None is not currently supported",
      reason: "source None",
    },
  ];
  it.each(failures)("fails with a message when $reason", async ({ objects, error }) => {
    const got = await resolveProviderConfig(reader(objects), NAMESPACED_OBJECTS, object());
    expect(got).toEqual({ error: expect.stringContaining(error) });
  });

  it("never puts the kubeconfig's token in an error", async () => {
    const broken = yamlKubeconfig.replace("current-context: remote", "current-context: missing");
    const got = await resolveProviderConfig(
      reader({ [CPC]: config(fromSecret), [SECRET]: secret("kubeconfig", broken) }),
      NAMESPACED_OBJECTS,
      object(),
    );
    expect(got).toEqual({ error: expect.stringContaining("no context") });
    expect(JSON.stringify(got)).not.toContain("secret-token");
  });
});
