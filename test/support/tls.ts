import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Certificates for mutual TLS between a Crossplane-like client and a function, laid out
 * as Crossplane mounts them: a server directory with tls.crt, tls.key and ca.crt (the
 * function's `--tls-server-certs-dir`) and a client directory of the same shape (core's
 * `/tls/client`). Made with the openssl CLI, since Node cannot sign certificates.
 */
export interface TlsMaterial {
  /** Holds tls.crt, tls.key and ca.crt for the server. */
  serverDir: string;
  /** Holds tls.crt, tls.key and ca.crt for the client. */
  clientDir: string;
  ca: Buffer;
  server: { cert: Buffer; key: Buffer };
  client: { cert: Buffer; key: Buffer };
}

function openssl(args: string[], cwd: string): void {
  execFileSync("openssl", args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
}

/** A CA, named after `caName`, that signs one server certificate for loopback and one client certificate. */
export function makeTls(dir: string, caName = "crossplane-root-ca"): TlsMaterial {
  mkdirSync(dir, { recursive: true });
  openssl(
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"].concat([
      "-keyout",
      "ca.key",
      "-out",
      "ca.crt",
      "-days",
      "2",
      "-subj",
      `/CN=${caName}`,
    ]),
    dir,
  );
  const issue = (name: string, extensions: string) => {
    writeFileSync(join(dir, `${name}.ext`), extensions);
    openssl(
      ["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"].concat([
        "-keyout",
        `${name}.key`,
        "-out",
        `${name}.csr`,
        "-subj",
        `/CN=${name}`,
      ]),
      dir,
    );
    openssl(
      ["x509", "-req", "-in", `${name}.csr`, "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial"].concat([
        "-out",
        `${name}.crt`,
        "-days",
        "2",
        "-extfile",
        `${name}.ext`,
      ]),
      dir,
    );
  };
  issue(
    "server",
    "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature\n",
  );
  issue("client", "extendedKeyUsage=clientAuth\nkeyUsage=digitalSignature\n");
  const ca = readFileSync(join(dir, "ca.crt"));
  const layout = (name: string) => {
    const out = join(dir, name);
    mkdirSync(out, { recursive: true });
    const cert = readFileSync(join(dir, `${name}.crt`));
    const key = readFileSync(join(dir, `${name}.key`));
    writeFileSync(join(out, "tls.crt"), cert);
    writeFileSync(join(out, "tls.key"), key, { mode: 0o600 });
    writeFileSync(join(out, "ca.crt"), ca);
    return { dir: out, cert, key };
  };
  const server = layout("server");
  const client = layout("client");
  return {
    serverDir: server.dir,
    clientDir: client.dir,
    ca,
    server: { cert: server.cert, key: server.key },
    client: { cert: client.cert, key: client.key },
  };
}
