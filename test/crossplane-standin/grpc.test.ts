import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import {
  FunctionRunnerServiceService,
  type RunFunctionRequest,
  type RunFunctionResponse,
} from "@crossplane-org/function-sdk-typescript";
import { makeTls, type TlsMaterial } from "../support/tls.ts";
import { clientTlsFromDir, GrpcFunctionRunner } from "./grpc.ts";

/** A function server that demands a client certificate signed by its CA, as Go functions do. */
async function startServer(tls: TlsMaterial, service: grpc.ServiceDefinition, seen: RunFunctionRequest[]) {
  const server = new grpc.Server();
  server.addService(service, {
    runFunction: (
      call: grpc.ServerUnaryCall<RunFunctionRequest, RunFunctionResponse>,
      done: grpc.sendUnaryData<RunFunctionResponse>,
    ) => {
      seen.push(call.request);
      done(null, {
        meta: { tag: call.request.meta!.tag, ttl: { seconds: 7, nanos: 0 } },
        desired: call.request.desired,
        results: [],
        context: call.request.context,
        requirements: undefined,
        conditions: [],
      });
    },
  });
  const credentials = grpc.ServerCredentials.createSsl(
    tls.ca,
    [{ private_key: tls.server.key, cert_chain: tls.server.cert }],
    true,
  );
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", credentials, (error, p) => (error ? reject(error) : resolve(p))),
  );
  return { server, address: `127.0.0.1:${port}` };
}

const request = (tag: string): RunFunctionRequest => ({
  meta: { tag, capabilities: [1] },
  observed: { composite: { resource: { kind: "XBucket" }, connectionDetails: {}, ready: 0 }, resources: {} },
  desired: { composite: undefined, resources: {} },
  input: { kind: "Input" },
  context: {},
  extraResources: {},
  credentials: {},
  requiredResources: {},
  requiredSchemas: {},
});

const soon = () => new Date(Date.now() + 10_000);

describe("calling functions over mutual TLS", () => {
  const dir = mkdtempSync(join(tmpdir(), "xp-standin-grpc-"));
  let tls: TlsMaterial;
  let other: TlsMaterial;
  const servers: grpc.Server[] = [];

  beforeAll(() => {
    tls = makeTls(join(dir, "good"));
    other = makeTls(join(dir, "other"), "some-other-ca");
  });
  afterAll(() => {
    for (const s of servers) s.forceShutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends the request with the client certificate and decodes the response", async () => {
    const seen: RunFunctionRequest[] = [];
    const { server, address } = await startServer(tls, FunctionRunnerServiceService, seen);
    servers.push(server);
    const runner = new GrpcFunctionRunner({
      "function-test": { address, tls: clientTlsFromDir(tls.clientDir) },
    });
    try {
      const response = await runner.run("function-test", request("t1"), soon());
      expect(response.meta).toEqual({ tag: "t1", ttl: { seconds: 7, nanos: 0 } });
      expect(seen[0]!.input).toEqual({ kind: "Input" });
    } finally {
      runner.close();
    }
  });

  it("fails when its client certificate is not signed by the function's CA", async () => {
    const { server, address } = await startServer(tls, FunctionRunnerServiceService, []);
    servers.push(server);
    const stranger = { ...clientTlsFromDir(other.clientDir), ca: tls.ca };
    const runner = new GrpcFunctionRunner({ "function-test": { address, tls: stranger } });
    try {
      await expect(
        runner.run("function-test", request("t2"), new Date(Date.now() + 1000)),
      ).rejects.toMatchObject({
        code: expect.any(Number),
      });
    } finally {
      runner.close();
    }
  });

  it("falls back to the v1beta1 service when v1 is unimplemented", async () => {
    const seen: RunFunctionRequest[] = [];
    const v1beta1 = {
      runFunction: {
        ...FunctionRunnerServiceService.runFunction,
        path: "/apiextensions.fn.proto.v1beta1.FunctionRunnerService/RunFunction",
      },
    } as unknown as grpc.ServiceDefinition;
    const { server, address } = await startServer(tls, v1beta1, seen);
    servers.push(server);
    const runner = new GrpcFunctionRunner({ old: { address, tls: clientTlsFromDir(tls.clientDir) } });
    try {
      expect((await runner.run("old", request("t3"), soon())).meta?.tag).toBe("t3");
      expect(seen).toHaveLength(1);
    } finally {
      runner.close();
    }
  });

  it("refuses a function it has no address for", async () => {
    const runner = new GrpcFunctionRunner({});
    await expect(runner.run("function-unknown", request("t4"), soon())).rejects.toThrow(
      'no endpoint configured for function "function-unknown"',
    );
  });
});
