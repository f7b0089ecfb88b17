import * as http2 from "node:http2";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer as createNetServer } from "node:net";
import { createLogger, type Logger } from "./log.ts";
import { descriptors } from "./proto/descriptors.generated.ts";
import { createCertificate, handshakeCertificate } from "./transport/certificate.ts";
import { GrpcRouter, type StreamHandler, type UnaryHandler } from "./transport/grpc.ts";
import { ProtoCodec, type Message } from "./wire/protobuf.ts";

/**
 * go-plugin's side of the handshake, for a provider speaking tfplugin6:
 * check the magic cookie, agree on protocol 6, listen (unix socket or loopback
 * TCP) with AutoMTLS, print the one handshake line, and serve until told to stop.
 */
export const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
export const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
export const APP_PROTOCOL_VERSION = 6;
export const CORE_PROTOCOL_VERSION = 1;
const MAX_RECEIVE_BYTES = 256 * 1024 * 1024;

export type ProviderHandlers = Record<string, UnaryHandler | StreamHandler | undefined>;

export interface ServeOptions {
  /** The tfplugin6.Provider handlers, by RPC name. */
  provider: (log: Logger) => ProviderHandlers;
  /** Logger module name, e.g. "provider.cozystack". */
  name: string;
  env?: NodeJS.ProcessEnv;
  /** "unix" (default) or "tcp"; the variable named by `networkVariable`, when set, overrides. */
  network?: "unix" | "tcp";
  /** An environment variable that may choose the network ("unix" or "tcp"), e.g. for tests. */
  networkVariable?: string;
  /** The organization in the AutoMTLS certificate's subject: who made this plugin. */
  certificateOrganization?: string;
}

export class HandshakeError extends Error {
  override name = "HandshakeError";
}

/** The protocol version to speak, or an error a person running the binary can act on. */
export function negotiate(env: NodeJS.ProcessEnv): number {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    throw new HandshakeError(
      "This binary is a plugin. These are not meant to be executed directly.\n" +
        "Please execute the program that consumes these plugins, which will\nload any plugins automatically",
    );
  }
  const offered = (env.PLUGIN_PROTOCOL_VERSIONS ?? "").split(",").map((v) => Number(v.trim()));
  if (!offered.includes(APP_PROTOCOL_VERSION)) {
    throw new HandshakeError(
      `this provider speaks plugin protocol ${APP_PROTOCOL_VERSION}, but the host offers ${env.PLUGIN_PROTOCOL_VERSIONS ?? "none"}; ` +
        "use OpenTofu >= 1.6 or Terraform >= 1.0",
    );
  }
  return APP_PROTOCOL_VERSION;
}

export async function serve(opts: ServeOptions): Promise<void> {
  const env = opts.env ?? process.env;
  try {
    negotiate(env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const log = createLogger(opts.name, batchedStderr());
  guardStdout(log);
  // Ctrl-C reaches the whole process group; the host cancels through StopProvider instead.
  process.on("SIGINT", () => log.debug("ignoring SIGINT; the host stops providers itself"));

  const codec = new ProtoCodec(descriptors);
  const router = new GrpcRouter({
    codec,
    maxReceiveBytes: MAX_RECEIVE_BYTES,
    onError: (path, error) => log.error("rpc failed", { rpc: path, error: String(error) }),
    onServed: (path, ms) => log.trace("served", { rpc: path, duration_ms: Math.round(ms * 10) / 10 }),
  });
  let socketDir: string | undefined;
  const exit = (code: number) => {
    if (socketDir) rmSync(socketDir, { recursive: true, force: true });
    process.exit(code);
  };
  const shutdown = () => setImmediate(() => exit(0));
  const services = descriptors.services;
  router.addService(".tfplugin6.Provider", services[".tfplugin6.Provider"]!, opts.provider(log));
  router.addService(".plugin.GRPCController", services[".plugin.GRPCController"]!, {
    // Reply first, then go: the host waits up to 2 s for the exit before killing us.
    Shutdown: (_req, ctx) => {
      ctx.onFinished(shutdown);
      return {};
    },
  });
  router.addService(".plugin.GRPCStdio", services[".plugin.GRPCStdio"]!, {
    // We never write to stdout or stderr through the host's stdio stream; keep it open until the host hangs up.
    // eslint-disable-next-line require-yield -- the stream stays open and silent by design
    StreamStdio: async function* (_req: Message, ctx) {
      await new Promise<void>((resolve) =>
        ctx.signal.addEventListener("abort", () => resolve(), { once: true }),
      );
    } as StreamHandler,
  });
  router.addService(".grpc.health.v1.Health", services[".grpc.health.v1.Health"]!, {
    Check: () => ({ status: 1 }),
  });

  const clientCert = env.PLUGIN_CLIENT_CERT;
  const cert = clientCert ? createCertificate(opts.certificateOrganization) : undefined;
  const settings: http2.Settings = { maxConcurrentStreams: 1000, maxHeaderListSize: 1 << 20 };
  const server: http2.Http2Server | http2.Http2SecureServer = cert
    ? http2.createSecureServer({
        key: cert.keyPem,
        cert: cert.pem,
        ca: [clientCert!],
        requestCert: true,
        rejectUnauthorized: true,
        minVersion: "TLSv1.2",
        ALPNProtocols: ["h2"],
        allowHTTP1: false,
        settings,
        maxSessionMemory: 64,
      })
    : http2.createServer({ settings, maxSessionMemory: 64 });
  server.on("stream", router.handle);
  server.on("sessionError", (error) => log.debug("session error", { error: String(error) }));

  const network =
    networkFrom(opts.networkVariable ? env[opts.networkVariable] : undefined) ?? opts.network ?? "unix";
  let address: string;
  if (network === "unix") {
    socketDir = mkdtempSync(join(env.PLUGIN_UNIX_SOCKET_DIR || tmpdir(), "plugin"));
    address = join(socketDir, "plugin.sock");
    await new Promise<void>((resolve, reject) =>
      server.once("error", reject).listen(address, () => resolve()),
    );
  } else {
    const port = await freePortInRange(
      Number(env.PLUGIN_MIN_PORT ?? 10000),
      Number(env.PLUGIN_MAX_PORT ?? 25000),
    );
    await new Promise<void>((resolve, reject) =>
      server.once("error", reject).listen(port, "127.0.0.1", () => resolve()),
    );
    address = `127.0.0.1:${port}`;
  }
  writeHandshake(
    `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|${network}|${address}|grpc|${cert ? handshakeCertificate(cert) : ""}\n`,
  );
  log.debug("plugin serving", { network, address, tls: Boolean(cert) });
  watchParent(() => {
    log.info("host process went away; exiting");
    exit(0);
  });
  for (const signal of ["SIGTERM", "SIGHUP"] as const) process.on(signal, () => exit(0));
}

/**
 * Log lines to stderr, written together once per turn of the event loop. The host drops
 * what TF_LOG does not ask for, but only after reading it: one write per line (every call
 * logs one at trace level) cost a plan of 1,000 resources about 5% of its CPU. What is
 * pending when the process exits is written then.
 */
function batchedStderr(): (line: string) => void {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    process.stderr.write(text);
  };
  process.on("exit", flush);
  return (line) => {
    if (pending.push(line) === 1) setImmediate(flush);
  };
}

function networkFrom(value: string | undefined): "unix" | "tcp" | undefined {
  return value === "unix" || value === "tcp" ? value : undefined;
}

let handshakeWrite: ((line: string) => void) | undefined;

function writeHandshake(line: string): void {
  handshakeWrite?.(line);
}

/** After this, only the handshake line can reach stdout; anything else written there goes to the log. */
function guardStdout(log: Logger): void {
  const original = process.stdout.write.bind(process.stdout);
  handshakeWrite = (line) => {
    original(line);
    handshakeWrite = undefined;
  };
  process.stdout.write = ((chunk: string | Uint8Array) => {
    log.warn("stdout write diverted to the log", { text: String(chunk).slice(0, 500) });
    return true;
  }) as typeof process.stdout.write;
  // eslint-disable-next-line no-console -- the point is to take console.log away from stdout
  console.log = (...args: unknown[]) => log.info(args.map(String).join(" "));
  // eslint-disable-next-line no-console -- as above
  console.info = (...args: unknown[]) => log.info(args.map(String).join(" "));
}

function watchParent(onGone: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) onGone();
  }, 1000);
  timer.unref();
}

async function freePortInRange(min: number, max: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = min + Math.floor(Math.random() * (max - min + 1));
    const free = await new Promise<boolean>((resolve) => {
      const probe = createNetServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new HandshakeError(`no free TCP port between ${min} and ${max}`);
}
