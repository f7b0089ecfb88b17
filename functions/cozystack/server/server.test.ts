import {
  FunctionRunnerServiceService,
  Severity,
  type RunFunctionRequest,
} from "@crossplane-org/function-sdk-typescript";
import { credentials, makeGenericClientConstructor, status, type ServiceError } from "@grpc/grpc-js";
import { afterEach, describe, expect, it } from "vitest";
import type { FunctionLogger, RunFunction } from "../handler.ts";
import { connectFunction, type FunctionClient } from "./client.ts";
import { ServingStatus, type HealthCheckResponse } from "./health.ts";
import { FUNCTION_SERVICE_NAME, startServer, withPort, type RunningServer } from "./server.ts";

const quiet: FunctionLogger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

function request(tag: string, input: Record<string, unknown> = {}): RunFunctionRequest {
  return {
    meta: { tag, capabilities: [] },
    observed: undefined,
    desired: { composite: undefined, resources: {} },
    input,
    context: undefined,
    extraResources: {},
    credentials: {},
    requiredResources: {},
    requiredSchemas: {},
  };
}

/** Answers with the request's tag and one NORMAL result naming it: enough to see a round trip. */
const echo: RunFunction = (req) => ({
  meta: { tag: req.meta?.tag ?? "", ttl: { seconds: 60, nanos: 0 } },
  desired: req.desired,
  results: [{ severity: Severity.SEVERITY_NORMAL, message: `echo ${req.meta?.tag}` }],
  requirements: undefined,
  conditions: [],
});

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(runFunction: RunFunction, address = "127.0.0.1:0"): Promise<RunningServer> {
  const started = await startServer({
    flags: { address, insecure: true, tlsServerCertsDir: "/nonexistent" },
    runFunction,
    log: quiet,
  });
  if (!started.ok) throw new Error(started.error);
  cleanups.push(() => started.server.stop(0));
  return started.server;
}

function connect(server: RunningServer): FunctionClient {
  const client = connectFunction(server.address);
  cleanups.push(() => client.close());
  return client;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: ServiceError) => error.code,
  );

describe("startServer (plain text, in process)", () => {
  it("answers RunFunction with the handler's response", async () => {
    const client = connect(await start(echo));
    const response = await client.runFunction(request("t-1"));
    expect(response.meta?.tag).toBe("t-1");
    expect(response.results).toEqual([{ severity: Severity.SEVERITY_NORMAL, message: "echo t-1" }]);
  });

  it("answers a handler that throws with a FATAL result and keeps serving", async () => {
    let calls = 0;
    const client = connect(
      await start((req) => {
        calls += 1;
        if (calls === 1) throw new Error("boom");
        return echo(req, quiet);
      }),
    );
    const failed = await client.runFunction(request("t-fail"));
    expect(failed.results.map((r) => r.severity)).toEqual([Severity.SEVERITY_FATAL]);
    expect((await client.runFunction(request("t-next"))).meta?.tag).toBe("t-next");
  });

  it("answers bytes that are no RunFunctionRequest with INTERNAL, never reaching the handler, and keeps serving", async () => {
    let calls = 0;
    const server = await start((req, log) => {
      calls += 1;
      return echo(req, log);
    });
    const Raw = makeGenericClientConstructor(
      {
        runFunction: {
          path: FunctionRunnerServiceService.runFunction.path,
          requestStream: false,
          responseStream: false,
          requestSerialize: (b: Buffer) => b,
          requestDeserialize: (b: Buffer) => b,
          responseSerialize: (b: Buffer) => b,
          responseDeserialize: (b: Buffer) => b,
        },
      },
      "Raw",
    );
    const raw = new Raw(server.address, credentials.createInsecure());
    cleanups.push(() => raw.close());
    // Field 1 (meta) claims 5 bytes and brings 1.
    const truncated = Buffer.from([0x0a, 0x05, 0x01]);
    const sent = new Promise<unknown>((resolve, reject) =>
      raw.runFunction!(truncated, (error: ServiceError | null) =>
        error ? reject(error) : resolve(undefined),
      ),
    );
    expect(await codeOf(sent)).toBe(status.INTERNAL);
    expect(calls).toBe(0);
    expect((await connect(server).runFunction(request("after"))).meta?.tag).toBe("after");
  });

  const sizes = [
    {
      reason: "above grpc's 4 MiB default, below our 16 MiB limit: accepted",
      bytes: 6 * 1024 * 1024,
      want: "resolved",
    },
    {
      reason: "above 16 MiB: refused, not crashed",
      bytes: 17 * 1024 * 1024,
      want: status.RESOURCE_EXHAUSTED,
    },
  ];
  it.each(sizes)("a request $reason", async ({ bytes, want }) => {
    const client = connect(await start(echo));
    expect(await codeOf(client.runFunction(request("big", { blob: "x".repeat(bytes) })))).toBe(want);
  });

  it("refuses to start on an address that is taken, naming it", async () => {
    const first = await start(echo);
    const second = await startServer({
      flags: { address: first.address, insecure: true, tlsServerCertsDir: "" },
      runFunction: echo,
      log: quiet,
    });
    expect(second).toEqual({
      ok: false,
      error: expect.stringContaining(`cannot listen on ${first.address}`),
    });
  });

  it("lets a call in flight finish on stop, and takes no new calls", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    // The handler type is synchronous; the server awaits whatever it returns, so a promise holds the call open.
    const slow = ((req: RunFunctionRequest) => {
      entered();
      return held.then(() => echo(req, quiet));
    }) as unknown as RunFunction;
    const server = await start(slow);
    const client = connect(server);
    const inFlight = client.runFunction(request("in-flight"));
    await inHandler;
    const stopped = server.stop(60_000);
    release();
    expect((await inFlight).meta?.tag).toBe("in-flight");
    expect(await stopped).toBe("drained");
    expect(await codeOf(client.runFunction(request("late")))).toBe(status.UNAVAILABLE);
  });
});

describe("health", () => {
  const checks = [
    { reason: "the server as a whole", service: "", want: ServingStatus.SERVING },
    { reason: "the function service", service: FUNCTION_SERVICE_NAME, want: ServingStatus.SERVING },
  ];
  it.each(checks)("Check answers SERVING for $reason", async ({ service, want }) => {
    const client = connect(await start(echo));
    expect(await client.check(service)).toEqual({ status: want });
  });

  it("Check answers NOT_FOUND for a service it does not serve", async () => {
    const client = connect(await start(echo));
    expect(await codeOf(client.check("no.such.Service"))).toBe(status.NOT_FOUND);
  });

  it("Watch sends SERVING, then NOT_SERVING when the server stops, then ends", async () => {
    const server = await start(echo);
    const client = connect(server);
    const seen: number[] = [];
    const stream = client.watch("");
    const ended = new Promise<void>((resolve, reject) => {
      stream.on("data", (m: HealthCheckResponse) => {
        seen.push(m.status);
        if (seen.length === 1) void server.stop(60_000);
      });
      stream.on("end", () => resolve());
      stream.on("error", reject);
    });
    await ended;
    expect(seen).toEqual([ServingStatus.SERVING, ServingStatus.NOT_SERVING]);
  });

  it("Watch of an unknown service says SERVICE_UNKNOWN", async () => {
    const client = connect(await start(echo));
    const stream = client.watch("no.such.Service");
    const first = await new Promise<HealthCheckResponse>((resolve) => stream.once("data", resolve));
    const cancelled = new Promise((resolve) => stream.on("error", (e: ServiceError) => resolve(e.code)));
    stream.cancel();
    expect(first).toEqual({ status: ServingStatus.SERVICE_UNKNOWN });
    expect(await cancelled).toBe(status.CANCELLED);
  });
});

describe("withPort", () => {
  const cases = [
    { address: "127.0.0.1:0", port: 4321, want: "127.0.0.1:4321" },
    { address: "[::]:0", port: 4321, want: "[::]:4321" },
    { address: "0.0.0.0:9443", port: 9443, want: "0.0.0.0:9443" },
    { address: "unix:/tmp/fn.sock", port: 0, want: "unix:/tmp/fn.sock" },
  ];
  it.each(cases)("$address on port $port is $want", ({ address, port, want }) => {
    expect(withPort(address, port)).toBe(want);
  });
});
