/**
 * Logs for the host: JSON lines on stderr in hclog's shape (@level, @message,
 * @timestamp, @module), which Terraform and OpenTofu show under TF_LOG.
 * Never stdout: after the handshake line, stdout belongs to the protocol.
 */
export type Level = "trace" | "debug" | "info" | "warn" | "error";

export interface Logger {
  log(level: Level, message: string, fields?: Record<string, unknown>): void;
  trace(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  with(fields: Record<string, unknown>): Logger;
}

export function createLogger(
  module: string,
  write: (line: string) => void = (l) => process.stderr.write(l),
  base: Record<string, unknown> = {},
): Logger {
  const log = (level: Level, message: string, fields: Record<string, unknown> = {}) => {
    write(
      `${JSON.stringify({ "@level": level, "@message": message, "@timestamp": new Date().toISOString(), "@module": module, ...base, ...fields })}\n`,
    );
  };
  return {
    log,
    trace: (m, f) => log("trace", m, f),
    debug: (m, f) => log("debug", m, f),
    info: (m, f) => log("info", m, f),
    warn: (m, f) => log("warn", m, f),
    error: (m, f) => log("error", m, f),
    with: (fields) => createLogger(module, write, { ...base, ...fields }),
  };
}
