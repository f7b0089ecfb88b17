import type { OutputSource } from "./outputs.ts";

/** The parts of a Kubernetes Service that connection outputs read. */
export interface ServiceLike {
  metadata: { name: string; namespace?: string };
  spec?: { ports?: ReadonlyArray<{ name?: string; port: number }> };
  status?: { loadBalancer?: { ingress?: ReadonlyArray<{ ip?: string; hostname?: string }> } };
}

/**
 * A Service as the outputs declaration sees it: ports by name (an unnamed port is
 * `port<index>`) and the first load-balancer address, an IP or else a host name.
 * The provider and the Crossplane function both read Services through here.
 */
export function serviceSource(service: ServiceLike, namespace: string): NonNullable<OutputSource["service"]> {
  const ports = Object.fromEntries((service.spec?.ports ?? []).map((p, i) => [p.name ?? `port${i}`, p.port]));
  const ingress = service.status?.loadBalancer?.ingress?.[0];
  const externalIP = ingress?.ip ?? ingress?.hostname;
  return {
    name: service.metadata.name,
    namespace: service.metadata.namespace ?? namespace,
    ports,
    ...(externalIP !== undefined ? { externalIP } : {}),
  };
}
