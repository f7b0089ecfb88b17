// Hand-written code versus libraries, on the provider's handshake path.
// Run: node bench/libraries.ts [samples]   (default 11; 10 or more)
//
// For each part of the plugin bridge that a library could replace, one variant runs our
// code and one the library, doing the same work on the same bytes. Each sample is a fresh
// node process; it reports how long loading the measured code took, how long the first
// call took, the CPU time of both (all threads; other processes on a shared machine barely
// move it), and its RSS right after. Each variant starts three ways, as the provider does:
// - the dev build with a warm V8 code cache (NODE_COMPILE_CACHE, as under a host): an
//   esbuild bundle like scripts/build-provider.ts makes, ESM, code split, the measured code
//   in a chunk loaded by a dynamic import, as provider/cozystack/main.ts loads the bridge;
// - the same without a code cache (a first start);
// - the single executable's way: a V8 start-up snapshot (node --build-snapshot) holding the
//   measured code initialised, when the snapshot builder accepts it, as the release holds
//   the bridge (scripts/release/executable.ts); otherwise initialised on the first call.
//   Here the figure is the time from the process's start to the first answer.
// Variants take turns, in alternating order, so drifting load falls on all alike.
//
// The work, per component:
// - gRPC server: start a server on loopback, serve one unary GetProviderSchema (the
//   precomputed response, passed through) to a node:http2 client in the same process.
//   Ours: transport/grpc.ts on node:http2. Library: @grpc/grpc-js. Both decode the
//   request with our codec, so the difference is the transport alone.
// - protobuf: decode and re-encode a PlanResourceChange request (the kind of message every
//   call after the schema decodes), and, apart, the provider's whole GetProviderSchema
//   response (precomputed at build time, so off the handshake path). Ours: wire/protobuf.ts
//   on the generated descriptors. Library: @bufbuild/protobuf on code generated from the
//   same .proto files by protoc-gen-es.
// - MessagePack: decode a Postgres planned state (unknowns, refined unknowns) by its cty
//   type and encode it again. Ours: cty/msgpack.ts. Library: @msgpack/msgpack with an
//   extension codec for cty's unknowns, under the same type-directed conversion.
// - X.509: make the AutoMTLS certificate. Ours: transport/certificate.ts (DER by hand).
//   Library: @peculiar/x509 on WebCrypto.
// - Kubernetes client: one GET of a Postgres object from a loopback HTTPS server this
//   bench runs, with a CA from test/support/tls.ts and a bearer token. Ours:
//   kube/client.ts. Library: @kubernetes/client-node's CustomObjectsApi.
//
// Every result is checked against ours (same bytes or the same message, the same object,
// a certificate with the same properties); a mismatch fails the run. "Measurably more" is
// a higher median and a one-sided Mann-Whitney U test at p < 0.01. Libraries resolve from
// node_modules, the cache the first run installs them into, then NODE_PATH.
import { execFileSync, spawn } from "node:child_process";
import { X509Certificate, createPrivateKey } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { createRequire } from "node:module";
import { homedir, loadavg, tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { build } from "esbuild";
import { cozystackProvider } from "../provider/cozystack/provider.ts";
import {
  BigDecimal,
  ProtoCodec,
  Unknown,
  blockType,
  descriptors,
  encodeMsgpack,
  precompute,
  valuesEqual,
  type CtyType,
  type CtyValue,
} from "../provider/plugin/index.ts";
import { decodeMsgpack } from "../provider/plugin/cty/msgpack.ts";
import { typeToJSON } from "../provider/plugin/cty/types.ts";
import { REQUIRE_SHIM } from "../scripts/build-provider.ts";
import { makeTls } from "../test/support/tls.ts";

const samples = Number(process.argv[2] ?? 11);
if (!Number.isInteger(samples) || samples < 10) throw new Error("samples: a whole number, 10 or more");
const root = join(import.meta.dirname, "..");
/**
 * The libraries compared, at the versions measured. They are not the project's dependencies:
 * the first run installs them into the cache, outside the repository.
 */
const LIBRARIES = [
  "@msgpack/msgpack@3.1.3",
  "@kubernetes/client-node@2.0.1",
  "@peculiar/x509@2.2.0",
  "reflect-metadata@0.2.2",
  "@bufbuild/buf@1.75.0",
  "@bufbuild/protoc-gen-es@2.17.0",
];
const libraryDir = join(
  process.env.COZYSTACK_IAC_CACHE ?? join(homedir(), ".cache", "cozystack-iac"),
  "bench-libraries",
);
if (!existsSync(join(libraryDir, "node_modules", "@kubernetes", "client-node"))) {
  mkdirSync(libraryDir, { recursive: true });
  console.log(`installing the compared libraries into ${libraryDir}`);
  execFileSync(
    "npm",
    ["install", "--prefix", libraryDir, "--no-save", "--no-audit", "--no-fund", ...LIBRARIES],
    {
      stdio: "inherit",
    },
  );
}
const nodePaths = [
  join(root, "node_modules"),
  join(libraryDir, "node_modules"),
  ...(process.env.NODE_PATH ?? "").split(delimiter),
].filter(Boolean);
const resolvePackage = createRequire(join(root, "package.json")).resolve;

/** An absolute import specifier for a file of this repository, for the generated sources. */
const repo = (path: string) => JSON.stringify(join(root, path));

// ---- the variants --------------------------------------------------------------------

type Side = "ours" | "library";

interface Variant {
  component: string;
  side: Side;
  name: string;
  /**
   * TypeScript source of the measured module: `firstCall(fixtures)` does the work and
   * returns what the parent checks; an optional `probe(fixtures)`, run after the timing,
   * returns facts about edge cases.
   */
  source: string;
  /** Throws a CheckError when the sample's result is not what ours gives. */
  check: (s: Sample, want: Expected) => void;
}

/** The fixtures every child reads before its clock starts (see childEntry). */
const FIXTURES_TYPE = `interface Fixtures {
  schema: Uint8Array; plan: Uint8Array; state: Uint8Array; wide: Uint8Array; protoKey: Uint8Array;
  stateType: unknown;
  kube: { server: string; ca: string; token: string; group: string; version: string; namespace: string; plural: string; name: string };
}`;

// A gRPC client on node:http2, the same for both servers: one unary call, the response's message.
// node:http2 loads on first use, as the provider's start-up snapshot requires (see grpcOurs).
const GRPC_CLIENT = `
export async function unaryCall(port: number, path: string, message: Uint8Array): Promise<Uint8Array> {
  const http2: typeof import("node:http2") = require("node:http2");
  return new Promise((resolve, reject) => {
    const session = http2.connect("http://127.0.0.1:" + port);
    session.on("error", reject);
    const frame = Buffer.alloc(5 + message.length);
    frame.writeUInt32BE(message.length, 1);
    frame.set(message, 5);
    const stream = session.request({ ":method": "POST", ":path": path, "content-type": "application/grpc+proto", te: "trailers" });
    const chunks: Buffer[] = [];
    let status: unknown;
    stream.on("response", (h) => { if (h["grpc-status"] !== undefined) status = h["grpc-status"]; });
    stream.on("trailers", (h) => { status = h["grpc-status"]; });
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("error", reject);
    stream.on("end", () => {
      session.close();
      const data = Buffer.concat(chunks);
      if (String(status) !== "0") reject(new Error("grpc-status " + String(status)));
      else resolve(new Uint8Array(data.subarray(5, 5 + data.readUInt32BE(1))));
    });
    stream.end(frame);
  });
}`;

const GET_PROVIDER_SCHEMA = "/tfplugin6.Provider/GetProviderSchema";

// node:http2 cannot be loaded while a V8 start-up snapshot is built; the release bundle
// defers it (scripts/release/bundle.ts), so it loads here inside the call. A require, not
// an import(): a snapshot's script has no module loader (the dev build's chunks get a
// require from REQUIRE_SHIM).
const grpcOurs = `
import { Encoded, GrpcRouter } from ${repo("provider/plugin/transport/grpc.ts")};
import { ProtoCodec } from ${repo("provider/plugin/wire/protobuf.ts")};
import { descriptors } from ${repo("provider/plugin/proto/descriptors.generated.ts")};
import { unaryCall } from "./client.ts";
${FIXTURES_TYPE}
export async function firstCall(f: Fixtures) {
  const http2: typeof import("node:http2") = require("node:http2");
  const router = new GrpcRouter({ codec: new ProtoCodec(descriptors), maxReceiveBytes: 256 * 1024 * 1024 });
  router.addService(".tfplugin6.Provider", descriptors.services[".tfplugin6.Provider"]!, {
    GetProviderSchema: () => new Encoded(f.schema),
  });
  const server = http2.createServer({ settings: { maxConcurrentStreams: 1000, maxHeaderListSize: 1 << 20 }, maxSessionMemory: 64 });
  server.on("stream", router.handle);
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as { port: number }).port;
  const response = await unaryCall(port, "${GET_PROVIDER_SCHEMA}", new Uint8Array());
  server.close();
  return { response };
}`;

const grpcLibrary = `
import * as grpc from "@grpc/grpc-js";
import { ProtoCodec } from ${repo("provider/plugin/wire/protobuf.ts")};
import { descriptors } from ${repo("provider/plugin/proto/descriptors.generated.ts")};
import { unaryCall } from "./client.ts";
${FIXTURES_TYPE}
export async function firstCall(f: Fixtures) {
  const codec = new ProtoCodec(descriptors);
  const server = new grpc.Server({ "grpc.max_receive_message_length": 256 * 1024 * 1024 });
  const bytes = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  server.addService(
    {
      GetProviderSchema: {
        path: "${GET_PROVIDER_SCHEMA}",
        requestStream: false,
        responseStream: false,
        requestSerialize: (m: Record<string, unknown>) => bytes(codec.encode(".tfplugin6.GetProviderSchema.Request", m)),
        requestDeserialize: (b: Buffer) => codec.decode(".tfplugin6.GetProviderSchema.Request", b),
        responseSerialize: (b: Uint8Array) => bytes(b),
        responseDeserialize: (b: Buffer) => new Uint8Array(b),
      },
    },
    { GetProviderSchema: (_call: unknown, callback: (e: null, r: Uint8Array) => void) => callback(null, f.schema) },
  );
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
  );
  const response = await unaryCall(port, "${GET_PROVIDER_SCHEMA}", new Uint8Array());
  server.forceShutdown();
  return { response };
}`;

interface ProtobufCase {
  component: string;
  fixture: "plan" | "schema";
  /** The message's full name in our descriptors. */
  message: string;
  /** Its schema's name in protoc-gen-es's output. */
  generated: string;
}

const PROTOBUF_CASES: ProtobufCase[] = [
  {
    component: "protobuf: PlanResourceChange request",
    fixture: "plan",
    message: ".tfplugin6.PlanResourceChange.Request",
    generated: "PlanResourceChange_RequestSchema",
  },
  {
    component: "protobuf: whole GetProviderSchema response",
    fixture: "schema",
    message: ".tfplugin6.GetProviderSchema.Response",
    generated: "GetProviderSchema_ResponseSchema",
  },
];

const protobufOurs = (c: ProtobufCase) => `
import { ProtoCodec } from ${repo("provider/plugin/wire/protobuf.ts")};
import { descriptors } from ${repo("provider/plugin/proto/descriptors.generated.ts")};
${FIXTURES_TYPE}
export function firstCall(f: Fixtures) {
  const codec = new ProtoCodec(descriptors);
  return { bytes: codec.encode("${c.message}", codec.decode("${c.message}", f.${c.fixture})) };
}`;

// protoc-gen-es's output lands in the work directory (generateProtobufEs).
const protobufLibrary = (c: ProtobufCase, generated: string) => `
import { fromBinary, toBinary } from "@bufbuild/protobuf";
import { ${c.generated} } from ${JSON.stringify(generated)};
${FIXTURES_TYPE}
export function firstCall(f: Fixtures) {
  return { bytes: toBinary(${c.generated}, fromBinary(${c.generated}, f.${c.fixture})) };
}`;

// A map(string) with the key "__proto__", legal in HCL; how each decoder takes it.
const PROTO_KEY_PROBE = `
function protoKeyProbe(decodeMap: () => unknown): string {
  try {
    const value = decodeMap() as Record<string, unknown>;
    return "decoded, own keys " + JSON.stringify(Object.keys(value)) + ", value " + JSON.stringify(Object.getOwnPropertyDescriptor(value, "__proto__")?.value ?? null);
  } catch (error) {
    return "refused: " + (error as Error).message;
  }
}`;

const msgpackOurs = `
import { decodeMsgpack, encodeMsgpack } from ${repo("provider/plugin/cty/msgpack.ts")};
import { t, typeFromJSON } from ${repo("provider/plugin/cty/types.ts")};
${FIXTURES_TYPE}
${PROTO_KEY_PROBE}
export function firstCall(f: Fixtures) {
  const type = typeFromJSON(f.stateType);
  return { state: encodeMsgpack(decodeMsgpack(f.state, type), type) };
}
export function probe(f: Fixtures) {
  const type = typeFromJSON(f.stateType);
  return {
    wide: encodeMsgpack(decodeMsgpack(f.wide, type), type),
    protoKey: protoKeyProbe(() => decodeMsgpack(f.protoKey, t.map(t.string))),
  };
}`;

// The library under the same type-directed conversion as ours: what a switch would keep of
// cty/msgpack.ts (types in, cty values out) over what it would drop (reading and writing bytes).
const msgpackLibrary = `
import { decode, encode, ExtData, ExtensionCodec } from "@msgpack/msgpack";
import { t, typeFromJSON, typeToJSON, type CtyType } from ${repo("provider/plugin/cty/types.ts")};
import { BigDecimal, Dynamic, Unknown, numberFromText, type CtyValue, type Refinements } from ${repo("provider/plugin/cty/values.ts")};
${FIXTURES_TYPE}
${PROTO_KEY_PROBE}

// cty's extensions: type 0 is a plain unknown (payload one zero byte); type 12 an unknown
// whose payload is a map from small integer keys to refinements.
const UNKNOWN_EXT = 0;
const REFINED_UNKNOWN_EXT = 12;
const extensionCodec = new ExtensionCodec();
const encodeOptions = { extensionCodec, useBigInt64: true, sortKeys: true };
const decodeOptions = { extensionCodec, useBigInt64: true };
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

extensionCodec.register({
  type: UNKNOWN_EXT,
  encode: (v: unknown) => (v instanceof Unknown && !v.refinements ? Uint8Array.of(0) : null),
  decode: () => new Unknown(),
});
extensionCodec.register({
  type: REFINED_UNKNOWN_EXT,
  encode: (v: unknown) => (v instanceof Unknown && v.refinements ? refinementBytes(v.refinements) : null),
  decode: (data: Uint8Array) => new Unknown(refinementsFrom(decode(data, decodeOptions) as Record<string, unknown>)),
});

// The library writes map keys only as strings; cty's refinement keys are integers, so the
// map header is written here and each key and value by the library.
function refinementBytes(r: Refinements): Uint8Array {
  const entries: Array<[number, unknown]> = [];
  if (r.nullable !== undefined) entries.push([1, r.nullable]);
  if (r.stringPrefix !== undefined) entries.push([2, r.stringPrefix]);
  if (r.numberLower) entries.push([3, [wireNumber(r.numberLower[0]), r.numberLower[1]]]);
  if (r.numberUpper) entries.push([4, [wireNumber(r.numberUpper[0]), r.numberUpper[1]]]);
  if (r.lengthLower !== undefined) entries.push([5, r.lengthLower]);
  if (r.lengthUpper !== undefined) entries.push([6, r.lengthUpper]);
  const parts = [Uint8Array.of(0x80 | entries.length), ...entries.flatMap(([k, v]) => [encode(k, encodeOptions), encode(v, encodeOptions)])];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function exact(n: number | bigint): number | bigint {
  return typeof n === "bigint" && n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

function refinementsFrom(m: Record<string, unknown>): Refinements {
  const r: Refinements = {};
  const bound = (v: unknown): [number | bigint, boolean] | undefined =>
    Array.isArray(v) && v.length === 2 && (typeof v[0] === "number" || typeof v[0] === "bigint") && typeof v[1] === "boolean"
      ? [exact(v[0]), v[1]]
      : undefined;
  const length = (v: unknown) => (typeof v === "number" || typeof v === "bigint" ? Number(v) : undefined);
  if (typeof m[1] === "boolean") r.nullable = m[1];
  if (typeof m[2] === "string") r.stringPrefix = m[2];
  if (bound(m[3])) r.numberLower = bound(m[3]);
  if (bound(m[4])) r.numberUpper = bound(m[4]);
  if (length(m[5]) !== undefined) r.lengthLower = length(m[5]);
  if (length(m[6]) !== undefined) r.lengthUpper = length(m[6]);
  return r;
}

/** A cty number as the library should write it: cty's decimal text beyond 64-bit integers. */
function wireNumber(n: number | bigint | BigDecimal): number | bigint | string {
  if (n instanceof BigDecimal) return n.text;
  if (typeof n === "number" && (!Number.isInteger(n) || Number.isSafeInteger(n))) return n;
  const big = BigInt(n);
  return big >= -(2n ** 63n) && big < 2n ** 64n ? big : big.toString();
}

function toWire(value: CtyValue, type: CtyType): unknown {
  if (value instanceof Unknown || value === null) return value;
  switch (type.kind) {
    case "dynamic": {
      const d = value as Dynamic;
      return [utf8.encode(JSON.stringify(typeToJSON(d.type))), toWire(d.value, d.type)];
    }
    case "string":
    case "bool":
      return value;
    case "number":
      return wireNumber(value as number | bigint | BigDecimal);
    case "list":
    case "set":
      return (value as CtyValue[]).map((v) => toWire(v, type.element));
    case "tuple":
      return (value as CtyValue[]).map((v, i) => toWire(v, type.elements[i]!));
    case "map":
      return Object.fromEntries(Object.entries(value as Record<string, CtyValue>).map(([k, v]) => [k, toWire(v, type.element)]));
    case "object": {
      const o = value as Record<string, CtyValue>;
      return Object.fromEntries(Object.entries(type.attributes).map(([k, at]) => [k, toWire(o[k] ?? null, at)]));
    }
  }
}

function fail(at: string, what: string): never {
  throw new Error((at || "the value") + ": " + what);
}

function fromWire(v: unknown, type: CtyType, at: string): CtyValue {
  if (v instanceof Unknown) return v;
  if (v instanceof ExtData) return v.data.length <= 1 ? new Unknown() : fail(at, "unknown extension type " + v.type);
  if (v === null) return null;
  switch (type.kind) {
    case "dynamic": {
      if (!Array.isArray(v) || v.length !== 2) fail(at, "a dynamic value must be [type, value]");
      const [typeJson, inner] = v as [unknown, unknown];
      const text = typeJson instanceof Uint8Array ? utf8Decoder.decode(typeJson) : typeof typeJson === "string" ? typeJson : fail(at, "a dynamic value's type must be JSON bytes");
      const concrete = typeFromJSON(JSON.parse(text));
      return new Dynamic(concrete, fromWire(inner, concrete, at));
    }
    case "string":
      return typeof v === "string" ? v.normalize("NFC") : fail(at, "expected a string");
    case "bool":
      return typeof v === "boolean" ? v : fail(at, "expected a bool");
    case "number":
      if (typeof v === "number") return v;
      if (typeof v === "bigint") return exact(v);
      if (typeof v === "string") return numberFromText(v);
      return fail(at, "expected a number");
    case "list":
    case "set":
      return Array.isArray(v) ? v.map((item, i) => fromWire(item, type.element, at + "[" + i + "]")) : fail(at, "expected a " + type.kind);
    case "tuple":
      return Array.isArray(v) && v.length === type.elements.length ? v.map((item, i) => fromWire(item, type.elements[i]!, at + "[" + i + "]")) : fail(at, "expected a tuple");
    case "map":
      if (typeof v !== "object" || Array.isArray(v) || v instanceof Uint8Array) fail(at, "expected a map");
      return Object.fromEntries(Object.entries(v as object).map(([k, item]) => [k, fromWire(item, type.element, at + "[" + JSON.stringify(k) + "]")]));
    case "object": {
      if (typeof v !== "object" || Array.isArray(v) || v instanceof Uint8Array) fail(at, "expected an object");
      const out: Record<string, CtyValue> = {};
      for (const [k, item] of Object.entries(v as object)) {
        const attrType = type.attributes[k] ?? fail(at, "unsupported attribute " + JSON.stringify(k));
        out[k] = fromWire(item, attrType, at ? at + "." + k : k);
      }
      for (const name of Object.keys(type.attributes)) {
        if (name in out) continue;
        if (type.optional?.includes(name)) out[name] = null;
        else fail(at, "attribute " + JSON.stringify(name) + " is required");
      }
      return out;
    }
  }
}

const decodeCty = (data: Uint8Array, type: CtyType) => fromWire(decode(data, decodeOptions), type, "");
const encodeCty = (value: CtyValue, type: CtyType) => encode(toWire(value, type), encodeOptions);

export function firstCall(f: Fixtures) {
  const type = typeFromJSON(f.stateType);
  return { state: encodeCty(decodeCty(f.state, type), type) };
}
export function probe(f: Fixtures) {
  const type = typeFromJSON(f.stateType);
  return {
    wide: encodeCty(decodeCty(f.wide, type), type),
    protoKey: protoKeyProbe(() => decodeCty(f.protoKey, t.map(t.string))),
  };
}`;

const x509Ours = `
import { createCertificate, handshakeCertificate } from ${repo("provider/plugin/transport/certificate.ts")};
export function firstCall() {
  const cert = createCertificate("cozystack-iac");
  return { pem: cert.pem, keyPem: cert.keyPem, line: handshakeCertificate(cert) };
}`;

// The same certificate as transport/certificate.ts: P-256, self-signed, a CA, the same key
// usages, server and client EKUs, SAN localhost and 127.0.0.1.
const x509Library = `
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { randomBytes, webcrypto } from "node:crypto";
export async function firstCall() {
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  const algorithm = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" };
  const keys = await webcrypto.subtle.generateKey(algorithm, true, ["sign", "verify"]);
  const serial = randomBytes(16);
  serial[0]! &= 0x7f;
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial.toString("hex"),
    name: "O=cozystack-iac, CN=localhost",
    notBefore: new Date(now - 30_000),
    notAfter: new Date(now + 10 * 365 * 24 * 3600 * 1000),
    signingAlgorithm: algorithm,
    keys: keys as CryptoKeyPair,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment | x509.KeyUsageFlags.keyAgreement | x509.KeyUsageFlags.keyCertSign,
        true,
      ),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: "dns", value: "localhost" }, { type: "ip", value: "127.0.0.1" }]),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey("pkcs8", (keys as CryptoKeyPair).privateKey)).toString("base64");
  const keyPem = "-----BEGIN PRIVATE KEY-----\\n" + pkcs8.match(/.{1,64}/g)!.join("\\n") + "\\n-----END PRIVATE KEY-----\\n";
  return { pem: cert.toString("pem"), keyPem, line: Buffer.from(cert.rawData).toString("base64").replace(/=+$/, "") };
}`;

const kubeOurs = `
import { KubeClient, resourcePath } from ${repo("provider/cozystack/kube/client.ts")};
${FIXTURES_TYPE}
export async function firstCall(f: Fixtures) {
  const k = f.kube;
  const client = new KubeClient({ server: k.server, ca: k.ca, token: k.token });
  const object = await client.get(resourcePath(k.group, k.version, k.plural, k.namespace, k.name));
  client.close();
  return { object: JSON.stringify(object) };
}`;

const kubeLibrary = `
import { CustomObjectsApi, KubeConfig } from "@kubernetes/client-node";
${FIXTURES_TYPE}
export async function firstCall(f: Fixtures) {
  const k = f.kube;
  const config = new KubeConfig();
  config.loadFromOptions({
    clusters: [{ name: "bench", server: k.server, caData: Buffer.from(k.ca).toString("base64"), skipTLSVerify: false }],
    users: [{ name: "bench", token: k.token }],
    contexts: [{ name: "bench", cluster: "bench", user: "bench" }],
    currentContext: "bench",
  });
  const api = config.makeApiClient(CustomObjectsApi);
  const object = await api.getNamespacedCustomObject({ group: k.group, version: k.version, namespace: k.namespace, plural: k.plural, name: k.name });
  return { object: JSON.stringify(object) };
}`;

function variants(generatedProtobuf: string): Variant[] {
  const none = () => {};
  const grpc = (s: Sample, want: Expected) =>
    sameBytes("GetProviderSchema over gRPC", s.check.response, want.schema);
  const protobuf = (c: ProtobufCase) => (s: Sample, want: Expected) =>
    sameMessage(`${c.message} re-encoded`, c.message, s.check.bytes, want[c.fixture]);
  const msgpack = (s: Sample, want: Expected) => sameBytes("planned state", s.check.state, want.state);
  const kube = (s: Sample) => {
    if (!isDeepStrictEqual(JSON.parse(String(s.check.object)), postgresObject))
      throw new CheckError("the object read is not the one served");
  };
  return [
    {
      component: "node alone",
      side: "ours",
      name: "empty chunk",
      source: "export function firstCall() { return {}; }",
      check: none,
    },
    {
      component: "gRPC server",
      side: "ours",
      name: "transport/grpc.ts on node:http2",
      source: grpcOurs,
      check: grpc,
    },
    { component: "gRPC server", side: "library", name: "@grpc/grpc-js", source: grpcLibrary, check: grpc },
    ...PROTOBUF_CASES.flatMap((c): Variant[] => [
      {
        component: c.component,
        side: "ours",
        name: "wire/protobuf.ts + descriptors",
        source: protobufOurs(c),
        check: protobuf(c),
      },
      {
        component: c.component,
        side: "library",
        name: "@bufbuild/protobuf + protoc-gen-es",
        source: protobufLibrary(c, generatedProtobuf),
        check: protobuf(c),
      },
    ]),
    {
      component: "MessagePack (cty)",
      side: "ours",
      name: "cty/msgpack.ts",
      source: msgpackOurs,
      check: msgpack,
    },
    {
      component: "MessagePack (cty)",
      side: "library",
      name: "@msgpack/msgpack + ext codec",
      source: msgpackLibrary,
      check: msgpack,
    },
    {
      component: "X.509 (AutoMTLS)",
      side: "ours",
      name: "transport/certificate.ts + der.ts",
      source: x509Ours,
      check: checkCertificate,
    },
    {
      component: "X.509 (AutoMTLS)",
      side: "library",
      name: "@peculiar/x509",
      source: x509Library,
      check: checkCertificate,
    },
    { component: "Kubernetes client", side: "ours", name: "kube/client.ts", source: kubeOurs, check: kube },
    {
      component: "Kubernetes client",
      side: "library",
      name: "@kubernetes/client-node",
      source: kubeLibrary,
      check: kube,
    },
  ];
}

// ---- the child process ---------------------------------------------------------------

// Shared by every entry: reads the fixtures, then times loading the measured module and its
// first call; RSS is read before anything else runs. Byte results go back as base64.
const CHILD = `
import { readFileSync } from "node:fs";
import { join } from "node:path";
interface Measured {
  firstCall(f: unknown): unknown;
  probe?(f: unknown): unknown;
}
const plain = (o: object) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v instanceof Uint8Array ? { base64: Buffer.from(v).toString("base64") } : v]));
export async function measure(load: () => Promise<Measured>): Promise<void> {
  const dir = process.env.BENCH_WORK!;
  const bin = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  const fixtures = {
    ...JSON.parse(readFileSync(join(dir, "fixtures.json"), "utf8")),
    schema: bin("schema.pb"), plan: bin("plan.pb"), state: bin("state.msgpack"), wide: bin("wide.msgpack"), protoKey: bin("proto-key.msgpack"),
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const measured = await load();
  const t1 = performance.now();
  const check = (await measured.firstCall(fixtures)) as object;
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const cpuTotal = process.cpuUsage();
  const rss = process.memoryUsage().rss;
  const probe = ((await measured.probe?.(fixtures)) ?? {}) as object;
  const line = JSON.stringify({
    importMs: t1 - t0,
    firstCallMs: t2 - t1,
    cpuMs: (cpu.user + cpu.system) / 1000,
    answeredMs: t2,
    cpuTotalMs: (cpuTotal.user + cpuTotal.system) / 1000,
    rssBytes: rss,
    check: plain(check),
    probe: plain(probe),
  });
  // Exit once the line is out: stdout to a pipe is asynchronous, and servers or agents may still hold the loop.
  process.stdout.write(line + "\\n", () => process.exit(0));
}`;

// As the provider's dev build: the measured code in a chunk of its own, loaded by a dynamic import.
const BUNDLE_ENTRY = `
import { measure } from "./child.ts";
await measure(() => import("./measured.ts"));
`;

/**
 * As the single executable: the entry runs once in V8's snapshot builder. "init" runs the
 * measured module's initialisation there, so a process finds it done in the deserialized
 * heap; "lazy" leaves it for the first call, as the release must for code that cannot be
 * in a snapshot.
 */
type SnapshotKind = "init" | "lazy";
const SNAPSHOT_ENTRY: Record<SnapshotKind, string> = {
  init: `
import { startupSnapshot } from "node:v8";
import { measure } from "./child.ts";
import * as measured from "./measured.ts";
startupSnapshot.setDeserializeMainFunction(() => void measure(async () => measured));
`,
  lazy: `
import { startupSnapshot } from "node:v8";
import { measure } from "./child.ts";
startupSnapshot.setDeserializeMainFunction(() => void measure(() => import("./measured.ts")));
`,
};

interface Sample {
  importMs: number;
  firstCallMs: number;
  /** CPU time of the import and the first call, all threads. */
  cpuMs: number;
  /** From the process's start to the first call's answer. */
  answeredMs: number;
  /** CPU time from the process's start to the answer. */
  cpuTotalMs: number;
  rssBytes: number;
  check: Record<string, unknown>;
  probe: Record<string, unknown>;
}

interface Snapshot {
  blob: string;
  kind: SnapshotKind;
  bytes: number;
  /** Why the measured module could not be initialised in the snapshot, when it could not. */
  refused?: string;
}

interface Built {
  variant: Variant;
  entry: string;
  /** Bytes of the chunks the dynamic import loads. */
  measuredBytes: number;
  snapshot: Snapshot;
}

function writeSources(dir: string, variant: Variant): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "child.ts"), CHILD);
  writeFileSync(join(dir, "measured.ts"), variant.source);
  writeFileSync(join(dir, "client.ts"), GRPC_CLIENT);
  writeFileSync(join(dir, "entry.ts"), BUNDLE_ENTRY);
  for (const kind of ["init", "lazy"] as const)
    writeFileSync(join(dir, `snapshot-${kind}.ts`), SNAPSHOT_ENTRY[kind]);
}

const ESBUILD_COMMON = {
  bundle: true,
  platform: "node",
  legalComments: "none",
  logLevel: "error",
  nodePaths,
  absWorkingDir: root,
} as const;

async function bundle(src: string, out: string): Promise<{ entry: string; measuredBytes: number }> {
  const result = await build({
    ...ESBUILD_COMMON,
    entryPoints: [join(src, "entry.ts")],
    outdir: out,
    outExtension: { ".js": ".mjs" },
    format: "esm",
    target: "node22",
    splitting: true,
    metafile: true,
    banner: { js: REQUIRE_SHIM },
  });
  const outputs = Object.entries(result.metafile.outputs);
  const entryOutput = outputs.find(([, o]) => o.entryPoint !== undefined)!;
  return {
    entry: join(root, entryOutput[0]),
    measuredBytes: outputs.filter(([p]) => p !== entryOutput[0]).reduce((n, [, o]) => n + o.bytes, 0),
  };
}

/** What the snapshot builder said when it failed: the modules it warned about, and its fatal error. */
function builderFailure({ err, code, signal }: Ran): string {
  const modules = new Set([...err.matchAll(/built-in module "(?:node:)?([^"]+)"/g)].map((m) => m[1]));
  const fatal = /^# (\S.*)$/m.exec(err.replace(/^# Fatal error.*$/m, ""))?.[1] ?? err.trim().split("\n")[0];
  const how = signal ? `crashed (${signal})` : `failed (exit ${code})`;
  const loaded = modules.size > 0 ? ` after loading ${[...modules].join(", ")}` : "";
  return `the snapshot builder ${how}${loaded}: ${fatal}`;
}

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

function runNode(args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<Ran> {
  const child = spawn(process.execPath, args, { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, out, err })));
}

/** The snapshot blob: with the measured module initialised in it if the builder allows, else lazy. */
async function snapshot(src: string, out: string): Promise<Snapshot> {
  let refused: string | undefined;
  for (const kind of ["init", "lazy"] as const) {
    const script = join(out, `snapshot-${kind}.cjs`);
    const blob = join(out, `snapshot-${kind}.blob`);
    await build({
      ...ESBUILD_COMMON,
      entryPoints: [join(src, `snapshot-${kind}.ts`)],
      outfile: script,
      format: "cjs",
      target: "node24",
    });
    const built = await runNode(["--snapshot-blob", blob, "--build-snapshot", script], cleanEnv(), out);
    if (built.code === 0) return { blob, kind, bytes: statSync(blob).size, refused };
    refused = builderFailure(built);
  }
  throw new Error(`no snapshot could be built: ${refused}`);
}

async function prepare(work: string, variant: Variant, index: number): Promise<Built> {
  const src = join(work, `variant-${index}`, "src");
  const out = join(work, `variant-${index}`, "out");
  writeSources(src, variant);
  return { variant, ...(await bundle(src, out)), snapshot: await snapshot(src, out) };
}

type Mode = "code cache" | "cold" | "snapshot";
const MODES: readonly Mode[] = ["code cache", "cold", "snapshot"];

/** The environment without anything that would change how node starts. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.NODE_COMPILE_CACHE;
  delete env.NODE_DISABLE_COMPILE_CACHE;
  return env;
}

async function runChild(built: Built, work: string, mode: Mode, cacheDir: string): Promise<Sample> {
  const env: NodeJS.ProcessEnv = { ...cleanEnv(), BENCH_WORK: work };
  if (mode === "code cache") env.NODE_COMPILE_CACHE = cacheDir;
  else env.NODE_DISABLE_COMPILE_CACHE = "1";
  const args = mode === "snapshot" ? ["--snapshot-blob", built.snapshot.blob] : [built.entry];
  const { code, out, err } = await runNode(args, env);
  const line = out.trim().split("\n").at(-1) ?? "";
  if (code !== 0 || !line.endsWith("}"))
    throw new Error(
      `${built.variant.name} (${mode}): exit ${code}, output ${line.slice(0, 200)}\n${err.slice(0, 2000)}`,
    );
  return JSON.parse(line) as Sample;
}

// ---- fixtures ------------------------------------------------------------------------

const KUBE_TOKEN = "bench-token";
const KUBE_OBJECT = {
  group: "apps.cozystack.io",
  version: "v1alpha1",
  namespace: "tenant-bench",
  plural: "postgreses",
  name: "db",
};

/** A Postgres object as the Cozystack API serves it. */
const postgresObject = {
  apiVersion: "apps.cozystack.io/v1alpha1",
  kind: "Postgres",
  metadata: {
    name: "db",
    namespace: "tenant-bench",
    uid: "0b6f3f0e-5d7a-4c55-9a63-1f1f4f0a9e21",
    resourceVersion: "48213",
    generation: 3,
    creationTimestamp: "2026-01-12T09:30:00Z",
    labels: {
      "apps.cozystack.io/application.kind": "Postgres",
      "app.kubernetes.io/managed-by": "cozystack-iac",
    },
    annotations: { "cozystack.io/spec-hash": "9f2c1d" },
  },
  appVersion: "0.18.0",
  spec: {
    replicas: 2,
    size: "10Gi",
    storageClass: "",
    resourcesPreset: "micro",
    external: false,
    version: "v17",
    users: { app: { replication: false } },
    databases: { app: { extensions: ["hstore"], roles: { admin: ["app"], readonly: [] } } },
    postgresql: { parameters: { max_connections: "100" } },
    quorum: { minSyncReplicas: 0, maxSyncReplicas: 0 },
    backup: { enabled: false },
  },
  status: {
    version: "0.18.0",
    conditions: [
      {
        type: "Ready",
        status: "True",
        reason: "ReconciliationSucceeded",
        message: "Release reconciliation succeeded",
        lastTransitionTime: "2026-01-12T09:31:10Z",
      },
    ],
  },
};

function startKubeServer(
  work: string,
): Promise<{ server: Server; url: string; ca: string; gets: () => number }> {
  const tls = makeTls(join(work, "tls"), "bench-kubernetes-ca");
  const path = `/apis/${KUBE_OBJECT.group}/${KUBE_OBJECT.version}/namespaces/${KUBE_OBJECT.namespace}/${KUBE_OBJECT.plural}/${KUBE_OBJECT.name}`;
  let gets = 0;
  const server = createServer({ key: tls.server.key, cert: tls.server.cert }, (req, res) => {
    const status =
      req.headers.authorization !== `Bearer ${KUBE_TOKEN}`
        ? 401
        : req.method !== "GET" || req.url !== path
          ? 404
          : 200;
    if (status === 200) gets++;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(status === 200 ? postgresObject : { kind: "Status", code: status }));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        server,
        url: `https://127.0.0.1:${(server.address() as { port: number }).port}`,
        ca: tls.ca.toString(),
        gets: () => gets,
      }),
    ),
  );
}

/** A new Postgres as PlanResourceChange plans it: computed values unknown, some refined. Small integers only. */
function plannedPostgres(): Record<string, CtyValue> {
  return {
    id: new Unknown({ nullable: false }),
    name: "db",
    namespace: "tenant-bench",
    replicas: 2,
    size: "10Gi",
    storage_class: "",
    resources_preset: "micro",
    external: false,
    version: "v17",
    users: { app: { password: new Unknown({ nullable: false }), replication: false } },
    databases: { app: { extensions: ["hstore", "uuid-ossp"], roles: { admin: ["app"], readonly: [] } } },
    postgresql: { parameters: { max_connections: "100", shared_buffers: "256MB" } },
    quorum: { min_sync_replicas: 0, max_sync_replicas: 0 },
    tls: { enabled: false },
    connection: {
      host: new Unknown({ nullable: false, stringPrefix: "postgres-db-rw." }),
      read_host: new Unknown({ nullable: false, stringPrefix: "postgres-db-ro." }),
      port: new Unknown({ nullable: false }),
      passwords: new Unknown({ nullable: false }),
    },
    timeouts: { create: "30m", update: null, delete: null },
  };
}

/** The same resource after apply, with numbers of every width cty writes. */
function appliedPostgresWide(): Record<string, CtyValue> {
  return {
    ...plannedPostgres(),
    id: "tenant-bench/db",
    users: { app: { password: "s3cret", password_wo_version: 2n ** 64n + 1n, replication: false } },
    quorum: {
      min_sync_replicas: -200,
      max_sync_replicas: new Unknown({ nullable: false, numberLower: [0, true], numberUpper: [1000, true] }),
    },
    backup: {
      enabled: true,
      schedule: "0 2 * * *",
      s3_access_key_wo_version: 2 ** 40,
      s3_secret_key_wo_version: new BigDecimal("1.00000000000000000001"),
    },
    connection: {
      host: "postgres-db-rw.tenant-bench.svc",
      read_host: "postgres-db-ro.tenant-bench.svc",
      port: 5432,
      passwords: { app: "s3cret" },
    },
  };
}

interface Expected {
  schema: Uint8Array;
  plan: Uint8Array;
  state: Uint8Array;
  wide: Uint8Array;
  stateType: CtyType;
}

async function writeFixtures(work: string, kube: { url: string; ca: string }): Promise<Expected> {
  const definition = cozystackProvider({});
  const schema = (await precompute(definition)).GetProviderSchema!;
  const stateType = blockType(definition.resources!.cozystack_postgres!.schema.block);
  const state = encodeMsgpack(plannedPostgres(), stateType);
  const wide = encodeMsgpack(appliedPostgresWide(), stateType);
  const config = encodeMsgpack(
    { name: "db", namespace: "tenant-bench", replicas: 2, size: "10Gi" },
    stateType,
  );
  const plan = codec.encode(".tfplugin6.PlanResourceChange.Request", {
    type_name: "cozystack_postgres",
    prior_state: { msgpack: encodeMsgpack(null, stateType) },
    proposed_new_state: { msgpack: state },
    config: { msgpack: config },
    client_capabilities: { deferral_allowed: true, write_only_attributes_allowed: true },
  });
  // {"__proto__": "x"} as a map(string), written by hand: no JS encoder writes that key from an object.
  const protoKey = Uint8Array.from([0x81, 0xa9, ...Buffer.from("__proto__"), 0xa1, 0x78]);
  writeFileSync(join(work, "schema.pb"), schema);
  writeFileSync(join(work, "plan.pb"), plan);
  writeFileSync(join(work, "state.msgpack"), state);
  writeFileSync(join(work, "wide.msgpack"), wide);
  writeFileSync(join(work, "proto-key.msgpack"), protoKey);
  writeFileSync(
    join(work, "fixtures.json"),
    JSON.stringify({
      stateType: typeToJSON(stateType),
      kube: { server: kube.url, ca: kube.ca, token: KUBE_TOKEN, ...KUBE_OBJECT },
    }),
  );
  return { schema, plan, state, wide, stateType };
}

/** tfplugin6 as @bufbuild/protobuf code, by buf and protoc-gen-es, from our own .proto files. */
function generateProtobufEs(work: string): Promise<string> {
  const out = join(work, "protobuf-es");
  const buf = join(dirname(resolvePackage("@bufbuild/buf/package.json")), "bin", "buf");
  const plugin = join(
    dirname(resolvePackage("@bufbuild/protoc-gen-es/package.json")),
    "bin",
    "protoc-gen-es",
  );
  const template = JSON.stringify({
    version: "v2",
    plugins: [{ local: [process.execPath, plugin], out, opt: ["target=ts"] }],
  });
  return new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [buf, "generate", join(root, "provider", "plugin", "proto"), "--template", template],
      { stdio: ["ignore", "inherit", "pipe"] },
    );
    let err = "";
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("exit", (code) =>
      code === 0 ? resolve(join(out, "tfplugin6_pb.ts")) : reject(new Error(`buf generate: ${err}`)),
    );
  });
}

// ---- checks --------------------------------------------------------------------------

class CheckError extends Error {
  override name = "CheckError";
}

/** A byte result as a plain Uint8Array, as our codecs hand out (a Buffer would not compare deep-equal). */
const bytesOf = (v: unknown) => new Uint8Array(Buffer.from((v as { base64: string }).base64, "base64"));
const equalBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(b);

function sameBytes(what: string, got: unknown, want: Uint8Array): void {
  if (!equalBytes(bytesOf(got), want)) throw new CheckError(`${what}: bytes differ from ours`);
}

const codec = new ProtoCodec(descriptors);

/** Protobuf allows fields in any order: the same message is what must hold. */
function sameMessage(what: string, message: string, got: unknown, want: Uint8Array): void {
  if (!isDeepStrictEqual(codec.decode(message, bytesOf(got)), codec.decode(message, want)))
    throw new CheckError(`${what}: not the message ours encodes`);
}

/** Whether the library wrote the same bytes as ours, or how they differ. */
function protobufBytes(check: Record<string, unknown>, want: Uint8Array): string {
  if (equalBytes(bytesOf(check.bytes), want)) return "identical bytes";
  return "the same message in other bytes: fields in field-number order (as Go's protobuf writes them), ours in declaration order";
}

/** The AutoMTLS certificate's properties the host relies on, whoever made it. */
function checkCertificate({ check }: Sample): void {
  const cert = new X509Certificate(String(check.pem));
  const key = createPrivateKey(String(check.keyPem));
  const problems = [
    cert.ca ? "" : "not a CA",
    cert.checkHost("localhost") ? "" : "no SAN localhost",
    cert.checkIP("127.0.0.1") ? "" : "no SAN 127.0.0.1",
    ["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"].every((eku) => cert.keyUsage?.includes(eku)) ? "" : "EKUs",
    cert.verify(cert.publicKey) ? "" : "does not verify with its own key",
    cert.checkPrivateKey(key) ? "" : "key does not match",
    cert.publicKey.asymmetricKeyDetails?.namedCurve === "prime256v1" ? "" : "not P-256",
    Buffer.from(String(check.line), "base64").equals(cert.raw) ? "" : "handshake line is not the DER",
  ].filter(Boolean);
  if (problems.length > 0) throw new CheckError(`certificate: ${problems.join(", ")}`);
}

function checkSample(v: Variant, s: Sample, want: Expected): void {
  try {
    v.check(s, want);
  } catch (error) {
    if (error instanceof CheckError) error.message = `${v.name}: ${error.message}`;
    throw error;
  }
}

/** How the library's MessagePack of the wide value compares with ours, and whether ours reads it. */
function msgpackInterop(probe: Record<string, unknown>, want: Expected): string {
  const lib = bytesOf(probe.wide);
  const ours = want.wide;
  // Re-encoded by ours, the value read from the library's bytes must give ours' bytes back:
  // that compares refinements too, which valuesEqual leaves out.
  const read = decodeMsgpack(lib, want.stateType);
  if (
    !valuesEqual(read, decodeMsgpack(ours, want.stateType)) ||
    !equalBytes(encodeMsgpack(read, want.stateType), ours)
  )
    throw new CheckError("our decoder reads the library's bytes of the wide value as another value");
  if (equalBytes(lib, ours)) return "identical bytes";
  return `same value, other bytes: ${lib.length} vs our ${ours.length} (integers in their shortest form, as cty's Go encoder writes them)`;
}

// ---- statistics and the table --------------------------------------------------------

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.ceil(at)]! - s[lo]!) * (at - lo);
}

const median = (xs: number[]) => quantile(xs, 0.5);

/** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const k = 1 / (1 + 0.3275911 * x);
  const poly =
    k * (0.254829592 + k * (-0.284496736 + k * (1.421413741 + k * (-1.453152027 + k * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * One-sided Mann-Whitney U test: the chance of the library's values ranking this far above
 * ours if both came from the same distribution. Ties share their mean rank; normal
 * approximation with continuity correction, sound from about 8 samples a side.
 */
function mannWhitneyP(library: number[], ours: number[]): number {
  const all = [...library.map((v) => ({ v, lib: true })), ...ours.map((v) => ({ v, lib: false }))].sort(
    (a, b) => a.v - b.v,
  );
  let libraryRanks = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.v === all[i]!.v) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (all[k]!.lib) libraryRanks += rank;
    i = j + 1;
  }
  const [n1, n2] = [library.length, ours.length];
  const u = libraryRanks - (n1 * (n1 + 1)) / 2;
  const z = (u - (n1 * n2) / 2 - 0.5) / Math.sqrt((n1 * n2 * (n1 + n2 + 1)) / 12);
  return 1 - normalCdf(z);
}

const SIGNIFICANCE = 0.01;

interface Figures {
  import: number[];
  firstCall: number[];
  total: number[];
  cpu: number[];
  totalCold: number[];
  rss: number[];
  snapshotAnswered: number[];
  snapshotCpu: number[];
  snapshotRss: number[];
}

function figures(by: Record<Mode, Sample[]>): Figures {
  const cached = by["code cache"];
  return {
    import: cached.map((s) => s.importMs),
    firstCall: cached.map((s) => s.firstCallMs),
    total: cached.map((s) => s.importMs + s.firstCallMs),
    cpu: cached.map((s) => s.cpuMs),
    totalCold: by.cold.map((s) => s.importMs + s.firstCallMs),
    rss: cached.map((s) => s.rssBytes / 2 ** 20),
    snapshotAnswered: by.snapshot.map((s) => s.answeredMs),
    snapshotCpu: by.snapshot.map((s) => s.cpuTotalMs),
    snapshotRss: by.snapshot.map((s) => s.rssBytes / 2 ** 20),
  };
}

/** The figures a library is judged on, with their units. */
const JUDGED = [
  ["import + first call", "total", "ms"],
  ["its CPU", "cpu", "ms"],
  ["cold import + first call", "totalCold", "ms"],
  ["RSS", "rss", "MiB"],
  ["snapshot: start to answer", "snapshotAnswered", "ms"],
  ["snapshot: CPU", "snapshotCpu", "ms"],
  ["snapshot: RSS", "snapshotRss", "MiB"],
] as const;

const num = (x: number) => (Math.abs(x) < 10 ? x.toFixed(2) : x.toFixed(1));
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

function oursFor(built: Built[], component: string): Built {
  return built.find((o) => o.variant.component === component && o.variant.side === "ours")!;
}

/** A column's title, its cell, and the figure whose ratio to ours follows it, if any. */
type Column = [title: string, cell: (b: Built, f: Figures) => string, ratioOf?: keyof Figures];

/** Prints one Markdown table: a row per variant, each figure with its ratio to ours. */
function printRows(built: Built[], results: Map<Variant, Figures>, columns: Column[]): void {
  const header = columns.flatMap(([title, , key]) => (key ? [title, "vs ours"] : [title]));
  console.log(`| component | implementation | ${header.join(" | ")} |`);
  console.log(`|${"---|".repeat(header.length + 2)}`);
  for (const b of built) {
    const f = results.get(b.variant)!;
    const ours = results.get(oursFor(built, b.variant.component).variant)!;
    const cells = columns.flatMap(([, cell, key]) => {
      if (!key) return [cell(b, f)];
      return [cell(b, f), b.variant.side === "ours" ? "" : ratio(median(f[key]), median(ours[key]))];
    });
    console.log(`| ${b.variant.component} | ${b.variant.name} | ${cells.join(" | ")} |`);
  }
}

const ms = (key: keyof Figures) => (_b: Built, f: Figures) => num(median(f[key]));
const mib = (key: keyof Figures) => (_b: Built, f: Figures) => median(f[key]).toFixed(1);

function printTables(built: Built[], results: Map<Variant, Figures>): void {
  console.log(
    "Dev build: node and ESM chunks, the measured chunk loaded by a dynamic import, warm V8 code cache\n",
  );
  printRows(built, results, [
    ["chunk KiB", (b) => (b.measuredBytes / 1024).toFixed(0)],
    ["import (ms)", ms("import")],
    ["first call (ms)", ms("firstCall")],
    ["import + first call (ms)", ms("total"), "total"],
    ["its CPU (ms)", ms("cpu"), "cpu"],
    ["same, no code cache (ms)", ms("totalCold"), "totalCold"],
    ["RSS after (MiB)", mib("rss"), "rss"],
  ]);
  console.log("\nThe single executable's way: a V8 start-up snapshot per variant, no code cache\n");
  printRows(built, results, [
    ["snapshot MiB", (b) => (b.snapshot.bytes / 2 ** 20).toFixed(1)],
    ["measured code initialised", (b) => (b.snapshot.kind === "init" ? "in the snapshot" : "at run time")],
    ["start to first answer (ms)", ms("snapshotAnswered"), "snapshotAnswered"],
    ["CPU from start (ms)", ms("snapshotCpu"), "snapshotCpu"],
    ["RSS after (MiB)", mib("snapshotRss"), "snapshotRss"],
  ]);
  for (const b of built.filter((x) => x.snapshot.refused))
    console.log(`- ${b.variant.name}, initialised at run time: ${b.snapshot.refused}`);
}

function printVerdicts(built: Built[], results: Map<Variant, Figures>): void {
  console.log(
    `\nWhere each library costs measurably more than ours (higher median, one-sided Mann-Whitney p < ${SIGNIFICANCE}):`,
  );
  for (const lib of built.filter((b) => b.variant.side === "library")) {
    const l = results.get(lib.variant)!;
    const o = results.get(oursFor(built, lib.variant.component).variant)!;
    const more = JUDGED.filter(
      ([, k]) => median(l[k]) > median(o[k]) && mannWhitneyP(l[k], o[k]) < SIGNIFICANCE,
    ).map(([label, k, unit]) => `${label} +${num(median(l[k]) - median(o[k]))} ${unit}`);
    console.log(
      `- ${lib.variant.component}, ${lib.variant.name}: ${more.length > 0 ? more.join("; ") : "nothing"}`,
    );
  }
}

type Taken = Map<Variant, Record<Mode, Sample[]>>;

function firstSample(built: Built[], taken: Taken, component: string, side: Side): Sample {
  const b = built.find((x) => x.variant.component === component && x.variant.side === side)!;
  return taken.get(b.variant)!["code cache"][0]!;
}

function printChecks(built: Built[], taken: Taken, want: Expected): void {
  console.log("\nChecks:");
  for (const c of PROTOBUF_CASES) {
    const check = firstSample(built, taken, c.component, "library").check;
    console.log(`- ${c.component}, the library's re-encoding: ${protobufBytes(check, want[c.fixture])}`);
  }
  const msgpack = (side: Side) => firstSample(built, taken, "MessagePack (cty)", side).probe;
  console.log(
    "- MessagePack, a planned state (small integers, refined unknowns): identical bytes, both ways",
  );
  console.log(
    `- MessagePack, an applied state with numbers of every width: ${msgpackInterop(msgpack("library"), want)}`,
  );
  console.log(`- MessagePack, a map key "__proto__", ours: ${String(msgpack("ours").protoKey)}`);
  console.log(
    `- MessagePack, a map key "__proto__", @msgpack/msgpack: ${String(msgpack("library").protoKey)}`,
  );
  console.log(
    "- X.509: both certificates are CAs for localhost and 127.0.0.1 with both EKUs, P-256, self-signed",
  );
  console.log("- Kubernetes client: both read the served object; the server saw one GET per process");
}

// ---- the run -------------------------------------------------------------------------

async function takeSamples(built: Built[], work: string, want: Expected, cacheDir: string): Promise<Taken> {
  const taken: Taken = new Map(built.map((b) => [b.variant, { "code cache": [], cold: [], snapshot: [] }]));
  for (let i = 0; i < samples; i++) {
    // Alternate the order, so no variant always runs right after the same one.
    for (const b of i % 2 === 0 ? built : [...built].reverse()) {
      for (const mode of MODES) {
        const s = await runChild(b, work, mode, cacheDir);
        checkSample(b.variant, s, want);
        taken.get(b.variant)![mode].push(s);
      }
    }
  }
  return taken;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
const loadAtStart = load();
const work = mkdtempSync(join(tmpdir(), "bench-libraries-"));
const kube = await startKubeServer(work);
try {
  const want = await writeFixtures(work, kube);
  const generated = await generateProtobufEs(work);
  const built: Built[] = [];
  for (const [i, v] of variants(generated).entries()) built.push(await prepare(work, v, i));
  const cacheDir = join(work, "compile-cache");
  // One unmeasured run each fills the code cache and checks the variant works before timing starts.
  for (const b of built) checkSample(b.variant, await runChild(b, work, "code cache", cacheDir), want);
  const taken = await takeSamples(built, work, want, cacheDir);
  const kubeVariants = built.filter((b) => b.variant.component === "Kubernetes client").length;
  if (kube.gets() !== kubeVariants * (1 + MODES.length * samples))
    throw new CheckError(`the Kubernetes server saw ${kube.gets()} GETs, not one per process`);

  const results = new Map(built.map((b) => [b.variant, figures(taken.get(b.variant)!)]));
  console.log(
    `\nHand-written code versus libraries: median of ${samples} fresh processes per variant and way of starting; node ${process.version}, ${new Date().toISOString().slice(0, 10)}; load average ${loadAtStart} at start, ${load()} at end`,
  );
  console.log(
    `PlanResourceChange request ${want.plan.length} bytes, GetProviderSchema response ${(want.schema.length / 1024).toFixed(0)} KiB, planned state ${want.state.length} bytes\n`,
  );
  printTables(built, results);
  printVerdicts(built, results);
  printChecks(built, taken, want);
} finally {
  kube.server.close();
  rmSync(work, { recursive: true, force: true });
}
