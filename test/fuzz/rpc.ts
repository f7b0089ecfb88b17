import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Certificate } from "../../provider/plugin/transport/certificate.ts";
import { descriptors } from "../../provider/plugin/proto/descriptors.generated.ts";
import type { MethodDescriptor } from "../../provider/plugin/proto/parse.ts";
import { ProtoCodec, type Message } from "../../provider/plugin/wire/protobuf.ts";
import * as http2 from "node:http2";
import { hostEnv, launch, newClientCertificate, type Launched } from "../plugin/harness.ts";
import { frame, rawCall, unframe, type RawReply } from "./grpc-raw.ts";
import { HeapProbe } from "./inspector.ts";
import { applyEdits, edits, type Edit } from "./mutate.ts";
import { hang, type AsyncPath } from "./property.ts";
import { MessageArbitraries } from "./proto-messages.ts";
import { PROVIDER_SERVICE } from "./proto.ts";
import { errorKind, type Tally } from "./report.ts";

/**
 * Path 3: whole RPCs against the real provider process, started as OpenTofu starts it
 * (magic cookie, AutoMTLS, loopback TCP) and spoken to over HTTP/2 with bytes as they
 * come: valid and damaged messages, wrong message types, bad length prefixes, the
 * compressed flag, cut frames, two messages in a unary call, unknown methods, large
 * values. Every call must end with a gRPC status; a refusal must name what was wrong;
 * between batches, GetProviderSchema must still work, and memory must settle.
 */
export const PROVIDER_ENTRY = join(import.meta.dirname, "..", "..", "provider", "cozystack", "main.ts");

/** The provider's V8 heap cap during the run, in MB: room for a 32 MB value decoded twice over. */
const HEAP_LIMIT_MB = 384;

/** The limit the provider's router enforces (provider/plugin/serve.ts). */
export const MAX_RECEIVE_BYTES = 256 * 1024 * 1024;

const codec = new ProtoCodec(descriptors);
const messages = new MessageArbitraries(descriptors);

/**
 * Every tfplugin6.Provider method, and the health check. Not GRPCController.Shutdown (it
 * stops the server, as it should) nor GRPCStdio.StreamStdio (it stays open until the host
 * hangs up, by design): neither has a request to damage.
 */
const methods: Array<MethodDescriptor & { path: string }> = [
  ...descriptors.services[PROVIDER_SERVICE]!.map((m) => ({ ...m, path: `/tfplugin6.Provider/${m.name}` })),
  ...descriptors.services[".grpc.health.v1.Health"]!.map((m) => ({
    ...m,
    path: `/grpc.health.v1.Health/${m.name}`,
  })),
];

type RpcCase =
  | { k: "valid"; method: number; message: Message }
  | { k: "mutated"; method: number; message: Message; edits: Edit[] }
  | { k: "wrong type"; method: number; from: number; message: Message }
  | { k: "bad length"; method: number; message: Message; length: number }
  | { k: "compressed"; method: number; message: Message; flag: number }
  | { k: "cut frame"; method: number; message: Message; keep: number }
  | { k: "two messages"; method: number; message: Message; second: Message }
  | { k: "unknown method"; path: string; message: Message }
  | { k: "large value"; method: number; bytes: number };

const methodIndex = fc.nat({ max: methods.length - 1 });
const call = methodIndex.chain((method) =>
  fc.record({ method: fc.constant(method), message: messages.message(methods[method]!.input, 0, 3) }),
);

/** Declared lengths around the limit and the 32-bit edge, and small lies either way. */
const declared = fc.oneof(
  fc.constantFrom(MAX_RECEIVE_BYTES - 1, MAX_RECEIVE_BYTES, MAX_RECEIVE_BYTES + 1, 2 ** 31, 2 ** 32 - 1, 0),
  fc.integer({ min: -16, max: 16 }),
);

const unknownPath = fc.oneof(
  fc.constantFrom(
    "/tfplugin6.Provider/Nope",
    "/tfplugin5.Provider/GetSchema",
    "/plugin.GRPCBroker/StartStream",
    "/",
    "/tfplugin6.Provider/",
    "//",
  ),
  fc.stringMatching(/^\/[A-Za-z0-9._]{0,20}\/[A-Za-z0-9]{0,20}$/),
);

/** Every kind of case but large values: the requests the steady-state rounds repeat. */
const smallCaseKinds: fc.WeightedArbitrary<RpcCase>[] = [
  { weight: 6, arbitrary: call.map((c) => ({ k: "valid" as const, ...c })) },
  {
    weight: 8,
    arbitrary: fc.record({ c: call, edits }).map(({ c, edits }) => ({ k: "mutated" as const, ...c, edits })),
  },
  {
    weight: 4,
    arbitrary: fc
      .record({ c: call, method: methodIndex })
      .map(({ c, method }) => ({ k: "wrong type" as const, method, from: c.method, message: c.message })),
  },
  {
    weight: 4,
    arbitrary: fc
      .record({ c: call, length: declared })
      .map(({ c, length }) => ({ k: "bad length" as const, ...c, length })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ c: call, flag: fc.integer({ min: 1, max: 255 }) })
      .map(({ c, flag }) => ({ k: "compressed" as const, ...c, flag })),
  },
  {
    weight: 4,
    arbitrary: fc
      .record({ c: call, keep: fc.nat() })
      .map(({ c, keep }) => ({ k: "cut frame" as const, ...c, keep })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ c: call, second: fc.constant(null) })
      .chain(({ c }) =>
        messages
          .message(methods[c.method]!.input, 0, 2)
          .map((second) => ({ k: "two messages" as const, ...c, second })),
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ path: unknownPath, c: call })
      .map(({ path, c }) => ({ k: "unknown method" as const, path, message: c.message })),
  },
];

const smallCases: fc.Arbitrary<RpcCase> = fc.oneof(...smallCaseKinds);

/** Large values: a rare kind, left out of the steady-state rounds. */
const largeValue: fc.WeightedArbitrary<RpcCase> = {
  weight: 1,
  arbitrary: fc.record({
    k: fc.constant("large value" as const),
    method: methodIndex,
    bytes: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 64 * 1024, max: 1024 * 1024 }) },
      { weight: 1, arbitrary: fc.constant(8 * 1024 * 1024) },
      { weight: 1, arbitrary: fc.constant(32 * 1024 * 1024) },
    ),
  }),
};

const arbitrary: fc.Arbitrary<RpcCase> = fc.oneof(...smallCaseKinds, largeValue);

/** What a case sends: its path and body, and whether a correct server must refuse it. */
function request(c: RpcCase): { path: string; body: Buffer; mustRefuse: boolean } {
  if (c.k === "unknown method")
    return { path: c.path, body: frame(codec.encode(methods[0]!.input, c.message)), mustRefuse: true };
  const m = methods[c.method]!;
  switch (c.k) {
    case "valid":
      return { path: m.path, body: frame(codec.encode(m.input, c.message)), mustRefuse: false };
    case "mutated":
      return {
        path: m.path,
        body: frame(applyEdits(codec.encode(m.input, c.message), c.edits)),
        mustRefuse: false,
      };
    case "wrong type":
      return {
        path: m.path,
        body: frame(codec.encode(methods[c.from]!.input, c.message)),
        mustRefuse: false,
      };
    case "bad length": {
      const message = codec.encode(m.input, c.message);
      const length = c.length > 16 || c.length === 0 ? c.length : Math.max(0, message.length + c.length);
      return { path: m.path, body: frame(message, { length }), mustRefuse: length !== message.length };
    }
    case "compressed":
      return {
        path: m.path,
        body: frame(codec.encode(m.input, c.message), { compressed: c.flag }),
        mustRefuse: true,
      };
    case "cut frame": {
      const whole = frame(codec.encode(m.input, c.message));
      const keep = c.keep % (whole.length + 1);
      return { path: m.path, body: whole.subarray(0, keep), mustRefuse: keep < whole.length };
    }
    case "two messages":
      return {
        path: m.path,
        body: Buffer.concat([
          frame(codec.encode(m.input, c.message)),
          frame(codec.encode(m.input, c.second)),
        ]),
        mustRefuse: true,
      };
    case "large value":
      return { path: m.path, body: frame(largeRequest(m.input, c.bytes)), mustRefuse: false };
  }
}

/** A request whose first DynamicValue field (or string, or bytes) carries `bytes` of MessagePack string. */
function largeRequest(type: string, bytes: number): Uint8Array {
  const desc = descriptors.messages[type]!;
  const dynamic = desc.fields.find((f) => f.type === ".tfplugin6.DynamicValue" && !f.repeated);
  const text = Buffer.alloc(bytes, 0x61);
  if (dynamic) {
    const msgpack = Buffer.concat([Buffer.from([0xdb, 0, 0, 0, 0]), text]);
    msgpack.writeUInt32BE(bytes, 1);
    return codec.encode(type, { [dynamic.name]: { msgpack } });
  }
  const field = desc.fields.find((f) => (f.type === "string" || f.type === "bytes") && !f.repeated && !f.map);
  if (!field) return codec.encode(type, {});
  return codec.encode(type, { [field.name]: field.type === "string" ? text.toString() : text });
}

/** A status message made of a JS engine's words means a handler or the router crashed. */
const ENGINE_WORDS =
  /Cannot read|Cannot set|is not a function|is not iterable|is not defined|undefined|Maximum call stack|Invalid array length|Cannot convert|Unexpected token|\[object /;

/** The error kinds the router logs for a refused request: decoding and transport errors. */
const REFUSAL_CLASSES = /^(ProtobufError|GrpcError|MsgpackError|JsonValueError|CtyTypeError): /;

interface Context {
  launched: Launched;
  session: http2.ClientHttp2Session;
  cert: Certificate;
  timeoutMs: number;
  stderrSeen: number;
  rss: number[];
  /** What the two requests at the size limit got. */
  limits: string[];
  /** The provider's memory over the steady-state rounds. */
  steady: string;
  heap: HeapProbe;
}

export function rpcPath(timeoutMs: number, limits: boolean, seed: number): AsyncPath<RpcCase, Context> {
  return {
    name: "rpc",
    arbitrary,
    async start() {
      const cert = newClientCertificate();
      // A capped heap: memory a leak kept would end the process within the run, not after it.
      // The inspector (loopback) lets the run measure the heap after a full collection.
      const launched = await launch(PROVIDER_ENTRY, {
        ...hostEnv(cert),
        COZYSTACK_PLUGIN_NETWORK: "tcp",
        NODE_OPTIONS: `--max-old-space-size=${HEAP_LIMIT_MB} --inspect=127.0.0.1:0`,
      });
      const heap = await HeapProbe.connect(launched.stderr);
      const session = connectTls(launched, cert);
      session.on("error", () => {});
      return { launched, session, cert, timeoutMs, stderrSeen: 0, rss: [], limits: [], steady: "", heap };
    },
    async check(ctx, c, tally) {
      const { path, body, mustRefuse } = request(c);
      const reply = await rawCall(ctx.session, path, body, ctx.timeoutMs);
      if (reply.hung) return hang(`no answer to ${path} within ${ctx.timeoutMs} ms`);
      const crashed = routerCrash(ctx);
      if (crashed) return crashed;
      return judge(c, path, reply, mustRefuse, tally);
    },
    probe: serving,
    notes: (ctx) => [memoryNote(ctx.rss), ctx.steady, ...ctx.limits].filter((n) => n !== ""),
    async verdict(ctx) {
      const leak = await steadyState(ctx, seed);
      if (leak || !limits) return leak;
      return atTheLimit(ctx);
    },
    async stop(ctx) {
      ctx.heap.close();
      ctx.session.close();
      ctx.launched.child.kill();
      await ctx.launched.exited;
    },
  };
}

/**
 * Connect as go-plugin's client does: mutual TLS with the host certificate, trusting the
 * one the handshake line carries. Unlike test/plugin/harness.ts's connect, the session may
 * hold far more than Node's default 10 MB: a Go host has no such limit, and with it a
 * large request the server answers early (an unknown method) fills it and the client
 * refuses every later stream (NGHTTP2_ENHANCE_YOUR_CALM), which is the client's doing.
 */
function connectTls(l: Launched, cert: Certificate): http2.ClientHttp2Session {
  const [, , , address = "", , serverCert = ""] = l.fields;
  const base64 = Buffer.from(serverCert, "base64").toString("base64");
  const pem = `-----BEGIN CERTIFICATE-----\n${base64.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----\n`;
  const [host, port] = address.split(":");
  return http2.connect("https://localhost", {
    host,
    port: Number(port),
    ca: [pem],
    cert: cert.pem,
    key: cert.keyPem,
    servername: "localhost",
    ALPNProtocols: ["h2"],
    minVersion: "TLSv1.2",
    maxSessionMemory: 1024,
  });
}

/** Whether the provider still serves: alive, and a valid GetProviderSchema answered with the schema. */
async function serving(ctx: Context): Promise<string | undefined> {
  if (ctx.launched.child.exitCode !== null || ctx.launched.child.signalCode !== null)
    return `the provider exited (${ctx.launched.child.exitCode ?? ctx.launched.child.signalCode}); stderr ends: ${ctx.launched.stderr().slice(-500)}`;
  const reply = await rawCall(
    ctx.session,
    "/tfplugin6.Provider/GetProviderSchema",
    frame(new Uint8Array()),
    ctx.timeoutMs * 3,
  );
  if (reply.hung) return "a valid GetProviderSchema got no answer";
  if (reply.grpcStatus !== 0)
    return `a valid GetProviderSchema failed: ${reply.grpcStatus} ${reply.grpcMessage}`;
  const [schema] = unframe(reply.body) ?? [];
  if (!schema || schema.length < 1000) return "a valid GetProviderSchema answered without the schema";
  ctx.rss.push(rssOf(ctx.launched.child.pid!));
  return undefined;
}

/**
 * Two real requests at the provider's receive limit, sent once after the generated ones:
 * one just under it must be read and answered, one a byte over must be refused with
 * RESOURCE_EXHAUSTED; the server must serve on after both.
 */
async function atTheLimit(ctx: Context): Promise<string | undefined> {
  const validate = methods.find((m) => m.name === "ValidateResourceConfig")!;
  const overhead =
    codec.encode(validate.input, { type_name: "x", config: { msgpack: Buffer.alloc(1) } }).length + 8;
  const under = frame(
    codec.encode(validate.input, {
      type_name: "x",
      config: { msgpack: Buffer.alloc(MAX_RECEIVE_BYTES - overhead, 0xc0) },
    }),
  );
  const over = Buffer.alloc(MAX_RECEIVE_BYTES + 6);
  over.writeUInt32BE(MAX_RECEIVE_BYTES + 1, 1);
  for (const [name, body, want] of [
    ["just under the limit", under, 0],
    ["one byte over the limit", over, 8],
  ] as const) {
    const reply = await rawCall(ctx.session, validate.path, body, Math.max(ctx.timeoutMs, 120_000));
    if (reply.hung) return hang(`a request ${name} got no answer`);
    ctx.limits.push(
      `a request ${name} (${body.length - 5} bytes): status ${reply.grpcStatus} ${reply.grpcMessage}`.trim(),
    );
    if (reply.grpcStatus !== want)
      return `a request ${name} got status ${reply.grpcStatus} (${reply.grpcMessage}), not ${want}`;
    ctx.rss.push(rssOf(ctx.launched.child.pid!));
  }
  return serving(ctx);
}

/** A refusal logged by the router as anything but a decoding or transport error. */
function routerCrash(ctx: Context): string | undefined {
  const text = ctx.launched.stderr();
  const fresh = text.slice(ctx.stderrSeen);
  const lastNewline = fresh.lastIndexOf("\n");
  if (lastNewline < 0) return undefined;
  ctx.stderrSeen += lastNewline + 1;
  for (const line of fresh.slice(0, lastNewline).split("\n")) {
    if (!line.includes('"rpc failed"')) continue;
    const error = String((JSON.parse(line) as { error?: unknown }).error ?? "");
    if (!REFUSAL_CLASSES.test(error)) return `the provider logged a crash: ${error}`;
  }
  return undefined;
}

function judge(
  c: RpcCase,
  path: string,
  reply: RawReply,
  mustRefuse: boolean,
  tally: Tally,
): string | undefined {
  if (reply.grpcStatus === undefined)
    return `${path}: no gRPC status (HTTP ${reply.httpStatus}${reply.streamError ? `, ${reply.streamError}` : ""})`;
  if (reply.httpStatus !== 200) return `${path}: HTTP status ${reply.httpStatus}`;
  if (reply.grpcStatus === 0) {
    if (mustRefuse) return `${path}: a ${c.k} request was answered OK`;
    const method = methods.find((m) => m.path === path)!;
    const replies = unframe(reply.body);
    if (!replies) return `${path}: the response is not framed properly`;
    if (!method.serverStreaming && replies.length !== 1)
      return `${path}: ${replies.length} messages in a unary response`;
    for (const r of replies) {
      try {
        codec.decode(method.output, r);
      } catch (error) {
        return `${path}: the response does not decode: ${(error as Error).message}`;
      }
    }
    tally.refused(`OK (${c.k})`);
    return undefined;
  }
  if (reply.grpcMessage.trim() === "") return `${path}: status ${reply.grpcStatus} without a message`;
  if (ENGINE_WORDS.test(reply.grpcMessage))
    return `${path}: status ${reply.grpcStatus} from a crash: ${reply.grpcMessage}`;
  tally.refused(
    errorKind(`status ${reply.grpcStatus}`, reply.grpcMessage.replace(/^malformed \S+ \(\d+ bytes\): /, "")),
  );
  return undefined;
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

/** The provider's resident memory after each batch, in MB. */
function memoryNote(rss: number[]): string {
  if (rss.length === 0) return "provider RSS: not measured";
  return `provider RSS after each batch, MB: ${rss.map((n) => Math.round(n / 1024 / 1024)).join(" ")}`;
}

/**
 * Memory that keeps growing, told apart from memory that grew once: after the generated
 * inputs, the same small requests go round STEADY_ROUNDS times, and after each round the
 * provider's heap is measured after a full garbage collection. Kept per request, it would
 * rise round after round; it may rise no more than STEADY_GROWTH_LIMIT from the second
 * round to the last. (RSS is printed too, but it follows V8's lazy collection, not leaks.
 * The heap is also capped, so that a leak that outgrew the run would end the provider.)
 */
const STEADY_ROUNDS = 5;
const STEADY_REQUESTS = 300;
export const STEADY_GROWTH_LIMIT = 4 * 1024 * 1024;

async function steadyState(ctx: Context, seed: number): Promise<string | undefined> {
  const inputs = fc.sample(smallCases, { seed, numRuns: STEADY_REQUESTS });
  const used: number[] = [];
  for (let round = 0; round < STEADY_ROUNDS; round++) {
    for (const c of inputs) {
      const { path, body } = request(c);
      const reply = await rawCall(ctx.session, path, body, ctx.timeoutMs);
      if (reply.hung)
        return hang(`no answer to ${path} within ${ctx.timeoutMs} ms in steady-state round ${round + 1}`);
    }
    const broken = await serving(ctx);
    if (broken) return `in steady-state round ${round + 1}: ${broken}`;
    used.push(await ctx.heap.usedAfterGc());
  }
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  ctx.steady = `provider heap after a full GC, after each of ${STEADY_ROUNDS} rounds of the same ${STEADY_REQUESTS} requests, MB: ${used.map(mb).join(" ")}`;
  const growth = used.at(-1)! - used[1]!;
  return growth > STEADY_GROWTH_LIMIT
    ? `the provider's heap kept ${mb(growth)} MB more over ${STEADY_ROUNDS - 2} rounds of the same requests`
    : undefined;
}
