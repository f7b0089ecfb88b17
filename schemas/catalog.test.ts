import { describe, expect, it } from "vitest";
import { canonicalSpec, specFromTerraform, terraformFromSpec } from "./core/convert.ts";
import { walkFields, type FieldNode } from "./core/ir.ts";
import type { KindDeclaration } from "./core/kind.ts";
import { toTerraformPath } from "./core/paths.ts";
import { withDefaults } from "./core/platform-object.ts";
import { sampleValue, wrongValue } from "./core/sample.ts";
import { validateObject } from "./core/validate.ts";
import { kinds } from "./kinds/index.ts";

const all = kinds as readonly KindDeclaration[];

/** The defaults the model tree promises, assembled independently of zod's parsing. */
function expectedDefaults(node: FieldNode): unknown {
  if (node.type === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node.properties)) {
      if (child.hasDefault) {
        out[key] =
          child.type === "object"
            ? { ...(expectedDefaults(child) as object), ...(child.default as object) }
            : child.default;
      }
    }
    return out;
  }
  return node.default;
}

function minimalSpec(decl: KindDeclaration): Record<string, unknown> {
  // Fill only what the user must give, with sample values.
  const fill = (node: FieldNode): unknown => {
    if (node.type !== "object") return sampleValue(node);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node.properties)) if (child.required) out[key] = fill(child);
    return out;
  };
  return fill(decl.fields) as Record<string, unknown>;
}

function sampleName(decl: KindDeclaration, spec: Record<string, unknown>): string {
  if (typeof spec.cluster === "string") return `${spec.cluster}-pool`;
  if (decl.category === "module") return decl.singular;
  return decl.kind === "Tenant" ? "sample" : "sample-1";
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node: Record<string, unknown> | unknown[] = target;
  for (const segment of path.slice(0, -1)) {
    const key = segment === "*" ? "example" : segment === "[]" ? 0 : segment;
    node = (node as Record<string, unknown>)[key] as Record<string, unknown>;
  }
  const last = path.at(-1)!;
  (node as Record<string | number, unknown>)[last === "*" ? "example" : last === "[]" ? 0 : last] = value;
}

function concrete(path: readonly string[]): Array<string | number> {
  return path.map((s) => (s === "*" ? "example" : s === "[]" ? 0 : s));
}

describe("the catalog", () => {
  it("declares every kind of the Cozystack v1.6.2 catalog", () => {
    expect(all.map((k) => k.kind).sort()).toEqual(
      [
        "BootBox",
        "Bucket",
        "ClickHouse",
        "Etcd",
        "ExternalDNS",
        "FoundationDB",
        "HTTPCache",
        "Harbor",
        "Info",
        "Ingress",
        "Kafka",
        "Kubernetes",
        "KubernetesNodes",
        "MariaDB",
        "MongoDB",
        "Monitoring",
        "NATS",
        "OpenBAO",
        "OpenSearch",
        "Postgres",
        "Qdrant",
        "RabbitMQ",
        "Redis",
        "SeaweedFS",
        "TCPBalancer",
        "Tenant",
        "VMDisk",
        "VMInstance",
        "VPN",
        "VirtualPrivateCloud",
      ].sort(),
    );
  });

  it("gives every kind a distinct identity and Terraform type", () => {
    for (const key of ["kind", "plural", "tfType"] as const) {
      expect(new Set(all.map((k) => k[key])).size).toBe(all.length);
    }
    for (const decl of all) {
      expect(decl.tfType).toMatch(/^cozystack_[a-z][a-z0-9_]*$/);
      expect(decl.apiVersion).toBe("apps.cozystack.io/v1alpha1");
      expect(decl.summary.length).toBeGreaterThan(10);
    }
  });
});

describe.each(all.map((k) => [k.kind, k] as const))("%s", (_kind, decl) => {
  it("describes every field in one line and names it for Terraform", () => {
    walkFields(decl.fields, (node, path) => {
      if (path.at(-1) === "*" || path.at(-1) === "[]") return;
      expect(node.description, path.join(".")).toMatch(/^\S.*[.?)]$/);
      expect(node.description, path.join(".")).not.toContain("\n");
      expect(node.tfName, path.join(".")).toMatch(/^[a-z][a-z0-9_]*$/);
    });
  });

  it("applies the model's defaults to an empty spec", () => {
    const minimal = minimalSpec(decl);
    const defaulted = withDefaults(decl, minimal) as Record<string, unknown>;
    const expected = { ...(expectedDefaults(decl.fields) as object), ...minimal };
    expect(canonicalSpec(decl.fields, defaulted)).toEqual(
      canonicalSpec(decl.fields, expected as Record<string, unknown>),
    );
  });

  it("accepts a spec that sets every field", () => {
    // Cross-field rules are left out: a mechanical sample cannot satisfy chart-specific ones.
    const spec = sampleValue(decl.fields) as Record<string, unknown>;
    const parsed = decl.spec.safeParse(spec);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("accepts its example, or a spec with only the required fields, cross-field rules included", () => {
    const spec = (decl.example?.spec as Record<string, unknown> | undefined) ?? minimalSpec(decl);
    const name = decl.example?.name ?? sampleName(decl, spec);
    const result = validateObject(decl, { name, namespace: "tenant-root", spec });
    expect(result.problems).toEqual([]);
  });

  it("maps between Terraform's snake_case and the platform's camelCase without loss", () => {
    const spec = withDefaults(decl, sampleValue(decl.fields)) as Record<string, unknown>;
    const tf = terraformFromSpec(decl.fields, spec);
    walkFields(decl.fields, (node, path) => {
      if (path.length === 1) expect(tf, `${path[0]}`).toHaveProperty([node.tfName]);
    });
    expect(canonicalSpec(decl.fields, specFromTerraform(decl.fields, tf))).toEqual(
      canonicalSpec(decl.fields, spec),
    );
  });

  it("reports a wrong value at any field with that field's path, for both namings", () => {
    const leaves: Array<readonly string[]> = [];
    walkFields(decl.fields, (node, path) => {
      if (node.type !== "object" && node.type !== "map" && node.type !== "list") leaves.push(path);
    });
    for (const path of leaves) {
      const spec = sampleValue(decl.fields) as Record<string, unknown>;
      let node: FieldNode | undefined = decl.fields;
      for (const segment of path) {
        node =
          node?.type === "object"
            ? node.properties[segment]
            : node?.type === "map"
              ? node.values
              : node?.type === "list"
                ? node.items
                : undefined;
      }
      // Exclusive members left out of the sample cannot be reached this way.
      try {
        setAt(spec, path, wrongValue(node!));
      } catch {
        continue;
      }
      const result = validateObject(decl, { name: sampleName(decl, spec), namespace: "tenant-root", spec });
      expect(result.ok, path.join(".")).toBe(false);
      const where = result.problems.map((p) => p.tfPath.join("."));
      expect(where, path.join(".")).toContain(toTerraformPath(decl.fields, concrete(path)).join("."));
    }
  });

  it("rejects unknown fields at the top level, naming them", () => {
    const result = validateObject(decl, {
      name: "x1",
      namespace: "tenant-root",
      spec: { ...minimalSpec(decl), notAField: 1 },
    });
    expect(result.problems.map((p) => p.message)).toContain('unknown field "notAField"');
  });

  it("marks immutable fields, and every immutable path exists", () => {
    const immutable: string[] = [];
    walkFields(decl.fields, (node, path) => node.immutable && immutable.push(path.join(".")));
    for (const path of immutable) expect(path).not.toBe("");
    if (JSON.stringify(decl.fields).includes('"storageClass"'))
      expect(immutable.length).toBeGreaterThanOrEqual(0);
  });

  it("marks secret outputs sensitive", () => {
    for (const [key, field] of Object.entries(decl.outputs.fields)) {
      if (/password|kubeconfig|secret|token|credentials|api_key/.test(key))
        expect(field.sensitive, key).toBe(true);
    }
  });
});
