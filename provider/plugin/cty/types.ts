/**
 * cty types, the type system of Terraform values, and their JSON form as it
 * appears in schemas ("string", ["list","number"], ["object",{...}], ...).
 */
export type CtyType =
  | { kind: "string" }
  | { kind: "number" }
  | { kind: "bool" }
  | { kind: "dynamic" }
  | { kind: "list"; element: CtyType }
  | { kind: "set"; element: CtyType }
  | { kind: "map"; element: CtyType }
  | { kind: "object"; attributes: Readonly<Record<string, CtyType>>; optional?: readonly string[] }
  | { kind: "tuple"; elements: readonly CtyType[] };

export const t = {
  string: { kind: "string" } as CtyType,
  number: { kind: "number" } as CtyType,
  bool: { kind: "bool" } as CtyType,
  dynamic: { kind: "dynamic" } as CtyType,
  list: (element: CtyType): CtyType => ({ kind: "list", element }),
  set: (element: CtyType): CtyType => ({ kind: "set", element }),
  map: (element: CtyType): CtyType => ({ kind: "map", element }),
  object: (attributes: Record<string, CtyType>, optional?: string[]): CtyType =>
    optional && optional.length > 0
      ? { kind: "object", attributes, optional: [...optional].sort() }
      : { kind: "object", attributes },
  tuple: (elements: CtyType[]): CtyType => ({ kind: "tuple", elements }),
};

export type TypeJSON = string | [string, unknown] | [string, unknown, unknown];

export class TypeError_ extends Error {
  override name = "CtyTypeError";
}

export function typeToJSON(type: CtyType): unknown {
  switch (type.kind) {
    case "string":
    case "number":
    case "bool":
    case "dynamic":
      return type.kind;
    case "list":
    case "set":
    case "map":
      return [type.kind, typeToJSON(type.element)];
    case "object": {
      const attrs = Object.fromEntries(
        Object.keys(type.attributes)
          .sort()
          .map((k) => [k, typeToJSON(type.attributes[k]!)]),
      );
      return type.optional && type.optional.length > 0
        ? ["object", attrs, [...type.optional].sort()]
        : ["object", attrs];
    }
    case "tuple":
      return ["tuple", type.elements.map(typeToJSON)];
  }
}

/**
 * Levels a type may nest. Far beyond any schema, and low enough that a hostile type
 * (a dynamic value's type arrives from the host) fails here, not on the JS stack.
 */
export const MAX_TYPE_DEPTH = 512;

export function typeFromJSON(json: unknown, depth = 0): CtyType {
  if (depth > MAX_TYPE_DEPTH) throw new TypeError_(`type nested more than ${MAX_TYPE_DEPTH} levels deep`);
  if (typeof json === "string") {
    if (json === "string" || json === "number" || json === "bool" || json === "dynamic")
      return { kind: json };
    throw new TypeError_(`unknown primitive type ${JSON.stringify(json)}`);
  }
  if (!Array.isArray(json) || json.length < 2) throw new TypeError_(`invalid type ${JSON.stringify(json)}`);
  const [kind, arg, extra] = json as [unknown, unknown, unknown];
  switch (kind) {
    case "list":
    case "set":
    case "map":
      return { kind, element: typeFromJSON(arg, depth + 1) };
    case "object": {
      if (!arg || typeof arg !== "object" || Array.isArray(arg))
        throw new TypeError_("object type needs an attribute map");
      const attributes = Object.fromEntries(
        Object.entries(arg).map(([k, v]) => [k, typeFromJSON(v, depth + 1)]),
      );
      if (extra !== undefined) {
        if (!Array.isArray(extra) || !extra.every((e) => typeof e === "string" && e in attributes)) {
          throw new TypeError_("object optional attributes must name attributes");
        }
        return { kind: "object", attributes, optional: [...(extra as string[])].sort() };
      }
      return { kind: "object", attributes };
    }
    case "tuple":
      if (!Array.isArray(arg)) throw new TypeError_("tuple type needs a list of element types");
      return { kind: "tuple", elements: arg.map((e) => typeFromJSON(e, depth + 1)) };
    default:
      throw new TypeError_(`unknown type kind ${JSON.stringify(kind)}`);
  }
}

export function typeEquals(a: CtyType, b: CtyType): boolean {
  return JSON.stringify(typeToJSON(a)) === JSON.stringify(typeToJSON(b));
}

export function typeString(type: CtyType): string {
  return JSON.stringify(typeToJSON(type));
}
