import { parseArgs } from "node:util";

/** The command line every Crossplane function takes, with the values Crossplane relies on as defaults. */
export const DEFAULT_ADDRESS = "0.0.0.0:9443";
/** Where Crossplane's package manager mounts the function's certificates. */
export const DEFAULT_TLS_SERVER_CERTS_DIR = "/tls/server";
/** Crossplane sets this on the function's Deployment; the flag wins when both are given. */
export const TLS_SERVER_CERTS_DIR_ENV = "TLS_SERVER_CERTS_DIR";

export interface ServerFlags {
  /** host:port to listen on. */
  address: string;
  /** Plain-text gRPC, for local development only. */
  insecure: boolean;
  /** Holds tls.key, tls.crt and ca.crt. */
  tlsServerCertsDir: string;
  /** Emit debug logs. */
  debug: boolean;
}

export type ParsedFlags =
  { kind: "serve"; flags: ServerFlags } | { kind: "help" } | { kind: "usage-error"; message: string };

const options = {
  address: { type: "string" },
  insecure: { type: "boolean" },
  "tls-server-certs-dir": { type: "string" },
  // The name Go functions built from function-template-go take (kong derives it from TLSCertsDir).
  "tls-certs-dir": { type: "string" },
  debug: { type: "boolean", short: "d" },
  help: { type: "boolean", short: "h" },
} as const;

function readArgs(argv: readonly string[]) {
  try {
    return { values: parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values };
  } catch (error) {
    // node:util's messages already name the flag ("Unknown option '--x'").
    return { error: (error as Error).message };
  }
}

/**
 * Read the flags and, where the certificate directory is not given on the command line,
 * the environment Crossplane sets. Never throws: a bad command line is a usage error value.
 */
export function parseFlags(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedFlags {
  const read = readArgs(argv);
  if (read.values === undefined) return { kind: "usage-error", message: read.error };
  const { values } = read;
  if (values.help) return { kind: "help" };
  if (values["tls-server-certs-dir"] !== undefined && values["tls-certs-dir"] !== undefined) {
    return {
      kind: "usage-error",
      message: "give --tls-server-certs-dir or its alias --tls-certs-dir, not both",
    };
  }
  const address = values.address ?? DEFAULT_ADDRESS;
  if (address.trim() === "") return { kind: "usage-error", message: "--address must not be empty" };
  const flagDir = values["tls-server-certs-dir"] ?? values["tls-certs-dir"];
  if (flagDir !== undefined && flagDir.trim() === "") {
    return { kind: "usage-error", message: "--tls-server-certs-dir must not be empty" };
  }
  // An empty variable counts as unset, as it does for Go functions reading it through kong.
  const envDir = env[TLS_SERVER_CERTS_DIR_ENV] || undefined;
  return {
    kind: "serve",
    flags: {
      address,
      insecure: values.insecure ?? false,
      tlsServerCertsDir: flagDir ?? envDir ?? DEFAULT_TLS_SERVER_CERTS_DIR,
      debug: values.debug ?? false,
    },
  };
}

/** The --help text. */
export function usage(program: string): string {
  return [
    `Usage: ${program} [flags]`,
    "",
    "function-cozystack: a Crossplane composition function for every Cozystack kind.",
    "",
    "Flags:",
    `  --address <host:port>          Address to listen on for gRPC. Default ${DEFAULT_ADDRESS}.`,
    "  --insecure                     Serve plain-text gRPC without mTLS (local development only).",
    `  --tls-server-certs-dir <dir>   Directory with tls.key, tls.crt and ca.crt. Default $${TLS_SERVER_CERTS_DIR_ENV},`,
    `                                 else ${DEFAULT_TLS_SERVER_CERTS_DIR}. Alias: --tls-certs-dir.`,
    "  -d, --debug                    Emit debug logs.",
    "  -h, --help                     Show this help.",
    "",
  ].join("\n");
}
