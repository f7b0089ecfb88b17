/**
 * Connection outputs: where the platform publishes what a client needs to connect,
 * and how those raw Secrets and Services become typed fields such as host, port,
 * username, password, uri or kubeconfig.
 */

/** What the platform publishes, as read back by the provider or the function. */
export interface OutputSource {
  name: string;
  namespace: string;
  /** `<prefix><name>`: the Helm release and the stem of every derived object name. */
  release: string;
  /** The spec with defaults applied. */
  spec: Record<string, unknown>;
  /** Decoded data of the kind's credentials Secret, when it exists. */
  secret?: Record<string, string>;
  /** Decoded data of per-user Secrets, keyed by user name. */
  userSecrets?: Record<string, Record<string, string>>;
  /** The API server URL the platform was read through, when the reader knows it. */
  server?: string;
  /** The kind's main Service, when it exists. */
  service?: { name: string; namespace: string; ports: Record<string, number>; externalIP?: string };
}

/** How the stand-in and the docs know which keys a Secret carries. */
export type SecretLayout =
  /** One key per user in spec.users, holding the password; plus fixed extra keys. */
  | { type: "per-user"; extraKeys?: readonly string[] }
  /** A fixed set of keys. */
  | { type: "keys"; keys: readonly string[] };

export interface SecretDeclaration {
  /** Most follow the release; a tenant module's may follow the namespace instead. */
  name: (release: string, namespace: string) => string;
  layout: SecretLayout;
  /** The platform may publish it late, or only once a later upgrade runs. */
  mayAppearLate?: boolean;
}

export interface UserSecretDeclaration {
  name: (release: string, user: string) => string;
  keys: readonly string[];
}

export interface ServiceDeclaration {
  name: (release: string) => string;
  /** Named ports; the first is the main one. */
  ports: Readonly<Record<string, number>>;
  /** Becomes a LoadBalancer when spec.external is true. */
  externalWhen?: "external";
}

export type OutputValue = string | number | Record<string, string> | Record<string, Record<string, string>>;

export type OutputType =
  | { type: "string" }
  | { type: "number" }
  | { type: "map" }
  | { type: "object-map"; attributes: readonly string[] };

export type OutputField = OutputType & {
  description: string;
  sensitive?: boolean;
  derive: (source: OutputSource) => OutputValue | undefined;
};

export interface OutputsDeclaration {
  secret?: SecretDeclaration;
  userSecrets?: UserSecretDeclaration;
  service?: ServiceDeclaration;
  /** Typed outputs, keyed by their platform-neutral snake_case name. */
  fields: Readonly<Record<string, OutputField>>;
}

export function serviceHost(source: OutputSource): string | undefined {
  return source.service ? `${source.service.name}.${source.service.namespace}.svc` : undefined;
}

export function mainPort(source: OutputSource): number | undefined {
  const ports = source.service ? Object.values(source.service.ports) : [];
  return ports[0];
}

/** Evaluate every output field; fields whose source is missing are left out. */
export function deriveOutputs(
  outputs: OutputsDeclaration,
  source: OutputSource,
): Record<string, OutputValue> {
  const result: Record<string, OutputValue> = {};
  for (const [key, field] of Object.entries(outputs.fields)) {
    const value = field.derive(source);
    if (value !== undefined) result[key] = value;
  }
  return result;
}
