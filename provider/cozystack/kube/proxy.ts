import { request as httpRequest } from "node:http";
import { Agent, type AgentOptions } from "node:https";
import { BlockList, isIP, type Socket } from "node:net";
import { connect as tlsConnect, type ConnectionOptions } from "node:tls";

/**
 * Reaching the API server through an HTTP proxy, as kubectl does: an explicit
 * proxy URL (provider `proxy_url` or the kubeconfig's `proxy-url`) or, failing
 * that, HTTPS_PROXY unless NO_PROXY matches. Loopback is never proxied from the
 * environment. The TLS session runs end to end through a CONNECT tunnel, so the
 * proxy sees neither credentials nor traffic.
 */
export class ProxyError extends Error {
  override name = "ProxyError";
}

/** The proxy for a server, or undefined to connect directly. */
export function proxyFor(server: URL, explicit: string | undefined, env: NodeJS.ProcessEnv): URL | undefined {
  const chosen = explicit ?? fromEnvironment(server, env);
  if (!chosen) return undefined;
  let proxy: URL;
  try {
    proxy = new URL(chosen);
  } catch {
    throw new ProxyError(`proxy URL ${JSON.stringify(redact(chosen))} is not a URL`);
  }
  if (proxy.protocol !== "http:")
    throw new ProxyError(
      `proxy ${redact(chosen)}: only http:// proxies are supported (the tunnel itself carries TLS end to end)`,
    );
  return proxy;
}

function fromEnvironment(server: URL, env: NodeJS.ProcessEnv): string | undefined {
  const proxy = env.HTTPS_PROXY || env.https_proxy;
  if (!proxy) return undefined;
  const host = server.hostname.replace(/^\[|\]$/g, "");
  if (isLoopback(host)) return undefined;
  const port = server.port || "443";
  return bypassed(host, port, env.NO_PROXY || env.no_proxy || "") ? undefined : proxy;
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** NO_PROXY as Go and curl read it: "*", host names and domain suffixes, IPs and CIDRs, each with an optional port. */
export function bypassed(host: string, port: string, noProxy: string): boolean {
  for (const raw of noProxy.split(",")) {
    let entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === "*") return true;
    const cidr = /^([\d.]+|[\da-f:]+)\/(\d+)$/.exec(entry);
    if (cidr) {
      const family = isIP(cidr[1]!) === 6 ? "ipv6" : "ipv4";
      if (isIP(host) && (isIP(host) === 6 ? "ipv6" : "ipv4") === family) {
        const block = new BlockList();
        block.addSubnet(cidr[1]!, Number(cidr[2]), family);
        if (block.check(host, family)) return true;
      }
      continue;
    }
    const withPort = /^(.*):(\d+)$/.exec(entry);
    if (withPort && !entry.includes("::")) {
      if (withPort[2] !== port) continue;
      entry = withPort[1]!;
    }
    const name = host.toLowerCase();
    const suffix = entry.startsWith(".") ? entry : `.${entry}`;
    if (name === entry.replace(/^\./, "") || name.endsWith(suffix)) return true;
  }
  return false;
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//***@");
}

/** An https agent whose connections are CONNECT tunnels through the proxy. */
export function tunnelingAgent(proxy: URL, options: AgentOptions): Agent {
  const agent = new Agent(options);
  const authorization =
    proxy.username || proxy.password
      ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString("base64")}`
      : undefined;
  // Node calls createConnection with a callback when one is accepted; the tunnel is asynchronous.
  (agent as unknown as { createConnection: unknown }).createConnection = (
    opts: ConnectionOptions & { host: string; port: number },
    callback: (error: Error | null, socket?: Socket) => void,
  ) => {
    const target = `${opts.host}:${opts.port}`;
    const connect = httpRequest({
      host: proxy.hostname,
      port: proxy.port || 80,
      method: "CONNECT",
      path: target,
      headers: { Host: target, ...(authorization ? { "Proxy-Authorization": authorization } : {}) },
      timeout: (options.timeout as number | undefined) ?? 30_000,
    });
    connect.once("connect", (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        // Not a connection error: a refusal is the proxy's policy, and retrying will not change it.
        callback(
          new ProxyError(
            `proxy ${proxy.host} refused the tunnel to ${target}: ${response.statusCode} ${response.statusMessage ?? ""}`.trim(),
          ),
        );
        return;
      }
      callback(
        null,
        tlsConnect({
          ...opts,
          socket,
          servername: opts.servername ?? (isIP(opts.host) ? undefined : opts.host),
        }),
      );
    });
    connect.once("timeout", () =>
      connect.destroy(
        Object.assign(new ProxyError(`proxy ${proxy.host} did not answer`), { code: "ETIMEDOUT" }),
      ),
    );
    connect.once("error", (error) => callback(error));
    connect.end();
  };
  return agent;
}
