import * as http2 from "node:http2";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { descriptors } from "../proto/descriptors.generated.ts";
import { ProtoCodec } from "../wire/protobuf.ts";
import { GrpcRouter, Status } from "./grpc.ts";

/** What `npm run fuzz` found in the gRPC router, kept as regressions (test/fuzz/rpc.ts). */
const codec = new ProtoCodec(descriptors);
let server: http2.Http2Server;
let session: http2.ClientHttp2Session;
let calls = 0;

beforeAll(async () => {
  const router = new GrpcRouter({ codec, maxReceiveBytes: 1024 });
  router.addService(".tfplugin6.Provider", descriptors.services[".tfplugin6.Provider"]!, {
    GetMetadata: () => {
      calls++;
      return { server_capabilities: { plan_destroy: true } };
    },
  });
  server = http2.createServer();
  server.on("stream", router.handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  session = http2.connect(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(async () => {
  session.close();
  await new Promise((resolve) => server.close(resolve));
});

function frame(message: Uint8Array, length = message.length): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt32BE(length, 1);
  return Buffer.concat([header, message]);
}

function send(body: Buffer): Promise<{ status: number; message: string }> {
  return new Promise((resolve, reject) => {
    const stream = session.request({
      ":method": "POST",
      ":path": "/tfplugin6.Provider/GetMetadata",
      "content-type": "application/grpc",
    });
    let status = -1;
    let message = "";
    const take = (headers: http2.IncomingHttpHeaders) => {
      if (headers["grpc-status"] === undefined) return;
      status = Number(headers["grpc-status"]);
      message = decodeURIComponent(String(headers["grpc-message"] ?? ""));
    };
    stream.on("response", take);
    stream.on("trailers", take);
    stream.on("data", () => {});
    stream.on("error", reject);
    stream.on("close", () => resolve({ status, message }));
    stream.end(body);
  });
}

const empty = new Uint8Array();

describe("a unary request with more than its one message", () => {
  const cases = [
    {
      reason: "two messages (the second was ignored and the call answered OK)",
      body: Buffer.concat([frame(empty), frame(empty)]),
      message: "request has 5 bytes after its 0-byte message; a call takes one message",
    },
    {
      reason: "a length prefix shorter than the message (the rest was ignored)",
      body: frame(Uint8Array.of(0x0a, 0x00), 1),
      message: "request has 1 bytes after its 1-byte message; a call takes one message",
    },
    {
      reason: "a length prefix longer than the message",
      body: frame(Uint8Array.of(0x0a, 0x00), 7),
      message: "request message truncated: its prefix says 7 bytes, 2 came",
    },
  ];
  it.each(cases)(
    "is refused with INTERNAL naming it, before the handler: $reason",
    async ({ body, message }) => {
      const before = calls;
      expect(await send(body)).toEqual({ status: Status.INTERNAL, message });
      expect(calls).toBe(before);
    },
  );

  it("and the next proper call is served", async () => {
    expect(await send(frame(empty))).toEqual({ status: Status.OK, message: "" });
  });
});
