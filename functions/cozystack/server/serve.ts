import type { RunFunction } from "../handler.ts";
import { parseFlags, usage } from "./flags.ts";
import { createLogger, routeGrpcLogs } from "./log.ts";
import { describeError } from "./runner.ts";
import { startServer, type RunningServer } from "./server.ts";

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
  routeGrpcLogs(log);
  // A stray rejection somewhere in a dependency must not take every other call down with it.
  process.on("unhandledRejection", (reason) =>
    log.error(describeError(reason), "unhandled promise rejection; still serving"),
  );

  // The signal handlers go in before the server starts: a signal that came between
  // "serving" and their installation would kill the process the default way.
  const state: { server?: RunningServer; stopping: boolean } = { stopping: false };
  const shutdown = (signal: NodeJS.Signals) => {
    if (state.stopping) return;
    state.stopping = true;
    log.info(
      { signal, graceMs: SHUTDOWN_GRACE_MS },
      "shutting down: no new calls, finishing calls in flight",
    );
    // Before the server is up nothing can be in flight.
    const stopped = state.server?.stop(SHUTDOWN_GRACE_MS) ?? Promise.resolve("drained" as const);
    void stopped.then((outcome) => {
      log.info({ outcome }, "stopped");
      process.exit(0);
    });
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);

  const started = await startServer({ flags, runFunction, log });
  if (!started.ok) {
    log.error({ address: flags.address }, started.error);
    process.exit(1);
  }
  state.server = started.server;
  log.info({ address: started.server.address, mode: started.server.mode }, "serving");
}
