import { Severity, type RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";
import fc from "fast-check";
import { spawn, type ChildProcess } from "node:child_process";
import * as http2 from "node:http2";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import {
  anyCase,
  badInputCase,
  badXrCase,
  copyOf,
  PATH,
  validCase,
  type Case,
} from "../../functions/cozystack/fuzz.test-support.ts";
import type { FunctionLogger } from "../../functions/cozystack/handler.ts";
import { runFunction } from "../../functions/cozystack/run.ts";
import { connectFunction, type FunctionClient } from "../../functions/cozystack/server/client.ts";
import {
  decodeRunFunctionResponse,
  encodeRunFunctionRequest,
  encodeRunFunctionResponse,
} from "../../functions/cozystack/server/codec.ts";
import { frame, rawCall } from "./grpc-raw.ts";
import { applyEdits, edits, type Edit } from "./mutate.ts";
import { describe, hang, type AsyncPath, type SyncPath } from "./property.ts";
import { errorKind, type Tally } from "./report.ts";

/**
 * Path 4: RunFunctionRequests through the Crossplane function, with the generators of
 * functions/cozystack/fuzz.test-support.ts. In process, `runFunction` must never throw
 * and must refuse every invalid request with one FATAL result that starts with a field
 * path. Over the wire, the function's real server (its main.ts, plain-text gRPC on
 * loopback) gets the same requests through its client, and damaged bytes, cut frames and
 * unknown methods through raw HTTP/2; every call must end with a gRPC status.
 */
export const FUNCTION_ENTRY = join(import.meta.dirname, "..", "..", "functions", "cozystack", "main.ts");
const RUN_FUNCTION = "/apiextensions.fn.proto.v1.FunctionRunnerService/RunFunction";
const NOW = () => new Date("2026-12-01T10:00:00Z");
const quiet: FunctionLogger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** The mix of functions/cozystack/fuzz.test.ts: valid, broken input, broken XR, anything. */
const requests: fc.Arbitrary<Case> = fc.oneof(
  { weight: 25, arbitrary: validCase },
  { weight: 25, arbitrary: badInputCase },
  { weight: 25, arbitrary: badXrCase },
  { weight: 30, arbitrary: anyCase },
);

/** What the function must have answered; `sameDesired` only in process, where nothing was re-encoded. */
function responseProblem(
  { req, invalid }: Case,
  rsp: RunFunctionResponse,
  tally: Tally,
  sameDesired: boolean,
): string | undefined {
  if (rsp.meta?.tag !== req.meta?.tag)
    return `the response's tag ${JSON.stringify(rsp.meta?.tag)} is not the request's`;
  if (!rsp.desired) return "the response has no desired state";
  const fatal = rsp.results.filter((r) => r.severity === Severity.SEVERITY_FATAL);
  if (invalid === true && fatal.length !== 1) return `an invalid request got ${fatal.length} FATAL results`;
  if (invalid === false && fatal.length > 0) return `a valid request was refused: ${fatal[0]!.message}`;
  if (fatal.length === 0) {
    if (!rsp.desired.resources.platform?.resource) return "a composed response without the platform object";
    tally.refused(invalid === false ? "composed (valid)" : "composed");
    return undefined;
  }
  if (rsp.results.length !== 1) return `a FATAL among ${rsp.results.length} results`;
  const message = fatal[0]!.message;
  if (!PATH.test(message)) return `a FATAL that does not start with a field path: ${message}`;
  if (
    sameDesired &&
    !isDeepStrictEqual(
      JSON.parse(JSON.stringify(rsp.desired)),
      JSON.parse(JSON.stringify(copyOf(req.desired))),
    )
  )
    return "a FATAL response changed the desired state";
  tally.refused(`FATAL ${fatal[0]!.reason ?? "(no reason)"}, starting with a field path`);
  return undefined;
}

/** In process: `runFunction` itself, as functions/cozystack/fuzz.test.ts runs it. */
export const functionPath: SyncPath<Case> = {
  name: "function",
  arbitrary: requests,
  check(c, tally) {
    let rsp: RunFunctionResponse;
    try {
      rsp = runFunction(c.req, quiet, NOW) as RunFunctionResponse;
      encodeRunFunctionResponse(rsp);
    } catch (error) {
      const { name, message } = describe(error);
      return `runFunction threw ${name}: ${message}`;
    }
    return responseProblem(c, rsp, tally, true);
  },
};

// ---- over the wire --------------------------------------------------------------------------

type WireCase =
  | { k: "request"; c: Case }
  | { k: "damaged"; c: Case; edits: Edit[] }
  | { k: "bad frame"; c: Case; compressed: number; lengthDelta: number; keep: number }
  | { k: "unknown method"; c: Case; path: string };

const wireCases: fc.Arbitrary<WireCase> = fc.oneof(
  { weight: 6, arbitrary: requests.map((c) => ({ k: "request" as const, c })) },
  {
    weight: 3,
    arbitrary: fc.record({ c: requests, edits }).map(({ c, edits }) => ({ k: "damaged" as const, c, edits })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant("bad frame" as const),
      c: requests,
      compressed: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 255 })),
      lengthDelta: fc.oneof(fc.constant(0), fc.integer({ min: -8, max: 8 }), fc.constant(64 * 1024 * 1024)),
      keep: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant("unknown method" as const),
      c: requests,
      path: fc.constantFrom(
        "/apiextensions.fn.proto.v1.FunctionRunnerService/Nope",
        "/apiextensions.fn.proto.v1beta1.FunctionRunnerService/RunFunction",
        "/x/y",
        "/",
      ),
    }),
  },
);

interface WireContext {
  child: ChildProcess;
  stderr: () => string;
  client: FunctionClient;
  session: http2.ClientHttp2Session;
  timeoutMs: number;
}

export function functionWirePath(timeoutMs: number): AsyncPath<WireCase, WireContext> {
  return {
    name: "function",
    arbitrary: wireCases,
    async start() {
      const { child, stderr, address } = await startFunction();
      const client = connectFunction(address);
      const session = http2.connect(`http://${address}`, { maxSessionMemory: 1024 });
      session.on("error", () => {});
      return { child, stderr, client, session, timeoutMs };
    },
    async check(ctx, w, tally) {
      if (w.k === "request") {
        const answered = await withTimeout(ctx.client.runFunction(w.c.req), ctx.timeoutMs);
        if (answered === "timeout") return hang(`no answer to RunFunction within ${ctx.timeoutMs} ms`);
        if (!answered.ok) return `RunFunction failed: ${answered.error}`;
        return responseProblem(sent(w.c), answered.value, tally, false);
      }
      const { path, body, mustRefuse } = wireRequest(w);
      const reply = await rawCall(ctx.session, path, body, ctx.timeoutMs);
      if (reply.hung) return hang(`no answer to ${path} within ${ctx.timeoutMs} ms`);
      if (reply.grpcStatus === undefined)
        return `${path}: no gRPC status (HTTP ${reply.httpStatus}${reply.streamError ? `, ${reply.streamError}` : ""})`;
      if (reply.grpcStatus !== 0) {
        if (reply.grpcMessage.trim() === "") return `${path}: status ${reply.grpcStatus} without a message`;
        if (
          reply.grpcStatus === 13 &&
          !/^Error deserializing request: malformed RunFunctionRequest .* at byte \d+$/.test(
            reply.grpcMessage,
          )
        )
          return `${path}: INTERNAL that does not say what was wrong: ${reply.grpcMessage}`;
        tally.refused(
          errorKind(`status ${reply.grpcStatus}`, reply.grpcMessage.replace(/\(\d+ bytes\)/, "")),
        );
        return undefined;
      }
      if (mustRefuse) return `${path}: a ${w.k} request was answered OK`;
      let rsp: RunFunctionResponse;
      try {
        rsp = decodeRunFunctionResponse(reply.body.subarray(5));
      } catch (error) {
        return `the response does not decode: ${(error as Error).message}`;
      }
      const fatal = rsp.results.filter((r) => r.severity === Severity.SEVERITY_FATAL);
      if (fatal.some((r) => r.reason === "InternalError"))
        return `the function failed internally: ${fatal[0]!.message}`;
      if (fatal.some((r) => !PATH.test(r.message)))
        return `a FATAL that does not start with a field path: ${fatal[0]!.message}`;
      tally.refused(
        fatal.length > 0 ? "damaged, decoded, refused with a path" : "damaged, decoded, composed",
      );
      return undefined;
    },
    async probe(ctx) {
      if (ctx.child.exitCode !== null || ctx.child.signalCode !== null)
        return `the function exited; stderr ends: ${ctx.stderr().slice(-500)}`;
      const health = await withTimeout(ctx.client.check(""), ctx.timeoutMs * 3);
      if (health === "timeout" || !health.ok || health.value.status !== 1)
        return "the health check did not answer SERVING";
      if (ctx.stderr().includes("unhandled promise rejection"))
        return "the function logged an unhandled promise rejection";
      return undefined;
    },
    notes: () => [],
    verdict: async () => undefined,
    async stop(ctx) {
      ctx.client.close();
      ctx.session.close();
      ctx.child.kill("SIGTERM");
      await new Promise((resolve) => ctx.child.once("exit", resolve));
    },
  };
}

/**
 * The case as the server sees it. A generated request may hold what a Struct cannot
 * carry, such as a key whose value is undefined (a breakage that removes a field by
 * spreading `undefined` over it): on the wire the key is simply absent, and whether the
 * request is still invalid is no longer known, so either answer is accepted, by the same rules.
 */
function sent(c: Case): Case {
  return hasUndefined(c.req) ? { req: c.req, invalid: undefined } : c;
}

function hasUndefined(req: Case["req"]): boolean {
  const structs: unknown[] = [
    req.input,
    req.context,
    req.observed?.composite?.resource,
    req.desired?.composite?.resource,
    ...Object.values(req.observed?.resources ?? {}).map((r) => r.resource),
    ...Object.values(req.desired?.resources ?? {}).map((r) => r.resource),
    ...Object.values(req.requiredResources ?? {}).flatMap((r) => r.items.map((i) => i.resource)),
  ];
  // A google.protobuf.Struct holds what JSON holds; anything a JSON round trip changes does not survive the wire.
  return structs.some((v) => v !== undefined && !isDeepStrictEqual(JSON.parse(JSON.stringify(v)), v));
}

function wireRequest(w: Exclude<WireCase, { k: "request" }>): {
  path: string;
  body: Buffer;
  mustRefuse: boolean;
} {
  const message = encodeRunFunctionRequest(w.c.req);
  switch (w.k) {
    case "damaged":
      return { path: RUN_FUNCTION, body: frame(applyEdits(message, w.edits)), mustRefuse: false };
    case "unknown method":
      return { path: w.path, body: frame(message), mustRefuse: true };
    case "bad frame": {
      const length = Math.max(0, message.length + w.lengthDelta);
      const whole = frame(message, { compressed: w.compressed, length });
      const keep = w.keep % (whole.length + 1);
      const body = w.keep % 3 === 0 ? whole.subarray(0, keep) : whole;
      // grpc-js frames the request itself, and leniently: it reads a message whose compressed
      // flag is set without a grpc-encoding as it is, and a unary call's bytes after its first
      // message are never looked at. Only a frame cut short must be refused here (the
      // provider's own router refuses all three).
      const cut = body.length < 5 || body.length - 5 < length;
      return { path: RUN_FUNCTION, body, mustRefuse: cut };
    }
  }
}

async function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
): Promise<"timeout" | { ok: true; value: T } | { ok: false; error: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
  try {
    return await Promise.race([
      promise.then(
        (value) => ({ ok: true as const, value }),
        (error: Error) => ({ ok: false as const, error: error.message }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The function's own main.ts, plain text on a free loopback port; resolves with the address its "serving" line names. */
function startFunction(): Promise<{ child: ChildProcess; stderr: () => string; address: string }> {
  const child = spawn(process.execPath, [FUNCTION_ENTRY, "--insecure", "--address", "127.0.0.1:0"], {
    // grpc-js answers a request that does not decode with "Error deserializing request" and
    // no more, unless told to pass the decoder's message on; the codec's messages name the
    // byte and never quote data, so the fuzz asks for them and checks they say what was wrong.
    env: { PATH: process.env.PATH, GRPC_NODE_DEBUG_SEND_ERROR_DETAILS: "true" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the function did not start within 30 s: ${err}`)),
      30_000,
    );
    child.stderr!.on("data", () => {
      const serving = err
        .split("\n")
        .filter((line) => line.startsWith("{") && line.endsWith("}"))
        .map((line) => JSON.parse(line) as { msg?: string; address?: string })
        .find((line) => line.msg === "serving");
      if (!serving?.address) return;
      clearTimeout(timer);
      resolve({ child, stderr: () => err, address: serving.address });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the function exited ${code} before serving: ${err}`));
    });
  });
}
