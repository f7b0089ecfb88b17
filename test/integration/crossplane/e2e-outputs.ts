import { releaseName, type KindDeclaration } from "../../../schemas/core/kind.ts";
import { deriveOutputs, type OutputSource, type OutputValue } from "../../../schemas/core/outputs.ts";
import { serviceSource, type ServiceLike } from "../../../schemas/core/service.ts";
import { decodeTenantSecret } from "../../../schemas/core/tenant-secret.ts";
import type { KubeClient, KubeObject } from "../../support/kube.ts";

/**
 * What a kind's connection Secret must hold, worked out from the model and from what the
 * platform published: its outputs declaration applied to the platform's Secret and Service,
 * laid out as DESIGN.md says (a scalar is its own key, a map `m` gives `m.<key>`, an object
 * map `m.<key>.<attr>`). The function computes the same from required resources; this reads
 * them directly.
 */
export async function expectedConnection(
  client: KubeClient,
  decl: KindDeclaration,
  platform: KubeObject,
): Promise<Record<string, string>> {
  const namespace = platform.metadata.namespace!;
  const name = platform.metadata.name;
  const release = releaseName(decl, name);
  const spec = (platform.spec ?? {}) as Record<string, unknown>;
  const source: OutputSource = { name, namespace, release, spec };
  const secret = async (secretName: string) => {
    const s = await client.getOrUndefined(`/api/v1/namespaces/${namespace}/secrets/${secretName}`);
    return s ? decodeTenantSecret({ data: (s.data ?? {}) as Record<string, string> }) : undefined;
  };
  if (decl.outputs.secret) source.secret = await secret(decl.outputs.secret.name(release, namespace));
  if (decl.outputs.service) {
    const service = await client.getOrUndefined(
      `/api/v1/namespaces/${namespace}/services/${decl.outputs.service.name(release)}`,
    );
    if (service) source.service = serviceSource(service as unknown as ServiceLike, namespace);
  }
  if (decl.outputs.userSecrets) {
    const userSecrets: Record<string, Record<string, string>> = {};
    for (const user of Object.keys((spec.users ?? {}) as object)) {
      const data = await secret(decl.outputs.userSecrets.name(release, user));
      if (data) userSecrets[user] = data;
    }
    source.userSecrets = userSecrets;
  }
  return flatten(decl, deriveOutputs(decl.outputs, source));
}

function flatten(decl: KindDeclaration, outputs: Record<string, OutputValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(decl.outputs.fields)) {
    const value = outputs[key];
    if (value === undefined) continue;
    if (field.type === "map")
      for (const [k, v] of Object.entries(value as Record<string, string>)) out[`${key}.${k}`] = String(v);
    else if (field.type === "object-map")
      for (const [k, item] of Object.entries(value as Record<string, Record<string, string>>))
        for (const [attr, v] of Object.entries(item)) out[`${key}.${k}.${attr}`] = String(v);
    else out[key] = String(value);
  }
  return out;
}

export const decoded = (secret: KubeObject | undefined): Record<string, string> =>
  Object.fromEntries(
    Object.entries((secret?.data ?? {}) as Record<string, string>).map(([k, v]) => [
      k,
      Buffer.from(v, "base64").toString("utf8"),
    ]),
  );
