import type { RunFunction } from "../handler.ts";
import { parseFlags, usage } from "./flags.ts";
import { createLogger } from "./log.ts";
import { describeError } from "./runner.ts";
import { startServer } from "./server.ts";

export const PROGRAM = "function-cozystack";

/**
 * How long calls in flight may run after SIGTERM. Kubernetes kills the pod 30 s after
 * SIGTERM by default; this leaves room to log and exit before that.
 */
export const SHUTDOWN_GRACE_MS = 20_000;

/**
 * The process around the server: flags, logs, signals and exit codes.
 * Exit 0 after help or a signal-driven stop, 2 for a bad command line, 1 when the
 * server cannot start (certificates unreadable, address taken).
 */
export async function serve(
  runFunction: RunFunction,
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const parsed = parseFlags(argv, env);
  if (parsed.kind === "help") {
    process.stdout.write(usage(PROGRAM));
    process.exit(0);
  }
  if (parsed.kind === "usage-error") {
    process.stderr.write(`${PROGRAM}: ${parsed.message}\nTry '${PROGRAM} --help' for the available flags.\n`);
    process.exit(2);
  }
  const { flags } = parsed;
  const log = createLogger({ debug: flags.debug });
  // A stray rejection somewhere in a dependency must not take every other call down with it.
  process.on("unhandledRejection", (reason) =>
    log.error(describeError(reason), "unhandled promise rejection; still serving"),
  );

  const started = await startServer({ flags, runFunction, log });
  if (!started.ok) {
    log.error({ address: flags.address }, started.error);
    process.exit(1);
  }
  const { server } = started;
  log.info({ address: server.address, mode: server.mode }, "serving");

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info(
      { signal, graceMs: SHUTDOWN_GRACE_MS },
      "shutting down: no new calls, finishing calls in flight",
    );
    void server.stop(SHUTDOWN_GRACE_MS).then((outcome) => {
      log.info({ outcome }, "stopped");
      process.exit(0);
    });
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}
