import { ServerCredentials } from "@grpc/grpc-js";
import { readFileSync } from "node:fs";
import { X509Certificate } from "node:crypto";
import { createSecureContext } from "node:tls";
import { join } from "node:path";
import type { ServerFlags } from "./flags.ts";

export type CredentialsResult =
  { ok: true; credentials: ServerCredentials; mode: "insecure" | "mtls" } | { ok: false; error: string };

/** The files Crossplane writes into the function's certificate directory. */
export const TLS_FILES = { key: "tls.key", cert: "tls.crt", ca: "ca.crt" } as const;

/**
 * Mutual TLS as Crossplane expects of a function: the server presents tls.crt, and
 * every client must present a certificate signed by ca.crt (the Go SDK's
 * RequireAndVerifyClientCert). The TypeScript SDK passes `false` for
 * checkClientCertificate, which lets any client in; here it is `true`.
 */
export function serverCredentials(
  flags: Pick<ServerFlags, "insecure" | "tlsServerCertsDir">,
): CredentialsResult {
  if (flags.insecure) return { ok: true, credentials: ServerCredentials.createInsecure(), mode: "insecure" };
  const files: Partial<Record<keyof typeof TLS_FILES, Buffer>> = {};
  for (const [name, file] of Object.entries(TLS_FILES) as [keyof typeof TLS_FILES, string][]) {
    const path = join(flags.tlsServerCertsDir, file);
    try {
      files[name] = readFileSync(path);
    } catch (error) {
      return {
        ok: false,
        error:
          `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; ` +
          "mount the certificates there, point --tls-server-certs-dir or TLS_SERVER_CERTS_DIR at them, " +
          "or pass --insecure for local development",
      };
    }
  }
  try {
    // grpc-js only checks that it was given buffers; a bad PEM or a key that does not match
    // the certificate would surface at the first connection. Node's own TLS context
    // parses them now, so the process fails at start-up instead. It skips a CA file with
    // no certificate in it, which would refuse every client, so that is parsed on its own.
    createSecureContext({ key: files.key, cert: files.cert, ca: files.ca });
    new X509Certificate(files.ca!);
    const credentials = ServerCredentials.createSsl(
      files.ca!,
      [{ private_key: files.key!, cert_chain: files.cert! }],
      true,
    );
    return { ok: true, credentials, mode: "mtls" };
  } catch (error) {
    return {
      ok: false,
      error: `the certificates in ${flags.tlsServerCertsDir} are unusable: ${(error as Error).message}`,
    };
  }
}
