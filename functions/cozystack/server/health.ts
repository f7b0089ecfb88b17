import {
  status as grpcStatus,
  type handleServerStreamingCall,
  type handleUnaryCall,
  type ServerWritableStream,
  type ServiceDefinition,
  type UntypedServiceImplementation,
} from "@grpc/grpc-js";
import { BinaryReader, BinaryWriter, WireType } from "@bufbuild/protobuf/wire";

/**
 * The standard gRPC health service (grpc/health/v1/health.proto), so probes and
 * `grpc_health_probe` can ask whether the function serves. Its two messages have one
 * field each, so they are encoded here by hand with @bufbuild/protobuf's wire codec
 * (a declared dependency, the one the SDK's generated code uses). The
 * `grpc-health-check` package is not used: it loads health.proto from disk at run time
 * through @grpc/proto-loader, which a single-file bundle does not carry.
 */
export const HEALTH_SERVICE_NAME = "grpc.health.v1.Health";

/** HealthCheckResponse.ServingStatus. SERVICE_UNKNOWN is only ever sent by Watch. */
export const ServingStatus = { UNKNOWN: 0, SERVING: 1, NOT_SERVING: 2, SERVICE_UNKNOWN: 3 } as const;
export type ServingStatus = (typeof ServingStatus)[keyof typeof ServingStatus];

export interface HealthCheckRequest {
  service: string;
}

export interface HealthCheckResponse {
  /** A ServingStatus; a number, since a peer may send a value this code does not know. */
  status: number;
}

/** `string service = 1;`, left out when empty as proto3 does. */
export function encodeHealthCheckRequest(message: HealthCheckRequest): Uint8Array {
  const writer = new BinaryWriter();
  if (message.service !== "") writer.tag(1, WireType.LengthDelimited).string(message.service);
  return writer.finish();
}

/** Unknown fields are skipped, as protobuf requires; truncated input throws. */
export function decodeHealthCheckRequest(bytes: Uint8Array): HealthCheckRequest {
  const reader = new BinaryReader(bytes);
  let service = "";
  while (reader.pos < reader.len) {
    const [field, wireType] = reader.tag();
    if (field === 1 && wireType === WireType.LengthDelimited) service = reader.string();
    else reader.skip(wireType, field);
  }
  return { service };
}

/** `ServingStatus status = 1;`, left out when UNKNOWN (0) as proto3 does. */
export function encodeHealthCheckResponse(message: HealthCheckResponse): Uint8Array {
  const writer = new BinaryWriter();
  if (message.status !== 0) writer.tag(1, WireType.Varint).int32(message.status);
  return writer.finish();
}

export function decodeHealthCheckResponse(bytes: Uint8Array): HealthCheckResponse {
  const reader = new BinaryReader(bytes);
  let status = 0;
  while (reader.pos < reader.len) {
    const [field, wireType] = reader.tag();
    if (field === 1 && wireType === WireType.Varint) status = reader.int32();
    else reader.skip(wireType, field);
  }
  return { status };
}

const serializeRequest = (m: HealthCheckRequest) => Buffer.from(encodeHealthCheckRequest(m));
const deserializeRequest = (b: Buffer) => decodeHealthCheckRequest(b);
const serializeResponse = (m: HealthCheckResponse) => Buffer.from(encodeHealthCheckResponse(m));
const deserializeResponse = (b: Buffer) => decodeHealthCheckResponse(b);

/** The service definition, usable by a grpc-js server and by makeGenericClientConstructor alike. */
export const healthServiceDefinition = {
  check: {
    path: `/${HEALTH_SERVICE_NAME}/Check`,
    requestStream: false,
    responseStream: false,
    requestSerialize: serializeRequest,
    requestDeserialize: deserializeRequest,
    responseSerialize: serializeResponse,
    responseDeserialize: deserializeResponse,
    originalName: "Check",
  },
  watch: {
    path: `/${HEALTH_SERVICE_NAME}/Watch`,
    requestStream: false,
    responseStream: true,
    requestSerialize: serializeRequest,
    requestDeserialize: deserializeRequest,
    responseSerialize: serializeResponse,
    responseDeserialize: deserializeResponse,
    originalName: "Watch",
  },
} satisfies ServiceDefinition;

export interface Health {
  implementation: UntypedServiceImplementation;
  /** Report NOT_SERVING from now on, tell every watcher, and end their streams so shutdown need not wait for them. */
  stopServing(): void;
}

/**
 * Health for the server as a whole ("") and for each named service. Everything is
 * SERVING while the process serves: the function holds no connection that could fail.
 */
export function createHealth(serviceNames: readonly string[]): Health {
  const known = new Set(["", ...serviceNames]);
  let serving = true;
  const watchers = new Set<ServerWritableStream<HealthCheckRequest, HealthCheckResponse>>();
  const current = (): ServingStatus => (serving ? ServingStatus.SERVING : ServingStatus.NOT_SERVING);
  const statusFor = (service: string): ServingStatus =>
    known.has(service) ? current() : ServingStatus.SERVICE_UNKNOWN;

  const check: handleUnaryCall<HealthCheckRequest, HealthCheckResponse> = (call, callback) => {
    if (!known.has(call.request.service)) {
      // What the health protocol asks of Check for a service the server does not know.
      callback({ code: grpcStatus.NOT_FOUND, details: `unknown service "${call.request.service}"` });
      return;
    }
    callback(null, { status: current() });
  };

  const watch: handleServerStreamingCall<HealthCheckRequest, HealthCheckResponse> = (call) => {
    call.write({ status: statusFor(call.request.service) });
    if (!serving) {
      call.end();
      return;
    }
    watchers.add(call);
    call.on("cancelled", () => watchers.delete(call));
  };

  return {
    implementation: { check, watch } as UntypedServiceImplementation,
    stopServing() {
      serving = false;
      for (const call of watchers) {
        call.write({ status: statusFor(call.request.service) });
        call.end();
      }
      watchers.clear();
    },
  };
}
