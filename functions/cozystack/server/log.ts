import { setLogger } from "@grpc/grpc-js";
import { format } from "node:util";
import { pino, type DestinationStream } from "pino";
import type { FunctionLogger } from "../handler.ts";

/**
 * JSON lines on stderr, one object per line: level (as a word), time (ISO 8601), msg
 * and the caller's fields. pino is the logger the SDK itself uses; it bundles into
 * one file with esbuild as long as no transport (worker thread) is configured, and
 * none is. Callers never pass secret values or request bodies as fields.
 */
export interface ServerLogger extends FunctionLogger {
  /** Write whatever is buffered; a no-op for the synchronous stderr destination. */
  flush(): void;
}

export interface LoggerOptions {
  debug: boolean;
  /** Where lines go; stderr (synchronously, so nothing is lost on exit) unless given. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): ServerLogger {
  const destination = options.destination ?? pino.destination({ fd: 2, sync: true });
  const logger = pino(
    {
      level: options.debug ? "debug" : "info",
      // No pid or hostname: Kubernetes adds the pod; level as a word is what log tools index.
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  return {
    debug: (fields, message) => logger.debug(fields, message),
    info: (fields, message) => logger.info(fields, message),
    warn: (fields, message) => logger.warn(fields, message),
    error: (fields, message) => logger.error(fields, message),
    flush: () => logger.flush(),
  };
}

/**
 * grpc-js writes its own lines to stderr as plain text ("E No address added..."), which
 * would break one-JSON-object-per-line. Its logger is process-wide, so this is called once
 * by the process. Which grpc-js lines come at all is still set by GRPC_VERBOSITY.
 */
export function routeGrpcLogs(log: FunctionLogger): void {
  const at =
    (write: FunctionLogger["info"]) =>
    (message?: unknown, ...params: unknown[]) =>
      write({ source: "grpc-js" }, format(message, ...params));
  setLogger({ error: at(log.error), info: at(log.info), debug: at(log.debug) });
}
