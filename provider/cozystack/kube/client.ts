import { request as httpsRequest, Agent } from "node:https";
import type { IncomingMessage } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { createLogger, type Logger } from "../../plugin/index.ts";
import { parseRetryAfter, retryDelay } from "../retry.ts";
import { tunnelingAgent } from "./proxy.ts";

/**
 * A lean Kubernetes REST client: JSON over HTTPS with a bearer token or a client
 * certificate, list/watch, server-side apply. The provider needs a handful of
 * calls on a few paths, and loading nothing heavier keeps its start-up fast.
 */
export interface KubeTarget {
  server: string;
  token?: string;
  ca?: string;
  clientCert?: string;
  clientKey?: string;
  insecure?: boolean;
  /** HTTP proxy to tunnel through (already resolved from settings and environment). */
  proxy?: string;
  /**
   * Where a short-lived token comes from (a kubeconfig exec plugin). Called before
   * each request; `renew` asks for a fresh one after the server answered 401.
   */
  tokenSource?: (renew?: boolean) => Promise<string>;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
  /**
   * How long one request keeps being retried while the server answers 429 (Too Many
   * Requests), in milliseconds. Default 5 minutes; close() ends the waits sooner.
   */
  throttleBudgetMs?: number;
  /** Where retries are logged (debug level); by default hclog-shaped lines on stderr, as the provider logs. */
  log?: Logger;
}

export class KubeError extends Error {
  override name = "KubeError";
  readonly status: number;
  readonly body: unknown;
  /** The server's Retry-After, in seconds, when it sent a usable one (429 and 503 do). */
  readonly retryAfterSeconds: number | undefined;
  constructor(message: string, status: number, body: unknown, retryAfterSeconds?: number) {
    super(message);
    this.status = status;
    this.body = body;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    generation?: number;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    finalizers?: string[];
    deletionTimestamp?: string;
    creationTimestamp?: string;
    ownerReferences?: unknown[];
    /** Kept by Kubernetes for server-side apply; the real cozystack API never stores it. */
    managedFields?: unknown[];
  };
  [key: string]: unknown;
}

export interface WatchEvent {
  type: "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK" | "ERROR";
  object: KubeObject;
}

const THROTTLE_BUDGET_MS = 5 * 60_000;

export class KubeClient {
  private readonly agent: Agent;
  private readonly base: URL;
  private readonly log: Logger;
  /** Aborted by close(): waits between throttled attempts end at once. */
  private closing = new AbortController();

  readonly target: KubeTarget;

  get server(): string {
    return this.target.server;
  }

  constructor(target: KubeTarget) {
    this.target = target;
    this.base = new URL(target.server);
    const options = {
      keepAlive: true,
      ca: target.ca,
      cert: target.clientCert,
      key: target.clientKey,
      rejectUnauthorized: !target.insecure,
    };
    this.agent = target.proxy ? tunnelingAgent(new URL(target.proxy), options) : new Agent(options);
    this.log = target.log ?? createLogger("provider.cozystack.kube");
  }

  /**
   * Drop the open connections and cut short every wait for a throttled request (the
   * request then fails with its 429). The client stays usable: later calls connect afresh.
   */
  close(): void {
    this.closing.abort();
    this.closing = new AbortController();
    this.agent.destroy();
  }

  /**
   * One call, retried while the server throttles it: a 429 means the server turned the
   * request away before handling it, so any verb, a create included, is safe to send
   * again. Each retry waits what the server's Retry-After asks (retry.ts) and is logged
   * with the status and the wait.
   */
  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    contentType = "application/json",
  ): Promise<T> {
    const started = Date.now();
    const deadline = started + (this.target.throttleBudgetMs ?? THROTTLE_BUDGET_MS);
    const stop = this.closing.signal;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.requestOnce<T>(method, path, body, contentType);
      } catch (error) {
        if (!(error instanceof KubeError && error.status === 429) || stop.aborted) throw error;
        const decision = retryDelay({
          attempt,
          retryAfterSeconds: error.retryAfterSeconds,
          now: Date.now(),
          deadline,
          random: Math.random(),
        });
        if (!decision.retry) {
          this.log.debug("throttled by the API server; giving up", {
            method,
            path,
            status: 429,
            attempt,
            why: decision.why,
          });
          if (attempt === 1) throw error;
          const seconds = Math.round((Date.now() - started) / 1000);
          throw new KubeError(
            `${error.message} (still throttled after ${attempt} attempts over ${seconds} s: ${decision.why})`,
            429,
            error.body,
            error.retryAfterSeconds,
          );
        }
        this.log.debug("throttled by the API server; retrying", {
          method,
          path,
          status: 429,
          retry_after_s: error.retryAfterSeconds ?? null,
          wait_ms: decision.waitMs,
          basis: decision.basis,
          attempt,
        });
        await sleep(decision.waitMs, undefined, { signal: stop }).catch(() => {});
        if (stop.aborted) throw error;
      }
    }
  }

  private async requestOnce<T>(method: string, path: string, body: unknown, contentType: string): Promise<T> {
    let res = await this.raw(method, path, body, contentType);
    if (res.statusCode === 401 && this.target.tokenSource) {
      res.resume();
      res = await this.raw(method, path, body, contentType, undefined, true);
    }
    const text = await readAll(res);
    const parsed = text ? safeJson(text) : undefined;
    if ((res.statusCode ?? 0) >= 400) {
      const message = (parsed as { message?: string } | undefined)?.message ?? text.trim();
      throw new KubeError(
        `${method} ${path}: ${res.statusCode} ${message}`,
        res.statusCode ?? 0,
        parsed,
        parseRetryAfter(res.headers["retry-after"], Date.now()),
      );
    }
    return parsed as T;
  }

  get<T = KubeObject>(path: string): Promise<T> {
    return this.request<T>("GET", path);
  }

  async getOrUndefined<T = KubeObject>(path: string): Promise<T | undefined> {
    try {
      return await this.get<T>(path);
    } catch (error) {
      if (error instanceof KubeError && error.status === 404) return undefined;
      throw error;
    }
  }

  list(path: string): Promise<{ items: KubeObject[]; metadata: { resourceVersion: string } }> {
    return this.get(path);
  }

  /** Server-side apply with a fixed field manager. */
  apply<T = KubeObject>(path: string, object: unknown, fieldManager: string, subresource = ""): Promise<T> {
    const query = `?fieldManager=${encodeURIComponent(fieldManager)}&force=true`;
    return this.request<T>("PATCH", `${path}${subresource}${query}`, object, "application/apply-patch+yaml");
  }

  /** POST to a collection: fails with 409 when the object exists, never takes it over. */
  create<T = KubeObject>(collectionPath: string, object: unknown, fieldManager: string): Promise<T> {
    return this.request<T>(
      "POST",
      `${collectionPath}?fieldManager=${encodeURIComponent(fieldManager)}`,
      object,
    );
  }

  /** PUT the whole object; its metadata.resourceVersion makes a concurrent change a 409. */
  replace<T = KubeObject>(path: string, object: unknown, fieldManager: string): Promise<T> {
    return this.request<T>("PUT", `${path}?fieldManager=${encodeURIComponent(fieldManager)}`, object);
  }

  mergePatch<T = KubeObject>(path: string, patch: unknown): Promise<T> {
    return this.request<T>("PATCH", path, patch, "application/merge-patch+json");
  }

  async delete(path: string): Promise<void> {
    try {
      await this.request("DELETE", path);
    } catch (error) {
      if (!(error instanceof KubeError && error.status === 404)) throw error;
    }
  }

  /** Stream watch events until the signal aborts or the server ends the watch. */
  async watch(
    path: string,
    resourceVersion: string,
    onEvent: (event: WatchEvent) => void,
    signal: AbortSignal,
  ): Promise<void> {
    const sep = path.includes("?") ? "&" : "?";
    const res = await this.raw(
      "GET",
      `${path}${sep}watch=1&allowWatchBookmarks=true&resourceVersion=${resourceVersion}`,
      undefined,
      "",
      signal,
    );
    if ((res.statusCode ?? 0) >= 400)
      throw new KubeError(
        `watch ${path}: ${res.statusCode}`,
        res.statusCode ?? 0,
        await readAll(res),
        parseRetryAfter(res.headers["retry-after"], Date.now()),
      );
    let buffer = "";
    await new Promise<void>((resolve, reject) => {
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let newline: number;
        while ((newline = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          if (line.trim()) onEvent(JSON.parse(line) as WatchEvent);
        }
      });
      res.on("end", resolve);
      res.on("error", (error) => (signal.aborted ? resolve() : reject(error)));
      res.on("close", resolve);
    });
  }

  private async raw(
    method: string,
    path: string,
    body: unknown,
    contentType: string,
    signal?: AbortSignal,
    renewToken = false,
  ): Promise<IncomingMessage> {
    const token = this.target.tokenSource ? await this.target.tokenSource(renewToken) : this.target.token;
    const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = httpsRequest(
        {
          hostname: this.base.hostname,
          port: this.base.port,
          path,
          method,
          agent: this.agent,
          signal,
          timeout: signal ? undefined : (this.target.timeoutMs ?? 30_000),
          headers: {
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
            Accept: "application/json",
            ...(payload !== undefined
              ? { "Content-Type": contentType, "Content-Length": Buffer.byteLength(payload) }
              : {}),
          },
        },
        resolve,
      );
      req.on("error", reject);
      req.on("timeout", () =>
        req.destroy(
          Object.assign(
            new Error(`${method} ${path}: no answer within ${this.target.timeoutMs ?? 30_000} ms`),
            {
              code: "ETIMEDOUT",
            },
          ),
        ),
      );
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }
}

function readAll(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on("data", (c: Buffer) => chunks.push(c));
    res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    res.on("error", reject);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** REST path of a namespaced or cluster-scoped collection or object. */
export function resourcePath(
  group: string,
  version: string,
  plural: string,
  namespace?: string,
  name?: string,
): string {
  const root = group === "" ? `/api/${version}` : `/apis/${group}/${version}`;
  const ns = namespace ? `/namespaces/${namespace}` : "";
  return `${root}${ns}/${plural}${name ? `/${name}` : ""}`;
}
