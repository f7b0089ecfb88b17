import * as grpc from "@grpc/grpc-js";
import {
  FunctionRunnerServiceService,
  type RunFunctionRequest,
  type RunFunctionResponse,
} from "@crossplane-org/function-sdk-typescript";
import type { TlsMaterial } from "../support/tls.ts";

/**
 * A composition function for the stand-in's own tests: a gRPC server that demands a client
 * certificate signed by its CA (as Go functions do), records every request, and answers
 * with whatever the test's handler builds. Not function-cozystack: the stand-in must work for
 * any function.
 */
export interface TestFunction {
  address: string;
  requests: RunFunctionRequest[];
  stop(): void;
}

export type Handler = (request: RunFunctionRequest) => Partial<RunFunctionResponse>;

export async function startTestFunction(tls: TlsMaterial, handler: Handler): Promise<TestFunction> {
  const requests: RunFunctionRequest[] = [];
  const server = new grpc.Server();
  server.addService(FunctionRunnerServiceService, {
    runFunction: (
      call: grpc.ServerUnaryCall<RunFunctionRequest, RunFunctionResponse>,
      done: grpc.sendUnaryData<RunFunctionResponse>,
    ) => {
      requests.push(call.request);
      try {
        done(null, {
          meta: { tag: call.request.meta?.tag ?? "" },
          desired: call.request.desired,
          results: [],
          context: call.request.context,
          requirements: undefined,
          conditions: [],
          ...handler(call.request),
        });
      } catch (error) {
        done({ code: grpc.status.INTERNAL, details: String(error) });
      }
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
  return { address: `127.0.0.1:${port}`, requests, stop: () => server.forceShutdown() };
}
