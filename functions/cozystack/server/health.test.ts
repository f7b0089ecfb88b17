import type { Severity } from "@crossplane-org/function-sdk-typescript";
import { Result, SchemaSelector } from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import {
  decodeHealthCheckRequest,
  decodeHealthCheckResponse,
  encodeHealthCheckRequest,
  encodeHealthCheckResponse,
  ServingStatus,
} from "./health.ts";

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => [...Buffer.from(s)];

describe("HealthCheckRequest encoding (string service = 1)", () => {
  const cases = [
    { reason: "the whole server: an empty message, as grpc_health_probe sends", service: "", wire: bytes() },
    {
      reason: "a named service: tag 0x0a, length, UTF-8",
      service: "abc",
      wire: bytes(0x0a, 3, ...ascii("abc")),
    },
    {
      reason: "the function's service name",
      service: "apiextensions.fn.proto.v1.FunctionRunnerService",
      wire: bytes(0x0a, 47, ...ascii("apiextensions.fn.proto.v1.FunctionRunnerService")),
    },
  ];
  it.each(cases)("$reason", ({ service, wire }) => {
    expect(encodeHealthCheckRequest({ service })).toEqual(wire);
    expect(decodeHealthCheckRequest(wire)).toEqual({ service });
  });

  it("skips fields it does not know, as protobuf requires", () => {
    // SchemaSelector has the same field 1 (a string) plus a field 2 the health request lacks.
    const wire = SchemaSelector.encode({ apiVersion: "svc", kind: "extra" }).finish();
    expect(decodeHealthCheckRequest(wire)).toEqual({ service: "svc" });
  });

  it("refuses a truncated message instead of inventing a service", () => {
    expect(() => decodeHealthCheckRequest(bytes(0x0a, 5, ...ascii("ab")))).toThrow();
  });
});

describe("HealthCheckResponse encoding (ServingStatus status = 1)", () => {
  const cases = [
    { reason: "UNKNOWN is the proto3 default and is left out", status: ServingStatus.UNKNOWN, wire: bytes() },
    { reason: "SERVING: tag 0x08, varint 1", status: ServingStatus.SERVING, wire: bytes(0x08, 1) },
    { reason: "NOT_SERVING: varint 2", status: ServingStatus.NOT_SERVING, wire: bytes(0x08, 2) },
    { reason: "SERVICE_UNKNOWN: varint 3", status: ServingStatus.SERVICE_UNKNOWN, wire: bytes(0x08, 3) },
  ];
  it.each(cases)("$reason", ({ status, wire }) => {
    expect(encodeHealthCheckResponse({ status })).toEqual(wire);
    expect(decodeHealthCheckResponse(wire)).toEqual({ status });
  });

  it("reads the enum from a message with more fields and keeps a value it does not know", () => {
    // Result: an enum at field 1 like the health response, then strings it does not have.
    const wire = Result.encode({ severity: 7 as Severity, message: "m", reason: "r" }).finish();
    expect(decodeHealthCheckResponse(wire)).toEqual({ status: 7 });
  });
});
