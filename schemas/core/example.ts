import type { KindDeclaration } from "./kind.ts";
import { sampleValue } from "./sample.ts";

/** The name docs and examples give an object of this kind. */
export function exampleName(decl: KindDeclaration): string {
  return (
    decl.example?.name ??
    (decl.category === "module" ? decl.singular : decl.kind === "Tenant" ? "acme" : "example")
  );
}

/** The kind's own example spec (a copy), or its required fields with sample values. */
export function exampleSpec(decl: KindDeclaration): Record<string, unknown> {
  if (decl.example) return structuredClone(decl.example.spec) as Record<string, unknown>;
  const spec: Record<string, unknown> = {};
  if (decl.fields.type === "object") {
    for (const [key, child] of Object.entries(decl.fields.properties)) {
      if (child.required) spec[key] = sampleValue(child);
    }
  }
  return spec;
}
