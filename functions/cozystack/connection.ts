import type { FieldNode } from "../../schemas/core/ir.ts";
import { gatherValues } from "../../schemas/core/walk.ts";
import { releaseName, type KindDeclaration } from "../../schemas/core/kind.ts";
import { deriveOutputs, type OutputSource, type OutputValue } from "../../schemas/core/outputs.ts";
import type { PlatformObject } from "../../schemas/core/platform-object.ts";
import { serviceSource, type ServiceLike } from "../../schemas/core/service.ts";
import { decodeTenantSecret } from "../../schemas/core/tenant-secret.ts";
import { isRecord } from "./request.ts";
import { CREDENTIALS_KEY, SERVICE_KEY, type PublishedRef } from "./target.ts";

/**
 * Connection outputs: the model's typed outputs, derived from what the platform
 * published, laid out as Secret keys (the v2 connection Secret, or a legacy XR's
 * connection details) and, for the non-sensitive ones, as XR status.
 */

export const CONNECTION_SECRET_TYPE = "connection.crossplane.io/v1alpha1";

/** What the outputs declaration reads, from the object and the published objects found. */
export function outputSource(
  decl: KindDeclaration,
  object: PlatformObject,
  refs: readonly PublishedRef[],
  found: ReadonlyMap<string, Record<string, unknown>>,
): OutputSource {
  const { name, namespace } = object.metadata;
  const source: OutputSource = { name, namespace, release: releaseName(decl, name), spec: object.spec };
  const userSecrets: Record<string, Record<string, string>> = {};
  for (const ref of refs) {
    const published = found.get(ref.key);
    if (!published) continue;
    if (ref.key === CREDENTIALS_KEY) source.secret = secretData(published);
    else if (ref.key === SERVICE_KEY) source.service = serviceSource(asService(published, ref), namespace);
    else if (ref.user !== undefined) userSecrets[ref.user] = secretData(published);
  }
  if (Object.keys(userSecrets).length > 0) source.userSecrets = userSecrets;
  return source;
}

/** A v1 Secret's data, base64-decoded; entries that are not strings are skipped. */
function secretData(secret: Record<string, unknown>): Record<string, string> {
  const data = isRecord(secret.data) ? secret.data : {};
  const strings = Object.entries(data).filter((e): e is [string, string] => typeof e[1] === "string");
  return decodeTenantSecret({ data: Object.fromEntries(strings) });
}

/** The parts of a Service the outputs read, keeping only well-formed ports. */
function asService(service: Record<string, unknown>, ref: PublishedRef): ServiceLike {
  const spec = isRecord(service.spec) ? service.spec : {};
  const ports = (Array.isArray(spec.ports) ? spec.ports : [])
    .filter((p): p is Record<string, unknown> => isRecord(p) && typeof p.port === "number")
    .map((p) => ({ port: p.port as number, ...(typeof p.name === "string" ? { name: p.name } : {}) }));
  const status = isRecord(service.status) ? service.status : {};
  const lb = isRecord(status.loadBalancer) ? status.loadBalancer : {};
  const ingress = (Array.isArray(lb.ingress) ? lb.ingress : []).filter(isRecord).map((i) => ({
    ...(typeof i.ip === "string" ? { ip: i.ip } : {}),
    ...(typeof i.hostname === "string" ? { hostname: i.hostname } : {}),
  }));
  return {
    metadata: { name: ref.name, namespace: ref.namespace },
    spec: { ports },
    status: { loadBalancer: { ingress } },
  };
}

export function outputsOf(decl: KindDeclaration, source: OutputSource): Record<string, OutputValue> {
  return deriveOutputs(decl.outputs, source);
}

/** Secret keys: a scalar is its name, a map `m` gives `m.<key>`, an object map `m.<key>.<attr>`. */
export function connectionEntries(
  decl: KindDeclaration,
  outputs: Readonly<Record<string, OutputValue>>,
): { entries: Record<string, string>; refused: string[] } {
  const entries: Record<string, string> = {};
  const refused: string[] = [];
  const put = (key: string, value: unknown) => {
    // The API refuses any other Secret key; the keys come from published Secrets and user names.
    if (/^[-._a-zA-Z0-9]+$/.test(key)) entries[key] = String(value);
    else refused.push(key);
  };
  for (const [name, field] of Object.entries(decl.outputs.fields)) {
    const value = outputs[name];
    if (value === undefined) continue;
    if (field.type === "map" && isRecord(value)) {
      for (const [key, item] of Object.entries(value)) put(`${name}.${key}`, item);
    } else if (field.type === "object-map" && isRecord(value)) {
      for (const [key, item] of Object.entries(value))
        for (const [attr, v] of Object.entries(isRecord(item) ? item : {})) put(`${name}.${key}.${attr}`, v);
    } else if (!isRecord(value)) {
      put(name, value);
    }
  }
  return { entries, refused };
}

/** The outputs that may be shown: non-sensitive ones, as typed (numbers stay numbers, maps objects). */
export function statusOutputs(
  decl: KindDeclaration,
  outputs: Readonly<Record<string, OutputValue>>,
): Record<string, OutputValue> {
  return Object.fromEntries(
    Object.entries(decl.outputs.fields)
      .filter(([name, field]) => !field.sensitive && outputs[name] !== undefined)
      .map(([name]) => [name, outputs[name]!]),
  );
}

/** The v2 XR's connection Secret, in the XR's namespace. */
export function connectionSecret(
  name: string,
  namespace: string,
  entries: Readonly<Record<string, string>>,
): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name, namespace },
    type: CONNECTION_SECRET_TYPE,
    data: Object.fromEntries(
      Object.entries(entries).map(([k, v]) => [k, Buffer.from(v, "utf8").toString("base64")]),
    ),
  };
}

/** A legacy XR's connection details, which Crossplane writes to its connection Secret. */
export function connectionDetails(entries: Readonly<Record<string, string>>): Record<string, Buffer> {
  return Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, Buffer.from(v, "utf8")]));
}

/**
 * Every secret value the function may hold for this XR: published Secret data,
 * sensitive outputs and sensitive spec fields. Messages and logs are scrubbed of them.
 */
export function secretValues(
  decl: KindDeclaration,
  source: OutputSource,
  outputs: Readonly<Record<string, OutputValue>>,
): Set<string> {
  const out = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === "string" && value !== "") out.add(value);
    else if (Array.isArray(value)) value.forEach(add);
    else if (isRecord(value)) Object.values(value).forEach(add);
  };
  add(source.secret);
  Object.values(source.userSecrets ?? {}).forEach(add);
  for (const [name, field] of Object.entries(decl.outputs.fields)) if (field.sensitive) add(outputs[name]);
  sensitiveSpecValues(decl.fields, source.spec, add);
  return out;
}

function sensitiveSpecValues(node: FieldNode, value: unknown, add: (v: unknown) => void): void {
  // A sensitive field's whole value is secret, whatever it holds.
  const whole = (field: FieldNode, v: unknown, inside: unknown[]) => (field.sensitive ? [v] : inside);
  gatherValues(node, value, {
    naming: "platform",
    object: (object, fields, v) =>
      whole(
        object,
        v,
        fields.flatMap((f) => f.result),
      ),
    map: (map, entries, v) =>
      whole(
        map,
        v,
        entries.flatMap(([, found]) => found),
      ),
    list: (list, items, v) => whole(list, v, items.flat()),
    leaf: (leaf, v) => whole(leaf, v, []),
  }).forEach(add);
}
