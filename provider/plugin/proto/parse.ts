/**
 * A parser for the subset of proto3 our .proto files use: packages, imports,
 * nested messages and enums, scalar/message/enum fields, repeated, optional,
 * map<,> and oneof, and services with unary or server-streaming RPCs.
 * It produces the descriptors the wire codec runs on.
 */
export type Scalar =
  | "double"
  | "float"
  | "int64"
  | "uint64"
  | "int32"
  | "uint32"
  | "sint32"
  | "sint64"
  | "fixed64"
  | "fixed32"
  | "sfixed32"
  | "sfixed64"
  | "bool"
  | "string"
  | "bytes";

export interface FieldDescriptor {
  name: string;
  number: number;
  /** A scalar name, or the full name of a message or enum (".pkg.Msg.Inner"). */
  type: string;
  kind: "scalar" | "message" | "enum";
  repeated?: boolean;
  /** proto3 `optional`: explicit presence. */
  optional?: boolean;
  oneof?: string;
  map?: { key: Scalar; value: string; valueKind: "scalar" | "message" | "enum" };
}

export interface MessageDescriptor {
  name: string;
  fields: FieldDescriptor[];
}

export interface MethodDescriptor {
  name: string;
  input: string;
  output: string;
  serverStreaming: boolean;
}

export interface ProtoDescriptors {
  messages: Record<string, MessageDescriptor>;
  enums: Record<string, Record<string, number>>;
  services: Record<string, MethodDescriptor[]>;
}

const SCALARS = new Set<string>([
  "double",
  "float",
  "int64",
  "uint64",
  "int32",
  "uint32",
  "sint32",
  "sint64",
  "fixed64",
  "fixed32",
  "sfixed32",
  "sfixed64",
  "bool",
  "string",
  "bytes",
]);

/** Well-known types our files import, described here rather than parsed. */
const WELL_KNOWN: ProtoDescriptors = {
  messages: {
    ".google.protobuf.Timestamp": {
      name: ".google.protobuf.Timestamp",
      fields: [
        { name: "seconds", number: 1, type: "int64", kind: "scalar" },
        { name: "nanos", number: 2, type: "int32", kind: "scalar" },
      ],
    },
    ".google.protobuf.Empty": { name: ".google.protobuf.Empty", fields: [] },
  },
  enums: {},
  services: {},
};

function tokenize(source: string): string[] {
  const withoutComments = source.replace(/\/\/[^\n]*/g, "").replace(/\/\*[\s\S]*?\*\//g, "");
  return withoutComments.match(/"[^"]*"|[A-Za-z_][\w.]*|\d+|[{}()<>;=,[\]]/g) ?? [];
}

interface RawField extends Omit<FieldDescriptor, "kind" | "type" | "map"> {
  typeRef: string;
  mapRef?: { key: Scalar; value: string };
  scope: string;
}

export function parseProto(sources: string[]): ProtoDescriptors {
  const rawMessages = new Map<string, RawField[]>();
  const enums: Record<string, Record<string, number>> = { ...WELL_KNOWN.enums };
  const rawServices: Record<
    string,
    Array<{ name: string; input: string; output: string; serverStreaming: boolean; scope: string }>
  > = {};

  for (const source of sources) {
    const t = tokenize(source);
    let i = 0;
    let pkg = "";
    const next = () => t[i++]!;
    const expect = (tok: string) => {
      const got = next();
      if (got !== tok) throw new Error(`proto: expected "${tok}", got "${got}" at token ${i}`);
    };

    const parseEnum = (scope: string) => {
      const name = `${scope}.${next()}`;
      expect("{");
      const values: Record<string, number> = {};
      while (t[i] !== "}") {
        const key = next();
        expect("=");
        values[key] = Number(next());
        expect(";");
      }
      expect("}");
      enums[name] = values;
    };

    const parseMessage = (scope: string) => {
      const name = `${scope}.${next()}`;
      const fields: RawField[] = [];
      rawMessages.set(name, fields);
      expect("{");
      let oneof: string | undefined;
      while (t[i] !== "}" || oneof) {
        const tok = t[i];
        if (tok === "}" && oneof) {
          i++;
          oneof = undefined;
          continue;
        }
        if (tok === "message") {
          i++;
          parseMessage(name);
        } else if (tok === "enum") {
          i++;
          parseEnum(name);
        } else if (tok === "oneof") {
          i++;
          oneof = next();
          expect("{");
        } else {
          let repeated = false;
          let optional = false;
          if (t[i] === "repeated") {
            repeated = true;
            i++;
          } else if (t[i] === "optional") {
            optional = true;
            i++;
          }
          let typeRef: string;
          let mapRef: RawField["mapRef"];
          if (t[i] === "map") {
            i++;
            expect("<");
            const key = next() as Scalar;
            expect(",");
            const value = next();
            expect(">");
            mapRef = { key, value };
            typeRef = "map";
          } else {
            typeRef = next();
          }
          const fieldName = next();
          expect("=");
          const number = Number(next());
          expect(";");
          fields.push({ name: fieldName, number, typeRef, mapRef, scope: name, repeated, optional, oneof });
        }
      }
      expect("}");
    };

    while (i < t.length) {
      const tok = next();
      if (tok === "syntax") {
        expect("=");
        next();
        expect(";");
      } else if (tok === "package") {
        pkg = `.${next()}`;
        expect(";");
      } else if (tok === "import") {
        next();
        expect(";");
      } else if (tok === "message") {
        parseMessage(pkg);
      } else if (tok === "enum") {
        parseEnum(pkg);
      } else if (tok === "service") {
        const name = `${pkg}.${next()}`;
        const methods: (typeof rawServices)[string] = [];
        expect("{");
        while (t[i] !== "}") {
          expect("rpc");
          const methodName = next();
          expect("(");
          const input = next();
          expect(")");
          expect("returns");
          expect("(");
          let serverStreaming = false;
          if (t[i] === "stream") {
            serverStreaming = true;
            i++;
          }
          const output = next();
          expect(")");
          expect(";");
          methods.push({ name: methodName, input, output, serverStreaming, scope: pkg });
        }
        expect("}");
        rawServices[name] = methods;
      } else {
        throw new Error(`proto: unexpected "${tok}"`);
      }
    }
  }

  const known = new Set([...rawMessages.keys(), ...Object.keys(WELL_KNOWN.messages)]);
  const resolve = (ref: string, scope: string): { name: string; kind: "message" | "enum" } => {
    if (ref.startsWith(".")) return { name: ref, kind: ref in enums ? "enum" : "message" };
    // Search from the innermost scope outwards, as protoc does.
    const parts = scope.split(".");
    for (let n = parts.length; n >= 0; n--) {
      const candidate = `${parts.slice(0, n).join(".")}.${ref}`.replace(/^\.?/, ".");
      if (known.has(candidate)) return { name: candidate, kind: "message" };
      if (candidate in enums) return { name: candidate, kind: "enum" };
    }
    throw new Error(`proto: unknown type ${ref} in ${scope}`);
  };

  const messages: Record<string, MessageDescriptor> = { ...WELL_KNOWN.messages };
  for (const [name, raw] of rawMessages) {
    messages[name] = {
      name,
      fields: raw.map((f) => {
        const field: FieldDescriptor = { name: f.name, number: f.number, type: "", kind: "scalar" };
        if (f.repeated) field.repeated = true;
        if (f.optional) field.optional = true;
        if (f.oneof) field.oneof = f.oneof;
        if (f.mapRef) {
          const value = SCALARS.has(f.mapRef.value)
            ? { name: f.mapRef.value, kind: "scalar" as const }
            : resolve(f.mapRef.value, f.scope);
          field.type = "map";
          field.map = { key: f.mapRef.key, value: value.name, valueKind: value.kind };
        } else if (SCALARS.has(f.typeRef)) {
          field.type = f.typeRef;
        } else {
          const target = resolve(f.typeRef, f.scope);
          field.type = target.name;
          field.kind = target.kind;
        }
        return field;
      }),
    };
  }
  const services: Record<string, MethodDescriptor[]> = {};
  for (const [name, methods] of Object.entries(rawServices)) {
    services[name] = methods.map((m) => ({
      name: m.name,
      input: resolve(m.input, m.scope).name,
      output: resolve(m.output, m.scope).name,
      serverStreaming: m.serverStreaming,
    }));
  }
  return { messages, enums, services };
}
