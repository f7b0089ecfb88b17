import type { RunFunctionRequest, RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";

/** Structured, JSON logging; never given a secret value. */
export interface FunctionLogger {
  debug(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/**
 * One RunFunction call. Never throws and never rejects for bad input: problems become
 * FATAL results naming the field. The server turns a thrown error into a FATAL result
 * anyway, as a last line of defence.
 */
export type RunFunction = (
  request: RunFunctionRequest,
  log: FunctionLogger,
  now?: () => Date,
) => RunFunctionResponse;
