import {
  Severity,
  type RunFunctionRequest,
  type RunFunctionResponse,
} from "@crossplane-org/function-sdk-typescript";
import type { handleUnaryCall } from "@grpc/grpc-js";
import type { FunctionLogger, RunFunction } from "../handler.ts";

/**
 * The RunFunction gRPC method around a handler. Every call gets an answer: a handler
 * that throws or rejects yields one FATAL result, and the process keeps serving.
 */
export function runFunctionMethod(
  run: RunFunction,
  log: FunctionLogger,
): handleUnaryCall<RunFunctionRequest, RunFunctionResponse> {
  return (call, callback) => {
    void invoke(run, call.request, log).then((response) => callback(null, response));
  };
}

/** Run one request; never rejects. Logs the tag and duration at debug, never the request itself (it holds secrets). */
export async function invoke(
  run: RunFunction,
  request: RunFunctionRequest,
  log: FunctionLogger,
): Promise<RunFunctionResponse> {
  const started = performance.now();
  const tag = request.meta?.tag ?? "";
  let response: RunFunctionResponse;
  try {
    response = await run(request, log);
  } catch (error) {
    const failure = describeError(error);
    log.error({ tag, ...failure }, "RunFunction failed; answering with a FATAL result");
    response = failedResponse(request, failure.error);
  }
  log.debug(
    { tag, durationMs: Math.round((performance.now() - started) * 100) / 100, results: severities(response) },
    "RunFunction",
  );
  return response;
}

/**
 * What can be logged of an error: its class and where it was thrown. Not its message,
 * which may quote the data that caused it (JSON.parse quotes its input, for one), and
 * data here can be a secret.
 */
export function describeError(error: unknown): { error: string; stack: string[] } {
  if (!(error instanceof Error)) return { error: typeof error, stack: [] };
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => line.startsWith("    at "))
    .map((line) => line.trim());
  return { error: error.name, stack: frames };
}

/** One FATAL result; desired state passes through unchanged, as Crossplane discards it on FATAL anyway. */
export function failedResponse(request: RunFunctionRequest, errorName: string): RunFunctionResponse {
  const tag = request.meta?.tag ?? "";
  return {
    meta: { tag, ttl: undefined },
    desired: request.desired,
    results: [
      {
        severity: Severity.SEVERITY_FATAL,
        reason: "InternalError",
        message: `function-cozystack failed internally (${errorName}); its log has the details under request tag "${tag}"`,
      },
    ],
    context: request.context,
    requirements: undefined,
    conditions: [],
  };
}

function severities(response: RunFunctionResponse): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const result of response.results ?? []) {
    const name = Severity[result.severity] ?? String(result.severity);
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}
