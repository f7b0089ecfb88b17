import {
  FunctionRunnerServiceService,
  RunFunctionRequest as SdkRequest,
  RunFunctionResponse as SdkResponse,
  type Condition,
  type Credentials,
  type Resource,
  type ResourceSelector,
  type Result,
  type RunFunctionRequest,
  type RunFunctionResponse,
  type State,
} from "@crossplane-org/function-sdk-typescript";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeRunFunctionRequest,
  decodeRunFunctionResponse,
  encodeRunFunctionRequest,
  encodeRunFunctionResponse,
  functionRunnerService,
  MAX_STRUCT_DEPTH,
} from "./codec.ts";

// ---------------------------------------------------------------------------------------
// Generated messages: every field of both messages, Struct values of any kind nested a
// few levels, maps with empty and non-ASCII keys, enums with known and unknown values.

/** `__proto__` is left out here: the SDK turns it into the object's prototype, so no comparison with it holds (see its own test). */
const key = fc
  .oneof(fc.string({ maxLength: 10 }), fc.string({ unit: "binary", maxLength: 10 }))
  .filter((k) => k !== "__proto__");
/** Short ASCII (the reader's fast path), any Unicode, and strings long enough for two-byte length prefixes. */
const text = fc.oneof(
  { arbitrary: fc.string({ maxLength: 20 }), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ minLength: 120, maxLength: 300 }), weight: 1 },
);
const bytes = fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b));
/** An enum field: a known value mostly, sometimes any int32 (negative ones take ten bytes on the wire). */
const enumOf = (known: readonly number[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...known), weight: 4 },
    { arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), weight: 1 },
  );
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const dictionary = <T>(value: fc.Arbitrary<T>, maxKeys = 3) =>
  fc.dictionary(key, value, { maxKeys, noNullPrototype: true });

const { struct } = fc.letrec<{ value: unknown; struct: Record<string, unknown>; list: unknown[] }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 5 },
    fc.constant(null),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    text,
    tie("struct"),
    tie("list"),
  ),
  // undefined fields are left out by both encoders; undefined list items travel as a Value without a kind.
  struct: dictionary(
    fc.oneof({ arbitrary: tie("value"), weight: 9 }, { arbitrary: fc.constant(undefined), weight: 1 }),
    5,
  ),
  list: fc.array(
    fc.oneof({ arbitrary: tie("value"), weight: 9 }, { arbitrary: fc.constant(undefined), weight: 1 }),
    {
      maxLength: 5,
    },
  ),
}));

const resource: fc.Arbitrary<Resource> = fc.record({
  resource: optional(struct),
  connectionDetails: dictionary(bytes),
  ready: enumOf([0, 1, 2]),
});
const state: fc.Arbitrary<State> = fc.record({
  composite: optional(resource),
  resources: dictionary(resource),
});
const resources = fc.record({ items: fc.array(resource, { maxLength: 3 }) });
const credentials: fc.Arbitrary<Credentials> = fc.record({
  credentialData: optional(fc.record({ data: dictionary(bytes) })),
});

const request: fc.Arbitrary<RunFunctionRequest> = fc.record({
  meta: optional(
    fc.record({ tag: text, capabilities: fc.array(enumOf([0, 1, 2, 3, 4, 5]), { maxLength: 6 }) }),
  ),
  observed: optional(state),
  desired: optional(state),
  input: optional(struct),
  context: optional(struct),
  extraResources: dictionary(resources, 2),
  credentials: dictionary(credentials, 2),
  requiredResources: dictionary(resources, 2),
  requiredSchemas: dictionary(fc.record({ openapiV3: optional(struct) }), 2),
});

const targets = [0, 1, 2];
const result: fc.Arbitrary<Result> = fc.record({
  severity: enumOf([0, 1, 2, 3]),
  message: text,
  reason: optional(text),
  target: optional(enumOf(targets)),
});
const condition: fc.Arbitrary<Condition> = fc.record({
  type: text,
  status: enumOf([0, 1, 2, 3]),
  reason: text,
  message: optional(text),
  target: optional(enumOf(targets)),
});
/** `match` is a oneof: a name, labels, or neither. */
const selector: fc.Arbitrary<ResourceSelector> = fc
  .record({
    apiVersion: text,
    kind: text,
    match: fc.oneof(
      fc.constant({ matchName: undefined, matchLabels: undefined }),
      text.map((name) => ({ matchName: name, matchLabels: undefined })),
      dictionary(text).map((labels) => ({ matchName: undefined, matchLabels: { labels } })),
    ),
    namespace: optional(text),
  })
  .map(({ match, ...rest }) => ({ ...rest, ...match }));

const response: fc.Arbitrary<RunFunctionResponse> = fc.record({
  meta: optional(
    fc.record({
      tag: text,
      ttl: optional(
        fc.record({ seconds: fc.maxSafeInteger(), nanos: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) }),
      ),
    }),
  ),
  desired: optional(state),
  results: fc.array(result, { maxLength: 3 }),
  context: optional(struct),
  requirements: optional(
    fc.record({
      extraResources: dictionary(selector, 2),
      resources: dictionary(selector),
      schemas: dictionary(fc.record({ apiVersion: text, kind: text }), 2),
    }),
  ),
  conditions: fc.array(condition, { maxLength: 3 }),
  output: optional(struct),
});

const sdkEncodeRequest = (m: RunFunctionRequest) => SdkRequest.encode(m).finish();
const sdkEncodeResponse = (m: RunFunctionResponse) => SdkResponse.encode(m).finish();
const RUNS = { numRuns: 600 };

// ---------------------------------------------------------------------------------------

describe("RunFunctionRequest codec against the SDK's", () => {
  it("the SDK decodes our encoding as it decodes its own", () => {
    fc.assert(
      fc.property(request, (m) => {
        expect(SdkRequest.decode(encodeRunFunctionRequest(m))).toStrictEqual(
          SdkRequest.decode(sdkEncodeRequest(m)),
        );
      }),
      RUNS,
    );
  });

  it("we decode the SDK's encoding as the SDK does", () => {
    fc.assert(
      fc.property(request, (m) => {
        const wire = sdkEncodeRequest(m);
        expect(decodeRunFunctionRequest(wire)).toStrictEqual(SdkRequest.decode(wire));
      }),
      RUNS,
    );
  });

  it("our own round trip gives what the SDK's gives", () => {
    fc.assert(
      fc.property(request, (m) => {
        expect(decodeRunFunctionRequest(encodeRunFunctionRequest(m))).toStrictEqual(
          SdkRequest.decode(sdkEncodeRequest(m)),
        );
      }),
      RUNS,
    );
  });
});

describe("RunFunctionResponse codec against the SDK's", () => {
  it("the SDK decodes our encoding as it decodes its own", () => {
    fc.assert(
      fc.property(response, (m) => {
        expect(SdkResponse.decode(encodeRunFunctionResponse(m))).toStrictEqual(
          SdkResponse.decode(sdkEncodeResponse(m)),
        );
      }),
      RUNS,
    );
  });

  it("we decode the SDK's encoding as the SDK does", () => {
    fc.assert(
      fc.property(response, (m) => {
        const wire = sdkEncodeResponse(m);
        expect(decodeRunFunctionResponse(wire)).toStrictEqual(SdkResponse.decode(wire));
      }),
      RUNS,
    );
  });

  it("our own round trip gives what the SDK's gives", () => {
    fc.assert(
      fc.property(response, (m) => {
        expect(decodeRunFunctionResponse(encodeRunFunctionResponse(m))).toStrictEqual(
          SdkResponse.decode(sdkEncodeResponse(m)),
        );
      }),
      RUNS,
    );
  });

  it("writes the same bytes as the SDK (same field order, defaults left out alike)", () => {
    fc.assert(
      fc.property(response, (m) => {
        expect(Buffer.from(encodeRunFunctionResponse(m)).equals(Buffer.from(sdkEncodeResponse(m)))).toBe(
          true,
        );
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------
// Known bytes, worked out by hand from the wire format, so that a mistake shared with
// the SDK's codec (or a field number swapped on both sides) would still show.

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ""), "hex");

const knownRequest: RunFunctionRequest = {
  meta: { tag: "t", capabilities: [1, 2] },
  observed: undefined,
  desired: {
    composite: { resource: undefined, connectionDetails: { k: Buffer.from("v") }, ready: 1 },
    resources: {},
  },
  input: { k: [true, null, 1.5] },
  context: undefined,
  extraResources: {},
  credentials: {},
  requiredResources: {},
  requiredSchemas: {},
};
const knownRequestBytes = hex(`
  0a 07  0a 01 74  12 02 01 02
  1a 0c  0a 0a  12 06 0a 01 6b 12 01 76  18 01
  22 1c  0a 1a  0a 01 6b  12 15  32 13  0a 02 20 01  0a 02 08 00  0a 09 11 000000000000f83f
`);

const knownResponse: RunFunctionResponse = {
  meta: { tag: "t", ttl: { seconds: 60, nanos: 0 } },
  desired: undefined,
  results: [{ severity: 1, message: "m", reason: undefined, target: 2 }],
  context: undefined,
  requirements: {
    extraResources: {},
    resources: {
      s: { apiVersion: "v1", kind: "K", matchName: "n", matchLabels: undefined, namespace: "" },
    },
    schemas: {},
  },
  conditions: [{ type: "T", status: 2, reason: "R", message: undefined, target: undefined }],
  output: undefined,
};
const knownResponseBytes = hex(`
  0a 07  0a 01 74  12 02 08 3c
  1a 07  08 01  12 01 6d  20 02
  2a 13  12 11  0a 01 73  12 0c  0a 02 76 31  12 01 4b  1a 01 6e  2a 00
  32 08  0a 01 54  10 02  1a 01 52
`);

describe("known bytes", () => {
  it("encodes a small request to the bytes the wire format gives", () => {
    expect(Buffer.from(encodeRunFunctionRequest(knownRequest)).toString("hex")).toBe(
      knownRequestBytes.toString("hex"),
    );
  });

  it("decodes those bytes back, as the SDK does", () => {
    expect(decodeRunFunctionRequest(knownRequestBytes)).toStrictEqual(knownRequest);
    expect(SdkRequest.decode(knownRequestBytes)).toStrictEqual(knownRequest);
  });

  it("encodes a small response to the bytes the wire format gives", () => {
    expect(Buffer.from(encodeRunFunctionResponse(knownResponse)).toString("hex")).toBe(
      knownResponseBytes.toString("hex"),
    );
  });

  it("decodes those bytes back, as the SDK does", () => {
    expect(decodeRunFunctionResponse(knownResponseBytes)).toStrictEqual(knownResponse);
    expect(SdkResponse.decode(knownResponseBytes)).toStrictEqual(knownResponse);
  });

  it("decodes an empty message to every field at its default, as the SDK does", () => {
    const empty = new Uint8Array(0);
    expect(decodeRunFunctionRequest(empty)).toStrictEqual(SdkRequest.decode(empty));
    expect(decodeRunFunctionResponse(empty)).toStrictEqual(SdkResponse.decode(empty));
  });
});

// ---------------------------------------------------------------------------------------

describe("entries and values that lack a part, as the SDK decodes them", () => {
  // Neither encoder writes these (both leave undefined out), so only hand-made bytes show them.
  const requests = [
    {
      reason:
        "a Struct field whose Value has no kind, or no Value, is left out; a list item without a kind is undefined",
      // input: {a: Value{}, b: (no value), c: [Value{}]}
      wire: hex("22 17  0a 05 0a 01 61 12 00  0a 03 0a 01 62  0a 09 0a 01 63 12 04 32 02 0a 00"),
      want: { input: { c: [undefined] } },
    },
    {
      reason: "a resources entry without its Resource is dropped",
      wire: hex("1a 05  12 03 0a 01 6b"),
      want: { desired: { composite: undefined, resources: {} } },
    },
    {
      reason: "a connection detail without its bytes is empty",
      wire: hex("1a 07  0a 05 12 03 0a 01 6b"),
      want: {
        desired: {
          composite: { resource: undefined, connectionDetails: { k: Buffer.alloc(0) }, ready: 0 },
          resources: {},
        },
      },
    },
  ];
  it.each(requests)("request: $reason", ({ wire, want }) => {
    const decoded = decodeRunFunctionRequest(wire);
    expect(decoded).toStrictEqual({ ...emptyRequest(), ...want });
    expect(decoded).toStrictEqual(SdkRequest.decode(wire));
  });

  const responses = [
    {
      reason: "a requirements entry without its selector is dropped",
      wire: hex("2a 05  12 03 0a 01 73"),
      want: { requirements: { extraResources: {}, resources: {}, schemas: {} } },
    },
    {
      reason: "a label without its value is empty",
      // requirements.resources.s = {matchLabels: {labels: {l: ""}}}
      wire: hex("2a 0e  12 0c 0a 01 73 12 07 22 05 0a 03 0a 01 6c"),
      want: {
        requirements: {
          extraResources: {},
          resources: {
            s: {
              apiVersion: "",
              kind: "",
              matchName: undefined,
              matchLabels: { labels: { l: "" } },
              namespace: undefined,
            },
          },
          schemas: {},
        },
      },
    },
  ];
  it.each(responses)("response: $reason", ({ wire, want }) => {
    const decoded = decodeRunFunctionResponse(wire);
    expect(decoded).toStrictEqual({ ...decodeRunFunctionResponse(new Uint8Array(0)), ...want });
    expect(decoded).toStrictEqual(SdkResponse.decode(wire));
  });
});

describe("fields it does not know", () => {
  // Appended to the request and inside its meta: varint 99, fixed64 100, length-delimited 101,
  // a group 102 holding a varint, fixed32 103; then field 2 of meta (capabilities, a varint
  // or length-delimited field) sent as fixed32, a wire type it cannot be.
  const unknown = "9806 01  a106 0102030405060708  aa06 03 616263  b306 0805 b406  bd06 01020304";
  const cases = [
    { reason: "after the known fields", wire: hex(`0a 03 0a 01 74 ${unknown}`) },
    { reason: "inside a nested message", wire: hex(`0a 22 0a 01 74 ${unknown}`) },
    { reason: "a known field number with the wrong wire type", wire: hex("0a 08 0a 01 74 15 01020304") },
  ];
  it.each(cases)("skips them: $reason", ({ wire }) => {
    expect(decodeRunFunctionRequest(wire).meta).toStrictEqual({ tag: "t", capabilities: [] });
    expect(SdkRequest.decode(wire).meta).toStrictEqual({ tag: "t", capabilities: [] });
  });

  it("accepts capabilities unpacked too, as proto3 parsers must", () => {
    expect(decodeRunFunctionRequest(hex("0a 04 10 01 10 05")).meta?.capabilities).toEqual([1, 5]);
  });
});

describe("malformed input", () => {
  /** Builds a Value holding `levels` ListValues inside each other, inside a Struct field of the request's input. */
  function nestedLists(levels: number): Uint8Array {
    let value = hex("20 01"); // bool_value true
    for (let i = 0; i < levels; i++) {
      const list = Buffer.concat([hex("0a"), varint(value.length), value]);
      value = Buffer.concat([hex("32"), varint(list.length), list]);
    }
    const entry = Buffer.concat([hex("0a 01 6b 12"), varint(value.length), value]);
    const input = Buffer.concat([hex("0a"), varint(entry.length), entry]);
    return Buffer.concat([hex("22"), varint(input.length), input]);
  }

  const cases = [
    {
      reason: "a length past the end (meta claims 5 bytes, has 1)",
      wire: hex("0a 05 01"),
      error: /runs past the end/,
    },
    {
      reason: "a nested field longer than its message (meta is 2 bytes, its tag claims 3)",
      wire: hex("0a 02 0a 03 61 62 63"),
      error: /past the end of its message/,
    },
    { reason: "field number 0", wire: hex("00 01"), error: /field number 0/ },
    { reason: "an end-group without its start", wire: hex("0c"), error: /end-group/ },
    { reason: "wire type 6", wire: hex("0e"), error: /wire type 6/ },
    { reason: "a varint without its last byte", wire: hex("08 80"), error: /premature EOF/ },
    { reason: "a varint of eleven bytes", wire: hex("ffffffffffffffffffff 01"), error: /invalid varint/ },
    { reason: "a double cut short", wire: hex("22 09 0a 07 12 05 11 0000 0000"), error: /./ },
    { reason: "a tag that is no UTF-8", wire: hex("0a 03 0a 01 ff"), error: /utf-8/i },
    {
      reason: `Struct values nested more than ${MAX_STRUCT_DEPTH} levels`,
      wire: nestedLists(MAX_STRUCT_DEPTH + 1),
      error: /deeper than/,
    },
  ];
  it.each(cases)("throws a clear error for $reason", ({ wire, error }) => {
    expect(() => decodeRunFunctionRequest(wire)).toThrow(
      /^malformed RunFunctionRequest \(\d+ bytes\): .*, at byte \d+$/,
    );
    expect(() => decodeRunFunctionRequest(wire)).toThrow(error);
  });

  it(`decodes Struct values nested ${MAX_STRUCT_DEPTH - 1} levels deep`, () => {
    expect(() => decodeRunFunctionRequest(nestedLists(MAX_STRUCT_DEPTH - 1))).not.toThrow();
  });

  it("throws for a Duration beyond a safe integer, as the SDK does", () => {
    const wire = hex("0a 0c 12 0a 08 ffffffffffffffff7f"); // ttl.seconds = 2^63 - 1
    expect(() => decodeRunFunctionResponse(wire)).toThrow(/^malformed RunFunctionResponse .*safe integer/);
    expect(() => SdkResponse.decode(wire)).toThrow();
  });

  it("random bytes and damaged encodings either decode or throw our error, nothing else", () => {
    const damaged = fc
      .tuple(request, fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean())
      .map(([m, at, byte, truncate]) => {
        const wire = Buffer.from(sdkEncodeRequest(m));
        if (wire.length === 0) return wire;
        if (truncate) return wire.subarray(0, at % wire.length);
        wire[at % wire.length] = byte;
        return wire;
      });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), damaged), (wire) => {
        for (const decode of [decodeRunFunctionRequest, decodeRunFunctionResponse]) {
          try {
            decode(wire);
          } catch (error) {
            expect((error as Error).message).toMatch(/^malformed RunFunction(Request|Response) /);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}

describe("values", () => {
  it("makes a __proto__ key an own field, leaving the prototype alone", () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const decoded = decodeRunFunctionRequest(encodeRunFunctionRequest({ ...emptyRequest(), input })).input!;
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(Object.keys(decoded)).toEqual(["__proto__", "a"]);
    expect(Object.getOwnPropertyDescriptor(decoded, "__proto__")?.value).toEqual({ polluted: true });
  });

  it("decodes every key right while its key cache fills and evicts (keys that share a slot, keys a byte apart)", () => {
    // Keys one byte apart (at the start, middle or end), 128 of each: among so many, some
    // land in the same cache slot, so a cache comparing less than every byte would mix them up.
    const oneByteApart = ["abcdefg", "metadata", "spec.xy", "kind", "apiVersion"].flatMap((base) =>
      [0, base.length >> 1, base.length - 1].flatMap((at) =>
        Array.from(
          { length: 128 },
          (_, code) => base.slice(0, at) + String.fromCharCode(code) + base.slice(at + 1),
        ),
      ),
    );
    const keys = [
      ...new Set([
        ...Array.from({ length: 10_000 }, (_, i) => `k${i}`),
        ...oneByteApart,
        "a\u00e9",
        "",
        "x".repeat(32),
        "x".repeat(33),
      ]),
    ];
    const input = Object.fromEntries(keys.map((k, i) => [k, i]));
    const wire = encodeRunFunctionRequest({ ...emptyRequest(), input });
    for (let pass = 0; pass < 2; pass++) expect(decodeRunFunctionRequest(wire).input).toStrictEqual(input);
  });

  it("decodes bytes into Buffers of their own, not views of the request", () => {
    const wire = Buffer.from(
      encodeRunFunctionRequest({
        ...emptyRequest(),
        desired: {
          composite: { resource: {}, connectionDetails: { k: Buffer.from("secret") }, ready: 0 },
          resources: {},
        },
      }),
    );
    const details = decodeRunFunctionRequest(wire).desired!.composite!.connectionDetails;
    wire.fill(0);
    expect(Buffer.isBuffer(details.k)).toBe(true);
    expect(details.k!.toString()).toBe("secret");
  });

  it("writes a lone surrogate as U+FFFD, as the SDK does", () => {
    const m = { ...emptyRequest(), input: { s: "a\ud800b" } };
    expect(decodeRunFunctionRequest(encodeRunFunctionRequest(m)).input).toEqual({ s: "a\ufffdb" });
    expect(Buffer.from(encodeRunFunctionRequest(m)).equals(Buffer.from(sdkEncodeRequest(m)))).toBe(true);
  });

  const unencodable = [
    { reason: "a bigint", input: { n: 1n } },
    { reason: "a function", input: { f: () => 1 } },
    { reason: "a symbol", input: { s: Symbol("s") } },
  ];
  it.each(unencodable)("refuses to encode $reason in a Struct", ({ input }) => {
    expect(() => encodeRunFunctionRequest({ ...emptyRequest(), input })).toThrow(
      /has no google.protobuf.Value/,
    );
  });

  it("refuses a cyclic value instead of overflowing the stack, and encodes the next message as usual", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => encodeRunFunctionRequest({ ...emptyRequest(), input: cyclic })).toThrow(/deeper than/);
    expect(decodeRunFunctionRequest(encodeRunFunctionRequest(knownRequest))).toStrictEqual(knownRequest);
  });

  it("encodes a message over a megabyte, then a small one, each whole", () => {
    const big = { ...emptyRequest(), input: { blob: "x".repeat(2 * 1024 * 1024) } };
    expect(decodeRunFunctionRequest(encodeRunFunctionRequest(big))).toStrictEqual(
      SdkRequest.decode(sdkEncodeRequest(big)),
    );
    expect(Buffer.from(encodeRunFunctionRequest(knownRequest)).equals(knownRequestBytes)).toBe(true);
  });
});

function emptyRequest(): RunFunctionRequest {
  return decodeRunFunctionRequest(new Uint8Array(0));
}

describe("functionRunnerService", () => {
  it("is the SDK's method (path, streaming) with our codec, its Buffers sharing the encoded bytes", () => {
    const { requestSerialize, requestDeserialize, responseSerialize, responseDeserialize, ...rest } =
      functionRunnerService.runFunction;
    const {
      requestSerialize: _a,
      requestDeserialize: _b,
      responseSerialize: _c,
      responseDeserialize: _d,
      ...sdk
    } = FunctionRunnerServiceService.runFunction;
    expect(rest).toEqual(sdk);
    expect(requestSerialize(knownRequest).equals(knownRequestBytes)).toBe(true);
    expect(responseSerialize(knownResponse).equals(knownResponseBytes)).toBe(true);
    expect(requestDeserialize(knownRequestBytes)).toStrictEqual(knownRequest);
    expect(responseDeserialize(knownResponseBytes)).toStrictEqual(knownResponse);
  });
});
