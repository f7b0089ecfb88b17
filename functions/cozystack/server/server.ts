import { Server } from "@grpc/grpc-js";
import type { FunctionLogger, RunFunction } from "../handler.ts";
import type { ServerFlags } from "./flags.ts";
import { functionRunnerService } from "./codec.ts";
import { serverCredentials } from "./credentials.ts";
import { createHealth, healthServiceDefinition } from "./health.ts";
import { runFunctionMethod } from "./runner.ts";

/**
 * Large compositions pass the observed and desired state of every composed resource in
 * one request, and grpc's 4 MiB default receive limit is a known failure
 * (function-sdk-go#194). Crossplane core sends without a limit of its own.
 */
export const MAX_RECEIVE_BYTES = 16 * 1024 * 1024;

/** The FunctionRunnerService's full name, as health checks ask for it. */
export const FUNCTION_SERVICE_NAME = functionRunnerService.runFunction.path.split("/")[1]!;

export interface ServerOptions {
  flags: Pick<ServerFlags, "address" | "insecure" | "tlsServerCertsDir">;
  runFunction: RunFunction;
  log: FunctionLogger;
  maxReceiveBytes?: number;
}

export interface RunningServer {
  /** The address listened on, with the port the system chose when port 0 was asked for. */
  address: string;
  mode: "insecure" | "mtls";
  /**
   * Stop accepting calls and let those in flight finish; after graceMs, cut what is left.
   * Resolves with which of the two happened.
   */
  stop(graceMs: number): Promise<"drained" | "forced">;
}

export type StartResult = { ok: true; server: RunningServer } | { ok: false; error: string };

/** Serve RunFunction and health on the flags' address. A missing certificate or a taken port is an error value. */
export async function startServer(options: ServerOptions): Promise<StartResult> {
  const credentials = serverCredentials(options.flags);
  if (!credentials.ok) return credentials;
  const server = new Server({
    "grpc.max_receive_message_length": options.maxReceiveBytes ?? MAX_RECEIVE_BYTES,
  });
  // Our codec, not the SDK's: its google.protobuf.Struct round trip through wrapper
  // objects was ~20% of the function's CPU per call in bench/function.ts (see codec.ts).
  server.addService(functionRunnerService, {
    runFunction: runFunctionMethod(options.runFunction, options.log),
  });
  const health = createHealth([FUNCTION_SERVICE_NAME]);
  server.addService(healthServiceDefinition, health.implementation);

  const { address } = options.flags;
  const bound = await new Promise<{ port: number } | { error: string }>((resolve) =>
    server.bindAsync(address, credentials.credentials, (error, port) =>
      resolve(error ? { error: error.message } : { port }),
    ),
  );
  if ("error" in bound) {
    server.forceShutdown();
    return { ok: false, error: `cannot listen on ${address}: ${bound.error}` };
  }
  return {
    ok: true,
    server: {
      address: withPort(address, bound.port),
      mode: credentials.mode,
      stop: (graceMs) => stop(server, health.stopServing, graceMs),
    },
  };
}

function stop(server: Server, stopServing: () => void, graceMs: number): Promise<"drained" | "forced"> {
  // Health first: a Watch stream is a call in flight too, and would hold tryShutdown for the whole grace.
  stopServing();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.forceShutdown();
      resolve("forced");
    }, graceMs);
    server.tryShutdown(() => {
      clearTimeout(timer);
      resolve("drained");
    });
  });
}

/** "127.0.0.1:0" listened on port 40123 is "127.0.0.1:40123"; addresses without a port stay as they are. */
export function withPort(address: string, port: number): string {
  return /:\d+$/.test(address) ? address.replace(/:\d+$/, `:${port}`) : address;
}
