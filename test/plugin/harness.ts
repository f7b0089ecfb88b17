import { spawn, type ChildProcess } from "node:child_process";
import * as http2 from "node:http2";
import { join } from "node:path";
import { createCertificate, type Certificate } from "../../provider/plugin/transport/certificate.ts";
import { descriptors } from "../../provider/plugin/proto/descriptors.generated.ts";
import { ProtoCodec, type Message } from "../../provider/plugin/wire/protobuf.ts";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "../../provider/plugin/serve.ts";

/**
 * Runs a provider binary the way go-plugin does and talks gRPC to it directly,
 * for the parts of the protocol no host exercises on demand.
 */
export const TOY_ENTRY = join(import.meta.dirname, "..", "toy-provider", "main.ts");
export const codec = new ProtoCodec(descriptors);

export interface Launched {
  child: ChildProcess;
  handshake: string;
  fields: string[];
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Start a provider: a node script (default) or, with `binary`, an executable. */
export function launch(entry: string, env: NodeJS.ProcessEnv, binary = false): Promise<Launched> {
  const [command, args] = binary ? [entry, []] : [process.execPath, [entry]];
  const child = spawn(command, args, {
    env: { PATH: process.env.PATH, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no handshake within 10 s; stderr: ${err}`)), 10_000);
    const check = () => {
      const newline = out.indexOf("\n");
      if (newline >= 0) {
        clearTimeout(timer);
        const handshake = out.slice(0, newline);
        resolve({
          child,
          handshake,
          fields: handshake.split("|"),
          stdout: () => out,
          stderr: () => err,
          exited,
        });
      }
    };
    child.stdout!.on("data", check);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (!out.includes("\n"))
        reject(
          Object.assign(new Error(`exited ${code} before the handshake: ${err}`), { code, stderr: err }),
        );
    });
  });
}

export function hostEnv(clientCert?: Certificate): NodeJS.ProcessEnv {
  return {
    [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: "5,6",
    ...(clientCert ? { PLUGIN_CLIENT_CERT: clientCert.pem } : {}),
  };
}

export function newClientCertificate(): Certificate {
  return createCertificate();
}

/** Connect like go-plugin's client: mTLS with the host certificate, trusting the handshake's server cert. */
export function connect(l: Launched, clientCert?: Certificate): http2.ClientHttp2Session {
  const [, , network, address = "", , serverCert] = l.fields;
  const authority = network === "unix" ? "http://localhost" : `http://${address}`;
  if (!clientCert || !serverCert) {
    return http2.connect(authority, network === "unix" ? ({ path: address } as never) : {});
  }
  const der = Buffer.from(serverCert, "base64");
  const pem = `-----BEGIN CERTIFICATE-----\n${der
    .toString("base64")
    .match(/.{1,64}/g)!
    .join("\n")}\n-----END CERTIFICATE-----\n`;
  return http2.connect(`https://localhost`, {
    ...(network === "unix"
      ? { path: address }
      : { host: address.split(":")[0], port: Number(address.split(":")[1]) }),
    ca: [pem],
    cert: clientCert.pem,
    key: clientCert.keyPem,
    servername: "localhost",
    ALPNProtocols: ["h2"],
    minVersion: "TLSv1.2",
  } as never);
}

export interface CallResult {
  status: number;
  message: string;
  responses: Message[];
}

/** One gRPC call: unary or server-streaming. */
export function call(
  session: http2.ClientHttp2Session,
  service: string,
  method: string,
  request: Message,
): Promise<CallResult> {
  const desc = descriptors.services[service]!.find((m) => m.name === method)!;
  const body = codec.encode(desc.input, request);
  const frame = Buffer.alloc(5 + body.length);
  frame.writeUInt32BE(body.length, 1);
  Buffer.from(body).copy(frame, 5);
  return new Promise((resolve, reject) => {
    const stream = session.request({
      ":method": "POST",
      ":path": `/${service.slice(1)}/${method}`,
      "content-type": "application/grpc",
      te: "trailers",
    });
    const chunks: Buffer[] = [];
    let status = -1;
    let message = "";
    stream.on("response", (headers) => {
      if (headers["grpc-status"] !== undefined) {
        status = Number(headers["grpc-status"]);
        message = decodeURIComponent(String(headers["grpc-message"] ?? ""));
      }
    });
    stream.on("trailers", (trailers) => {
      status = Number(trailers["grpc-status"]);
      message = decodeURIComponent(String(trailers["grpc-message"] ?? ""));
    });
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("error", reject);
    stream.on("end", () => {
      const data = Buffer.concat(chunks);
      const responses: Message[] = [];
      for (let p = 0; p + 5 <= data.length;) {
        const n = data.readUInt32BE(p + 1);
        responses.push(codec.decode(desc.output, data.subarray(p + 5, p + 5 + n)));
        p += 5 + n;
      }
      resolve({ status, message, responses });
    });
    stream.end(frame);
  });
}
