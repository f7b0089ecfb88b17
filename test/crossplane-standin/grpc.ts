import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import {
  FunctionRunnerServiceService,
  type RunFunctionRequest,
  type RunFunctionResponse,
} from "@crossplane-org/function-sdk-typescript";

/**
 * Calls composition functions over gRPC the way Crossplane core does: mutual TLS with a
 * client certificate (Crossplane's `/tls/client`: tls.crt, tls.key, ca.crt), the server
 * verified against the CA, round-robin, wait-for-ready, no per-call timeout beyond the
 * reconcile's deadline, and a retry on the v1beta1 service when v1 is Unimplemented.
 * Where each function listens comes from the stand-in's configuration, not from
 * FunctionRevisions (no package manager runs here).
 */
export interface ClientTls {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}

export interface FunctionEndpoint {
  /** host:port */
  address: string;
  /** Client certificate and CA; omit only for a function started with --insecure. */
  tls?: ClientTls;
}

/** Runs one named function once. Rejects with the gRPC error (status and details). */
export type FunctionRunner = (
  functionName: string,
  request: RunFunctionRequest,
  deadline: Date,
) => Promise<RunFunctionResponse>;

/** The client TLS material from a directory laid out as Crossplane mounts it. */
export function clientTlsFromDir(dir: string): ClientTls {
  return {
    ca: readFileSync(join(dir, "ca.crt")),
    cert: readFileSync(join(dir, "tls.crt")),
    key: readFileSync(join(dir, "tls.key")),
  };
}

const v1 = FunctionRunnerServiceService;
/** The same RPC under its older package name; the messages are identical on the wire. */
const v1beta1 = {
  runFunction: {
    ...v1.runFunction,
    path: "/apiextensions.fn.proto.v1beta1.FunctionRunnerService/RunFunction",
  },
} as const;

type Unary = (
  request: RunFunctionRequest,
  metadata: grpc.Metadata,
  options: Partial<grpc.CallOptions>,
  callback: (error: grpc.ServiceError | null, response?: RunFunctionResponse) => void,
) => void;

interface Connection {
  v1: grpc.Client & { runFunction: Unary };
  v1beta1: grpc.Client & { runFunction: Unary };
}

export class GrpcFunctionRunner {
  private readonly endpoints: Record<string, FunctionEndpoint>;
  /** Connections are cached per function, as core caches them per Function. */
  private readonly connections = new Map<string, Connection>();

  constructor(endpoints: Record<string, FunctionEndpoint>) {
    this.endpoints = endpoints;
  }

  readonly run: FunctionRunner = async (functionName, request, deadline) => {
    const connection = this.connect(functionName);
    try {
      return await call(connection.v1, request, deadline);
    } catch (error) {
      if ((error as grpc.ServiceError).code !== grpc.status.UNIMPLEMENTED) throw error;
      return call(connection.v1beta1, request, deadline);
    }
  };

  close(): void {
    for (const c of this.connections.values()) {
      c.v1.close();
      c.v1beta1.close();
    }
    this.connections.clear();
  }

  private connect(functionName: string): Connection {
    const cached = this.connections.get(functionName);
    if (cached) return cached;
    const endpoint = this.endpoints[functionName];
    if (!endpoint) throw new Error(`no endpoint configured for function "${functionName}"`);
    const credentials = endpoint.tls
      ? grpc.credentials.createSsl(endpoint.tls.ca, endpoint.tls.key, endpoint.tls.cert)
      : grpc.credentials.createInsecure();
    const options = { "grpc.service_config": JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }) };
    const V1 = grpc.makeGenericClientConstructor(v1, "FunctionRunnerService");
    const V1beta1 = grpc.makeGenericClientConstructor(v1beta1, "FunctionRunnerService");
    const connection = {
      v1: new V1(`dns:///${endpoint.address}`, credentials, options) as unknown as Connection["v1"],
      v1beta1: new V1beta1(
        `dns:///${endpoint.address}`,
        credentials,
        options,
      ) as unknown as Connection["v1beta1"],
    };
    this.connections.set(functionName, connection);
    return connection;
  }
}

function call(
  client: Connection["v1"],
  request: RunFunctionRequest,
  deadline: Date,
): Promise<RunFunctionResponse> {
  return new Promise((resolve, reject) => {
    client.runFunction(
      request,
      new grpc.Metadata({ waitForReady: true }),
      { deadline },
      (error, response) => {
        if (error) reject(error);
        else resolve(response!);
      },
    );
  });
}
