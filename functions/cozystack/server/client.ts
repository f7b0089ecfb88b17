import type { RunFunctionRequest, RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";
import {
  credentials as channelCredentials,
  makeGenericClientConstructor,
  type ChannelOptions,
  type ClientReadableStream,
  type ServiceError,
} from "@grpc/grpc-js";
import { functionRunnerService } from "./codec.ts";
import { healthServiceDefinition, type HealthCheckRequest, type HealthCheckResponse } from "./health.ts";

/**
 * A client for the function's two services, speaking to it as Crossplane core and a
 * health probe do. The server never uses it; tests and the benchmark do. The SDK's
 * FunctionRunnerServiceClient is not in its package exports, so the client is made
 * from a service definition: the SDK's, with our codec (codec.ts says why), as the
 * server uses it.
 */
export interface FunctionClient {
  runFunction(request: RunFunctionRequest): Promise<RunFunctionResponse>;
  check(service: string): Promise<HealthCheckResponse>;
  watch(service: string): ClientReadableStream<HealthCheckResponse>;
  close(): void;
}

/** PEM material for mutual TLS; leave out cert and key to connect without a client certificate. */
export interface ClientTls {
  ca: Buffer;
  cert?: Buffer;
  key?: Buffer;
}

type Unary<Req, Res> = (request: Req, callback: (error: ServiceError | null, response?: Res) => void) => void;

const FunctionRunner = makeGenericClientConstructor(functionRunnerService, "FunctionRunnerService");
const Health = makeGenericClientConstructor(healthServiceDefinition, "Health");

/** `tls` undefined means plain text, for a server started with --insecure. */
export function connectFunction(
  address: string,
  tls?: ClientTls,
  options: ChannelOptions = {},
): FunctionClient {
  const credentials = tls
    ? channelCredentials.createSsl(tls.ca, tls.key ?? null, tls.cert ?? null)
    : channelCredentials.createInsecure();
  const runner = new FunctionRunner(address, credentials, options);
  const health = new Health(address, credentials, options);
  const unary = <Req, Res>(method: unknown, request: Req) =>
    new Promise<Res>((resolve, reject) =>
      (method as Unary<Req, Res>)(request, (error, response) => (error ? reject(error) : resolve(response!))),
    );
  return {
    runFunction: (request) => unary(runner.runFunction!.bind(runner), request),
    check: (service) => unary(health.check!.bind(health), { service } satisfies HealthCheckRequest),
    watch: (service) =>
      (health.watch! as (r: HealthCheckRequest) => ClientReadableStream<HealthCheckResponse>).call(health, {
        service,
      }),
    close: () => {
      runner.close();
      health.close();
    },
  };
}
