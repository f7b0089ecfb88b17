import { isDeepStrictEqual } from "node:util";
import type { FieldNode } from "../core/ir.ts";
import type { KindDeclaration } from "../core/kind.ts";
import { releaseName } from "../core/kind.ts";
import type { UpstreamDefinition, UpstreamSchema } from "./upstream.ts";

export type Aspect =
  | "missing" // upstream has the field, we do not
  | "extra" // we have the field, upstream does not
  | "type"
  | "enum"
  | "default"
  | "required"
  | "immutable"
  | "identity"
  | "outputs";

export interface Difference {
  kind: string;
  /** Dotted platform path; "*" stands for a map value, "[]" for a list item. */
  path: string;
  aspect: Aspect;
  ours: string;
  upstream: string;
}

export function differenceKey(d: Pick<Difference, "kind" | "path" | "aspect">): string {
  return `${d.kind} ${d.path || "(spec)"} ${d.aspect}`;
}

/** Compare one kind's declaration with Cozystack's ApplicationDefinition, field by field. */
export function compareKind(decl: KindDeclaration, upstream: UpstreamDefinition): Difference[] {
  const out: Difference[] = [];
  const add = (path: string, aspect: Aspect, ours: unknown, theirs: unknown) =>
    out.push({ kind: decl.kind, path, aspect, ours: show(ours), upstream: show(theirs) });

  for (const key of ["plural", "singular", "prefix"] as const) {
    if (decl[key] !== upstream[key]) add(`(${key})`, "identity", decl[key], upstream[key]);
  }
  if (upstream.chartRefName) {
    const variant = decl.chartVariant ?? "default";
    const chart = decl.chartName ?? decl.chart;
    const expected = `cozystack-${chart}-application-${variant}-${chart}`;
    if (expected !== upstream.chartRefName) add("(chartRef)", "identity", expected, upstream.chartRefName);
  }
  const release = releaseName(decl, "NAME");
  const secretName = decl.outputs.secret?.name(release, "NAMESPACE");
  if (secretName !== undefined && !upstream.secretNames.includes(secretName)) {
    add("(secret)", "outputs", secretName, upstream.secretNames);
  }
  if (decl.outputs.userSecrets && upstream.secretNames.length > 0) {
    const name = decl.outputs.userSecrets.name(release, "USER");
    const pattern = name.replace("USER", "");
    if (!upstream.secretNames.some((n) => n.includes(pattern.split("-").slice(0, 2).join("-")))) {
      add("(user secrets)", "outputs", name, upstream.secretNames);
    }
  }
  if (
    decl.outputs.service &&
    upstream.serviceNames.length > 0 &&
    !upstream.serviceNames.includes(decl.outputs.service.name(release))
  ) {
    add("(service)", "outputs", decl.outputs.service.name(release), upstream.serviceNames);
  }
  compareNode(decl.fields, upstream.schema, "", add);
  return out;
}

type Add = (path: string, aspect: Aspect, ours: unknown, theirs: unknown) => void;

function upstreamType(u: UpstreamSchema): string {
  if (u["x-kubernetes-int-or-string"] || (u.anyOf && u.anyOf.length > 0))
    return u.pattern ? "quantity" : "int-or-string";
  if (u.type === "object" || (!u.type && (u.properties || u.additionalProperties))) {
    if (u["x-kubernetes-preserve-unknown-fields"]) return "free";
    const ap = u.additionalProperties;
    if (ap && typeof ap === "object" && Object.keys(ap).length > 0) return "map";
    if (ap === true || (ap && typeof ap === "object")) return "free";
    return "object";
  }
  if (u.type === "array") return "list";
  return u.type ?? "untyped";
}

function compareNode(ours: FieldNode, theirs: UpstreamSchema, path: string, add: Add): void {
  const theirType = upstreamType(theirs);
  const ourType = ours.type;
  if (ourType !== theirType) {
    add(path, "type", ourType, theirType);
    return;
  }
  if (ours.type === "string") {
    const a = ours.enum ? [...ours.enum].sort() : undefined;
    const b = theirs.enum ? [...(theirs.enum as string[])].sort() : undefined;
    if (!isDeepStrictEqual(a, b)) add(path, "enum", ours.enum, theirs.enum);
  }
  const theirImmutable = (theirs["x-kubernetes-validations"] ?? []).some(
    (v) => v.rule.replace(/\s/g, "") === "self==oldSelf",
  );
  if (path !== "" && ours.immutable !== theirImmutable)
    add(path, "immutable", ours.immutable, theirImmutable);
  if (path !== "") compareDefault(ours, theirs, path, add);

  if (ours.type === "object") {
    const theirProps = theirs.properties ?? {};
    const required = new Set(theirs.required ?? []);
    for (const [key, child] of Object.entries(ours.properties)) {
      const childPath = path ? `${path}.${key}` : key;
      const theirChild = theirProps[key];
      if (!theirChild) {
        add(childPath, "extra", child.type, undefined);
        continue;
      }
      const theirRequired = required.has(key) && theirChild.default === undefined;
      if (child.required !== theirRequired) add(childPath, "required", child.required, theirRequired);
      compareNode(child, theirChild, childPath, add);
    }
    for (const key of Object.keys(theirProps)) {
      if (!(key in ours.properties))
        add(path ? `${path}.${key}` : key, "missing", undefined, upstreamType(theirProps[key]!));
    }
  } else if (ours.type === "map") {
    compareNode(ours.values, theirs.additionalProperties as UpstreamSchema, `${path}.*`, add);
  } else if (ours.type === "list" && theirs.items) {
    compareNode(ours.items, theirs.items, `${path}[]`, add);
  }
}

function compareDefault(ours: FieldNode, theirs: UpstreamSchema, path: string, add: Add): void {
  const normalise = (v: unknown) =>
    (ours.type === "quantity" || ours.type === "int-or-string") &&
    (typeof v === "number" || typeof v === "string")
      ? String(v)
      : v;
  const a = ours.hasDefault ? normalise(ours.default) : undefined;
  const b = theirs.default === undefined ? undefined : normalise(theirs.default);
  if (!isDeepStrictEqual(a, b)) add(path, "default", a, b);
}

function show(value: unknown): string {
  if (value === undefined) return "(none)";
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
