// The TypeScript types of our .proto messages, in the exact shapes the descriptor-driven
// codec (provider/plugin/wire/protobuf.ts) produces and accepts, so that handlers take
// typed requests instead of casting `Record<string, unknown>`.
import type { FieldDescriptor, MessageDescriptor, ProtoDescriptors } from "../provider/plugin/proto/parse.ts";

/** The package our names leave out: tfplugin6's messages are the ones the bridge lives on. */
const HOME_PACKAGE = "tfplugin6";

const BIGINT_SCALARS = new Set(["int64", "uint64", "sint64", "fixed64", "sfixed64"]);

/**
 * The TypeScript name of a message, enum or service: its nested names joined, with the
 * package in front (PascalCase) unless it is tfplugin6. Packages are the lowercase parts,
 * as proto style has it: ".grpc.health.v1.HealthCheckRequest" is GrpcHealthV1HealthCheckRequest.
 */
export function typeName(full: string): string {
  const parts = full.split(".").filter(Boolean);
  const pkg = parts.filter((p) => /^[a-z]/.test(p));
  const names = parts.filter((p) => !/^[a-z]/.test(p));
  const prefix = pkg.join(".") === HOME_PACKAGE ? [] : pkg;
  return [...prefix, ...names].map((p) => p[0]!.toUpperCase() + p.slice(1)).join("");
}

/** Which way a type is read: as the codec decodes it, or as the codec accepts it to encode. */
type Direction = "decoded" | "init";

function messageName(full: string, direction: Direction): string {
  return direction === "decoded" ? typeName(full) : `${typeName(full)}Init`;
}

/** One value of a field (an element, for repeated fields and maps). */
function valueType(type: string, kind: FieldDescriptor["kind"], direction: Direction): string {
  if (kind === "message") return messageName(type, direction);
  if (kind === "enum") return "number";
  if (type === "string") return "string";
  if (type === "bytes") return "Uint8Array";
  if (type === "bool") return "boolean";
  if (BIGINT_SCALARS.has(type)) return direction === "decoded" ? "bigint" : "bigint | number";
  return "number";
}

/** A field's TypeScript type (without presence), following the codec's rules. */
export function fieldType(field: FieldDescriptor, direction: Direction): string {
  const readonly = direction === "init" ? "readonly " : "";
  if (field.map) {
    // Keys arrive as strings whatever their proto type (the codec uses String(key)).
    const value = valueType(field.map.value, field.map.valueKind, direction);
    return direction === "decoded" ? `Record<string, ${value}>` : `Readonly<Record<string, ${value}>>`;
  }
  const value = valueType(field.type, field.kind, direction);
  if (field.repeated) return value.includes(" ") ? `${readonly}(${value})[]` : `${readonly}${value}[]`;
  return value;
}

/**
 * Whether the decoded message always holds the field: the codec fills scalars, enums,
 * repeated fields and maps with their defaults, but leaves out messages, proto3
 * `optional` fields and oneof members that were not sent.
 */
export function alwaysDecoded(field: FieldDescriptor): boolean {
  if (field.map || field.repeated) return true;
  return field.kind !== "message" && !field.optional && !field.oneof;
}

/** `chosen`: the oneof member this variant of the union holds (the others are absent). */
function fieldLine(field: FieldDescriptor, direction: Direction, chosen?: boolean): string {
  const doc = field.kind === "enum" ? `  /** A ${typeName(field.type)} value. */\n` : "";
  if (chosen === false) return `${doc}  ${field.name}?: undefined;`;
  const required = chosen === true || (direction === "decoded" && alwaysDecoded(field));
  return `${doc}  ${field.name}${required ? "" : "?"}: ${fieldType(field, direction)};`;
}

/** A oneof as a union: one member set and the others absent, or none set (laid out as prettier would). */
function oneofUnion(members: FieldDescriptor[], direction: Direction): string {
  const variant = (chosen: FieldDescriptor | undefined) => {
    const lines = members.map((m) => fieldLine(m, direction, m === chosen).replace(/^ {2}/gm, "      "));
    return ["  | {", ...lines, "    }"].join("\n");
  };
  return [...members, undefined].map(variant).join("\n");
}

function renderMessage(message: MessageDescriptor, direction: Direction): string {
  const name = messageName(message.name, direction);
  const doc = `/** ${message.name}${direction === "init" ? ", as the codec accepts it to encode" : ""}. */`;
  if (message.fields.length === 0) return `${doc}\nexport type ${name} = Record<string, never>;`;
  const plain = message.fields.filter((f) => !f.oneof);
  const oneofs = new Map<string, FieldDescriptor[]>();
  for (const f of message.fields.filter((f) => f.oneof)) {
    oneofs.set(f.oneof!, [...(oneofs.get(f.oneof!) ?? []), f]);
  }
  const body = plain.map((f) => fieldLine(f, direction)).join("\n");
  // Type aliases, not interfaces: an alias is assignable to the codec's Message (a record).
  if (oneofs.size === 0) return `${doc}\nexport type ${name} = {\n${body}\n};`;
  const unions = [...oneofs.values()].map((members) => oneofUnion(members, direction));
  if (plain.length === 0 && unions.length === 1) return `${doc}\nexport type ${name} =\n${unions[0]};`;
  const parts = [...(plain.length > 0 ? [`{\n${body}\n}`] : []), ...unions.map((u) => `(\n${u}\n)`)];
  return `${doc}\nexport type ${name} = ${parts.join(" & ")};`;
}

function renderEnum(full: string, values: Record<string, number>): string {
  const entries = Object.entries(values).map(([k, v]) => `  ${k}: ${v},`);
  return `/** ${full}: the codec carries enums as numbers, unknown ones included. */\nexport const ${typeName(full)} = {\n${entries.join("\n")}\n} as const;`;
}

function renderService(full: string, descriptors: ProtoDescriptors): string {
  const calls = descriptors.services[full]!.map(
    (m) =>
      `  ${m.name}: {\n    request: ${messageName(m.input, "decoded")};\n    response: ${messageName(m.output, "init")};\n    streaming: ${m.serverStreaming};\n  };`,
  );
  return `/** ${full}: what each call's handler receives, and what it may answer (one per event, streaming). */\nexport interface ${typeName(full)}Calls {\n${calls.join("\n")}\n}`;
}

export function renderTypes(descriptors: ProtoDescriptors, sources: string[]): string {
  const names = [
    ...Object.keys(descriptors.messages).flatMap((m) => [typeName(m), `${typeName(m)}Init`]),
    ...Object.keys(descriptors.enums).map(typeName),
    ...Object.keys(descriptors.services).map((s) => `${typeName(s)}Calls`),
  ];
  const clash = names.find((n, i) => names.indexOf(n) !== i);
  if (clash) throw new Error(`two protocol names become the TypeScript name ${clash}`);
  return [
    `// Generated by \`npm run generate\` from ${sources.join(", ")}. Do not edit.`,
    "// Decoded types (`X`) are what ProtoCodec.decode returns: scalars, enums, repeated fields",
    "// and maps always present (defaults filled in), messages, `optional` fields and oneof",
    "// members absent when not sent; 64-bit integers bigint, bytes Uint8Array, enums numbers,",
    "// field names as in the .proto files. `XInit` is what ProtoCodec.encode accepts: every",
    "// field may be left out, and 64-bit integers may be numbers.",
    "",
    ...Object.values(descriptors.messages).flatMap((m) => [
      renderMessage(m, "decoded"),
      "",
      renderMessage(m, "init"),
      "",
    ]),
    ...Object.entries(descriptors.enums).flatMap(([full, values]) => [renderEnum(full, values), ""]),
    ...Object.keys(descriptors.services).flatMap((s) => [renderService(s, descriptors), ""]),
  ].join("\n");
}
