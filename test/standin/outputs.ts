import { randomBytes } from "node:crypto";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { releaseName } from "../../schemas/core/kind.ts";
import type { KubeObject } from "../support/kube.ts";

/**
 * The Secrets and Services a kind's chart would create, fabricated from the
 * model's outputs declaration with plausible values.
 */
export interface Fabricated {
  secrets: Array<{ name: string; data: Record<string, string> }>;
  services: Array<{ name: string; ports: Record<string, number>; loadBalancer: boolean }>;
}

const secret = () => randomBytes(12).toString("base64url");

export function fabricateOutputs(
  decl: KindDeclaration,
  object: KubeObject,
  existing: Map<string, Record<string, string>>,
): Fabricated {
  const spec = (object.spec ?? {}) as Record<string, unknown>;
  const name = object.metadata.name;
  const namespace = object.metadata.namespace!;
  const release = releaseName(decl, name);
  const users = (spec.users ?? {}) as Record<string, { password?: string }>;
  const mainService = decl.outputs.service;
  const host = mainService ? `${mainService.name(release)}.${namespace}.svc` : `${release}.${namespace}.svc`;
  const port = mainService ? Object.values(mainService.ports)[0] : undefined;
  const out: Fabricated = { secrets: [], services: [] };
  // Keep values already published, as a chart keeps generated passwords across upgrades.
  const keep = (secretName: string, key: string, make: () => string) =>
    existing.get(secretName)?.[key] ?? make();

  if (decl.outputs.secret) {
    const secretName = decl.outputs.secret.name(release, namespace);
    const layout = decl.outputs.secret.layout;
    const data: Record<string, string> = {};
    if (layout.type === "per-user") {
      for (const [user, settings] of Object.entries(users))
        data[user] = settings?.password ?? keep(secretName, user, secret);
      for (const key of layout.extraKeys ?? []) data[key] = keep(secretName, key, secret);
    } else {
      const username = Object.keys(users)[0] ?? "admin";
      for (const key of layout.keys) {
        data[key] = keep(secretName, key, () =>
          valueFor(key, { release, namespace, host, port, username, spec }),
        );
      }
      if ("password" in data && users[username]?.password) data.password = users[username].password;
      if ("uri" in data)
        data.uri = `${decl.singular}://${data.username ?? username}:${data.password ?? ""}@${host}:${port ?? 0}`;
    }
    out.secrets.push({ name: secretName, data });
  }
  if (decl.outputs.userSecrets) {
    for (const [user, settings] of Object.entries(users)) {
      const secretName = decl.outputs.userSecrets.name(release, user);
      const data: Record<string, string> = {};
      for (const key of decl.outputs.userSecrets.keys) {
        data[key] =
          key === "password" && settings?.password
            ? settings.password
            : keep(secretName, key, () =>
                valueFor(key, { release, namespace, host, port, username: user, spec }),
              );
      }
      out.secrets.push({ name: secretName, data });
    }
  }
  if (mainService) {
    out.services.push({
      name: mainService.name(release),
      ports: { ...mainService.ports },
      loadBalancer: mainService.externalWhen === "external" && spec.external === true,
    });
  }
  return out;
}

function valueFor(
  key: string,
  ctx: {
    release: string;
    namespace: string;
    host: string;
    port?: number;
    username: string;
    spec: Record<string, unknown>;
  },
): string {
  const lower = key.toLowerCase();
  if (lower === "username" || lower === "user") return ctx.username;
  if (lower === "host" || lower === "endpoint") return ctx.host;
  if (lower === "port") return String(ctx.port ?? 0);
  if (lower === "namespace") return ctx.namespace;
  if (lower === "token") return `stand-in-token-${secret()}`;
  if (lower === "bucketname") return `${ctx.release}-${randomBytes(4).toString("hex")}`;
  if (lower.endsWith(".conf") || lower.endsWith(".svc") || lower === "kubeconfig") return fakeKubeconfig(ctx);
  if (lower.includes("ca.crt") || lower.endsWith(".crt"))
    return "-----BEGIN CERTIFICATE-----\nstand-in\n-----END CERTIFICATE-----\n";
  return secret();
}

function fakeKubeconfig(ctx: { release: string; namespace: string; spec: Record<string, unknown> }): string {
  const host =
    typeof ctx.spec.host === "string" && ctx.spec.host
      ? ctx.spec.host
      : `${ctx.release}.${ctx.namespace}.example.test`;
  const ca = Buffer.from("stand-in certificate authority").toString("base64");
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    `- name: ${ctx.release}`,
    "  cluster:",
    `    server: https://${host}:443`,
    `    certificate-authority-data: ${ca}`,
    "users:",
    `- name: ${ctx.release}-admin`,
    "  user:",
    `    token: ${secret()}`,
    "contexts:",
    `- name: ${ctx.release}`,
    "  context:",
    `    cluster: ${ctx.release}`,
    `    user: ${ctx.release}-admin`,
    `current-context: ${ctx.release}`,
    "",
  ].join("\n");
}
