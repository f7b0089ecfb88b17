import type * as http2 from "node:http2";

/**
 * One gRPC call with bytes as they are: whatever body, framed or not, is sent on a POST
 * to `path`, and what came back is reported raw. A call that gets no end within
 * `timeoutMs` is cancelled and reported as hung.
 */
export interface RawReply {
  hung: false;
  /** HTTP :status. */
  httpStatus: number;
  /** grpc-status from the trailers or a trailers-only response; undefined when none came. */
  grpcStatus: number | undefined;
  grpcMessage: string;
  body: Buffer;
  /** The stream failed (reset, session error) rather than ending with a status. */
  streamError?: string;
}

export type RawResult = RawReply | { hung: true };

export function rawCall(
  session: http2.ClientHttp2Session,
  path: string,
  body: Uint8Array,
  timeoutMs: number,
): Promise<RawResult> {
  return new Promise((resolve) => {
    const stream = session.request({
      ":method": "POST",
      ":path": path,
      "content-type": "application/grpc",
      te: "trailers",
    });
    const reply: RawReply = {
      hung: false,
      httpStatus: 0,
      grpcStatus: undefined,
      grpcMessage: "",
      body: Buffer.alloc(0),
    };
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (result: RawResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (!stream.closed) stream.close();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ hung: true }), timeoutMs);
    const status = (headers: http2.IncomingHttpHeaders) => {
      if (headers["grpc-status"] === undefined) return;
      reply.grpcStatus = Number(headers["grpc-status"]);
      reply.grpcMessage = decodeMessage(String(headers["grpc-message"] ?? ""));
    };
    stream.on("response", (headers) => {
      reply.httpStatus = Number(headers[":status"]);
      status(headers);
    });
    stream.on("trailers", status);
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("error", (error: Error) => {
      reply.streamError = error.message;
      reply.body = Buffer.concat(chunks);
      finish(reply);
    });
    // A status with the end of the response is the whole answer, even while the server has
    // not read all of the request (it answered early): closing cancels what is left.
    stream.on("end", () => {
      if (reply.grpcStatus === undefined) return;
      reply.body = Buffer.concat(chunks);
      finish(reply);
    });
    stream.on("close", () => {
      reply.body = Buffer.concat(chunks);
      finish(reply);
    });
    // A write to a stream the server already answered may fail; the reply above still counts.
    stream.end(body, () => {});
  });
}

function decodeMessage(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A gRPC message frame: compressed flag, 4-byte big-endian length, the message. */
export function frame(message: Uint8Array, options: { compressed?: number; length?: number } = {}): Buffer {
  const header = Buffer.alloc(5);
  header[0] = options.compressed ?? 0;
  header.writeUInt32BE(options.length ?? message.length, 1);
  return Buffer.concat([header, message]);
}

/** The messages in a response body; undefined if the framing is broken. */
export function unframe(body: Buffer): Uint8Array[] | undefined {
  const out: Uint8Array[] = [];
  let p = 0;
  while (p < body.length) {
    if (p + 5 > body.length) return undefined;
    const n = body.readUInt32BE(p + 1);
    if (body[p] !== 0 || p + 5 + n > body.length) return undefined;
    out.push(body.subarray(p + 5, p + 5 + n));
    p += 5 + n;
  }
  return out;
}
