// A tiny static HTTPS server for the mirror and registry trees, on loopback: it maps URL
// paths to files and nothing more, to show that the trees need no application server.
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

export interface StaticServerOptions {
  root: string;
  /** PEM certificate (for `localhost`) and key. */
  cert: Buffer;
  key: Buffer;
}

export interface StaticServer {
  /** `localhost:<port>`: a host name for source addresses and mirror URLs. */
  host: string;
  /** `https://localhost:<port>/`. */
  url: string;
  /** Every request as `<status> <path>`, in order, for tests to see what a host asked for. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * The media type a static host must send. Hosts require application/json for the JSON
 * answers; the registry's answers (`versions`, `download/<os>/<arch>`) have no extension.
 */
export function contentType(path: string): string {
  if (path.endsWith("_SHA256SUMS")) return "text/plain; charset=utf-8";
  const byExtension: Record<string, string> = {
    "": "application/json",
    ".json": "application/json",
    ".zip": "application/zip",
    ".sig": "application/pgp-signature",
  };
  return byExtension[extname(path)] ?? "application/octet-stream";
}

/** The file a URL path names under `root`, or undefined when it names none or leaves the root. */
export function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]!);
  } catch {
    return undefined;
  }
  const base = resolve(root);
  const file = resolve(join(base, decoded));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export async function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer({ cert: options.cert, key: options.key }, (req, res) => {
    const path = req.url ?? "/";
    const file = req.method === "GET" || req.method === "HEAD" ? fileFor(options.root, path) : undefined;
    const status = file ? 200 : req.method === "GET" || req.method === "HEAD" ? 404 : 405;
    requests.push(`${status} ${path}`);
    if (!file) {
      res.writeHead(status, { "content-type": "text/plain" }).end(`${status}\n`);
      return;
    }
    res.writeHead(200, { "content-type": contentType(file), "content-length": statSync(file).size });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    host: `localhost:${port}`,
    url: `https://localhost:${port}/`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        // Hosts keep connections alive; an idle one must not hold the server open.
        server.closeAllConnections();
      }),
  };
}
