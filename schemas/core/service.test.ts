import { describe, expect, it } from "vitest";
import { serviceSource, type ServiceLike } from "./service.ts";

describe("serviceSource", () => {
  const cases: Array<{ reason: string; service: ServiceLike; want: ReturnType<typeof serviceSource> }> = [
    {
      reason: "named ports, in order, and no address without a load balancer",
      service: {
        metadata: { name: "postgres-db-rw", namespace: "tenant-a" },
        spec: {
          ports: [
            { name: "postgres", port: 5432 },
            { name: "metrics", port: 9187 },
          ],
        },
      },
      want: { name: "postgres-db-rw", namespace: "tenant-a", ports: { postgres: 5432, metrics: 9187 } },
    },
    {
      reason: "an unnamed port is named by its index",
      service: { metadata: { name: "s" }, spec: { ports: [{ port: 80 }, { name: "https", port: 443 }] } },
      want: { name: "s", namespace: "tenant-b", ports: { port0: 80, https: 443 } },
    },
    {
      reason: "the first load-balancer IP is the external address",
      service: {
        metadata: { name: "lb", namespace: "tenant-a" },
        spec: { ports: [{ name: "vpn", port: 40000 }] },
        status: { loadBalancer: { ingress: [{ ip: "192.0.2.10" }, { ip: "192.0.2.11" }] } },
      },
      want: { name: "lb", namespace: "tenant-a", ports: { vpn: 40000 }, externalIP: "192.0.2.10" },
    },
    {
      reason: "a load balancer that gives a host name instead of an IP",
      service: {
        metadata: { name: "lb", namespace: "tenant-a" },
        status: { loadBalancer: { ingress: [{ hostname: "lb.example.test" }] } },
      },
      want: { name: "lb", namespace: "tenant-a", ports: {}, externalIP: "lb.example.test" },
    },
    {
      reason: "a load balancer still being provisioned has no address yet",
      service: { metadata: { name: "lb", namespace: "tenant-a" }, status: { loadBalancer: {} } },
      want: { name: "lb", namespace: "tenant-a", ports: {} },
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      expect(serviceSource(c.service, "tenant-b")).toEqual(c.want);
    });
  }
});
