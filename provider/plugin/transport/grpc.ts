import type * as http2 from "node:http2";
import type { ProtoCodec, Message } from "../wire/protobuf.ts";
import type { MethodDescriptor } from "../proto/parse.ts";

/**
 * A gRPC server on node:http2: length-prefixed protobuf messages in, the same
 * out, status in trailers. Enough for unary and server-streaming methods, with
 * no gRPC library to load at start-up.
 */
export const Status = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  RESOURCE_EXHAUSTED: 8,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
} as const;

export class GrpcError extends Error {
  override name = "GrpcError";
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

export interface CallContext {
  signal: AbortSignal;
  /** Run something once the response has been sent and the stream closed. */
  onFinished(callback: () => void): void;
}

/** A response already in protobuf form, sent as it is (see `precompute`). */
export class Encoded {
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
}

export type UnaryHandler = (
  request: Message,
  ctx: CallContext,
) => Promise<Message | Encoded> | Message | Encoded;
export type StreamHandler = (request: Message, ctx: CallContext) => AsyncIterable<Message>;

interface Route {
  method: MethodDescriptor;
  unary?: UnaryHandler;
  stream?: StreamHandler;
}

export interface GrpcServerOptions {
  codec: ProtoCodec;
  /** Largest request message accepted, in bytes. */
  maxReceiveBytes: number;
  onError?: (path: string, error: unknown) => void;
  /** Called when a call has been answered, with how long it took from its first byte. */
  onServed?: (path: string, milliseconds: number) => void;
}

export class GrpcRouter {
  private readonly routes = new Map<string, Route>();
  private readonly opts: GrpcServerOptions;

  constructor(opts: GrpcServerOptions) {
    this.opts = opts;
  }

  /** Register handlers for a service's methods; methods without one answer UNIMPLEMENTED. */
  addService(
    service: string,
    methods: readonly MethodDescriptor[],
    handlers: Record<string, UnaryHandler | StreamHandler | undefined>,
  ): void {
    const name = service.replace(/^\./, "");
    for (const method of methods) {
      const handler = handlers[method.name];
      if (!handler) continue;
      const route: Route = { method };
      if (method.serverStreaming) route.stream = handler as StreamHandler;
      else route.unary = handler as UnaryHandler;
      this.routes.set(`/${name}/${method.name}`, route);
    }
  }

  handle = (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders): void => {
    const path = String(headers[":path"] ?? "");
    const route = this.routes.get(path);
    const controller = new AbortController();
    const finished: Array<() => void> = [];
    const ctx: CallContext = { signal: controller.signal, onFinished: (cb) => finished.push(cb) };
    let answered = false;
    stream.on("close", () => {
      // Aborting builds a DOMException with a stack; only a call still running needs to hear it.
      if (!answered) controller.abort();
      for (const cb of finished) cb();
    });
    stream.on("error", () => controller.abort());
    if (!route) {
      this.trailersOnly(stream, Status.UNIMPLEMENTED, `unknown method ${path}`);
      stream.resume();
      return;
    }
    const started = performance.now();
    this.readRequest(stream)
      .then(async (body) => {
        const request = this.opts.codec.decode(route.method.input, body);
        if (route.unary) {
          const response = await route.unary(request, ctx);
          const bytes =
            response instanceof Encoded
              ? response.bytes
              : this.opts.codec.encode(route.method.output, response);
          this.respond(stream, [bytes]);
        } else {
          this.startStream(stream);
          for await (const item of route.stream!(request, ctx)) {
            if (stream.destroyed) return;
            stream.write(frame(this.opts.codec.encode(route.method.output, item)));
          }
          this.finish(stream, Status.OK, "");
        }
        answered = true;
        this.opts.onServed?.(path, performance.now() - started);
      })
      .catch((error: unknown) => {
        this.opts.onError?.(path, error);
        const code = error instanceof GrpcError ? error.code : Status.INTERNAL;
        const message = error instanceof Error ? error.message : String(error);
        if (stream.headersSent) this.finish(stream, code, message);
        else this.trailersOnly(stream, code, message);
      });
  };

  private readRequest(stream: http2.ServerHttp2Stream): Promise<Uint8Array> {
    const limit = this.opts.maxReceiveBytes;
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit + 5) {
          reject(new GrpcError(Status.RESOURCE_EXHAUSTED, `request larger than ${limit} bytes`));
          stream.pause();
          return;
        }
        chunks.push(chunk);
      });
      stream.on("end", () => {
        const data = Buffer.concat(chunks);
        if (data.length < 5) return reject(new GrpcError(Status.INTERNAL, "request has no message"));
        if (data[0] !== 0)
          return reject(new GrpcError(Status.UNIMPLEMENTED, "compressed messages are not supported"));
        const length = data.readUInt32BE(1);
        if (length > limit)
          return reject(new GrpcError(Status.RESOURCE_EXHAUSTED, `request larger than ${limit} bytes`));
        if (data.length < 5 + length)
          return reject(
            new GrpcError(
              Status.INTERNAL,
              `request message truncated: its prefix says ${length} bytes, ${data.length - 5} came`,
            ),
          );
        // Every call here takes one request message; bytes after it are a second message or
        // a wrong length prefix, and reading on as if they were not there would hide either.
        if (data.length > 5 + length)
          return reject(
            new GrpcError(
              Status.INTERNAL,
              `request has ${data.length - 5 - length} bytes after its ${length}-byte message; a call takes one message`,
            ),
          );
        resolve(data.subarray(5, 5 + length));
      });
      stream.on("error", reject);
    });
  }

  private startStream(stream: http2.ServerHttp2Stream): void {
    stream.respond({ ":status": 200, "content-type": "application/grpc+proto" }, { waitForTrailers: true });
  }

  private respond(stream: http2.ServerHttp2Stream, messages: Uint8Array[]): void {
    if (stream.destroyed) return;
    this.startStream(stream);
    for (const m of messages) stream.write(frame(m));
    this.finish(stream, Status.OK, "");
  }

  private finish(stream: http2.ServerHttp2Stream, code: number, message: string): void {
    if (stream.destroyed) return;
    stream.once("wantTrailers", () => {
      stream.sendTrailers({
        "grpc-status": String(code),
        ...(message ? { "grpc-message": encodeURIComponent(message) } : {}),
      });
    });
    stream.end();
  }

  private trailersOnly(stream: http2.ServerHttp2Stream, code: number, message: string): void {
    if (stream.destroyed) return;
    stream.respond(
      {
        ":status": 200,
        "content-type": "application/grpc+proto",
        "grpc-status": String(code),
        "grpc-message": encodeURIComponent(message),
      },
      { endStream: true },
    );
  }
}

function frame(message: Uint8Array): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt32BE(message.length, 1);
  return Buffer.concat([header, message]);
}
