import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { kinds } from "../../schemas/kinds/index.ts";
import {
  type DataSourceDefinition,
  type ObjectValue,
  type ProviderDefinition,
  t,
  isWhollyKnown,
  type CtyValue,
  error,
  type AttributeSchema,
  type Schema,
} from "../plugin/index.ts";
import { resolveTarget, type ConnectionSettings } from "./connection.ts";
import { credentialsEphemeral, kindList, kubeconfigEphemeral } from "./ephemeral.ts";
import { functions } from "./functions.ts";
import { kindResource } from "./resource.ts";
import { missingNamespace, Session } from "./session.ts";

/** The cozystack provider: every model kind as a resource and a data source, plus functions. */
const providerSchema: Schema = {
  version: 0,
  block: {
    description:
      "Connection to a Cozystack platform, like the hashicorp/kubernetes provider's. Every object the provider creates carries the annotation `cozystack-iac.dev/created-from`, a digest of the declaration it was created from (kind, namespace, name and spec; secrets left out), which later writes keep. It is how an apply that was killed after creating objects but before saving state is recovered: the next apply of the same declaration finds the object, sees its own proof, and adopts it (writing the spec if it changed since, then waiting for readiness) instead of failing. An object without that proof, or with the proof of another declaration, is never taken over: the apply fails, names it, and gives the `import` block. The annotation is not part of any resource attribute and never shows as drift.",
    attributes: {
      config_path: {
        type: t.string,
        optional: true,
        description:
          "Path to a kubeconfig. Token, client-certificate and exec credential plugin (for example kubelogin for OIDC) users work; a plugin runs only when the platform is called. Env: KUBE_CONFIG_PATH, then KUBECONFIG.",
      },
      config_context: {
        type: t.string,
        optional: true,
        description: "Context of the kubeconfig to use. Env: KUBE_CTX.",
      },
      host: {
        type: t.string,
        optional: true,
        description: "API server URL, instead of a kubeconfig. Env: KUBE_HOST.",
      },
      token: {
        type: t.string,
        optional: true,
        sensitive: true,
        description: "Bearer token. Env: KUBE_TOKEN.",
      },
      cluster_ca_certificate: {
        type: t.string,
        optional: true,
        description: "PEM CA certificate of the API server. Env: KUBE_CLUSTER_CA_CERT_DATA.",
      },
      client_certificate: {
        type: t.string,
        optional: true,
        description: "PEM client certificate. Env: KUBE_CLIENT_CERT_DATA.",
      },
      client_key: {
        type: t.string,
        optional: true,
        sensitive: true,
        description: "PEM client key. Env: KUBE_CLIENT_KEY_DATA.",
      },
      insecure: {
        type: t.bool,
        optional: true,
        description: "Skip TLS verification of the API server. Env: KUBE_INSECURE.",
      },
      proxy_url: {
        type: t.string,
        optional: true,
        description:
          "HTTP proxy to reach the API server through (a CONNECT tunnel; TLS stays end to end). Without it, the kubeconfig's proxy-url, then HTTPS_PROXY and NO_PROXY apply. Env: KUBE_PROXY_URL.",
      },
      tenant_namespace: {
        type: t.string,
        optional: true,
        description: "Default tenant namespace for resources that set none. Env: COZYSTACK_TENANT_NAMESPACE.",
      },
      wait_for_ready: {
        type: t.bool,
        optional: true,
        description:
          "Wait after each create and update until the platform reports the object ready (default true). Set false only for an API server with no Flux behind it, where nothing ever becomes ready: applies then return once the write is accepted, and readiness is not checked. Env: COZYSTACK_WAIT_FOR_READY.",
      },
      force_conflicts: {
        type: t.bool,
        optional: true,
        description:
          "Take over spec fields another server-side-apply field manager owns (default false). Without it, a plan that would change such a field warns, naming the field and the manager, and the apply refuses and writes nothing. Only fields whose value the apply would change count, and only other managers' `Apply` entries. The real Cozystack API keeps no managedFields, so there no conflict can be seen and this setting changes nothing. Env: COZYSTACK_FORCE_CONFLICTS.",
      },
    },
  },
};

const str = (v: CtyValue | undefined) => (typeof v === "string" ? v : undefined);

export function cozystackProvider(env: NodeJS.ProcessEnv = process.env): ProviderDefinition {
  const session = new Session();
  const decls = kinds as readonly KindDeclaration[];
  // Every kind reads through its resource; kinds the platform manages itself are not offered as one.
  const engines = Object.fromEntries(decls.map((d) => [d.tfType, kindResource(d, session)]));
  const managed = decls.filter((d) => d.managedBy === undefined);
  const resources = Object.fromEntries(managed.map((d) => [d.tfType, engines[d.tfType]!]));
  return {
    name: "provider.cozystack",
    schema: providerSchema,
    configure({ config }) {
      const unknown = !isWhollyKnown(config);
      const settings: ConnectionSettings = {
        configPath: str(config.config_path),
        configContext: str(config.config_context),
        host: str(config.host),
        token: str(config.token),
        clusterCaCertificate: str(config.cluster_ca_certificate),
        clientCertificate: str(config.client_certificate),
        clientKey: str(config.client_key),
        insecure: typeof config.insecure === "boolean" ? config.insecure : undefined,
        proxyUrl: str(config.proxy_url),
      };
      const namespace = str(config.tenant_namespace) ?? env.COZYSTACK_TENANT_NAMESPACE;
      session.configure(() => resolveTarget(settings, env), namespace, unknown);
      session.waitForReady =
        typeof config.wait_for_ready === "boolean"
          ? config.wait_for_ready
          : !/^(0|false|no)$/i.test(env.COZYSTACK_WAIT_FOR_READY ?? "");
      session.forceConflicts =
        typeof config.force_conflicts === "boolean"
          ? config.force_conflicts
          : /^(1|true|yes)$/i.test(env.COZYSTACK_FORCE_CONFLICTS ?? "");
      return {};
    },
    resources,
    dataSources: Object.fromEntries(
      decls.map((d) => [d.tfType, kindDataSource(d, engines[d.tfType]!, session)]),
    ),
    ephemeralResources: {
      cozystack_credentials: credentialsEphemeral(session),
      cozystack_kubeconfig: kubeconfigEphemeral(session),
    },
    listResources: Object.fromEntries(
      managed.map((d) => [d.tfType, kindList(d, resources[d.tfType]!, session)]),
    ),
    functions,
    stop: () => session.close(),
  };
}

/** A data source reads what the resource would hold in state, by namespace and name. */
function kindDataSource(
  decl: KindDeclaration,
  resource: ReturnType<typeof kindResource>,
  session: Session,
): DataSourceDefinition {
  const attributes = Object.fromEntries(
    Object.entries(resource.schema.block.attributes)
      .filter(([name]) => name !== "timeouts")
      .map(([name, attr]) => [
        name,
        name === "name" ? { ...attr } : name === "namespace" ? { ...attr } : computedOnly(attr),
      ]),
  );
  const description = decl.managedBy
    ? `${decl.summary} Read-only: ${decl.managedBy}, so there is no resource to manage it; read secrets without storing them through the \`cozystack_credentials\` ephemeral resource (\`type = "${decl.tfType}"\`).`
    : resource.schema.block.description;
  return {
    schema: { version: 0, block: { ...resource.schema.block, description, attributes } },
    async read({ config }, ctx) {
      const state: ObjectValue = Object.fromEntries(
        Object.keys(resource.schema.block.attributes).map((k) => [k, null]),
      );
      state.name = config.name ?? null;
      state.namespace = config.namespace ?? decl.onlyIn ?? session.defaultNamespace ?? null;
      if (state.namespace === null)
        return {
          diagnostics: [missingNamespace()],
        };
      const result = await resource.read({ state, private: undefined }, ctx);
      if (result.diagnostics?.length) return { diagnostics: result.diagnostics };
      if (!result.state)
        return {
          diagnostics: [
            error("Not found", `${String(config.namespace)}/${String(config.name)} does not exist.`, [
              "name",
            ]),
          ],
        };
      const { timeouts: _t, ...rest } = result.state;
      return { state: rest };
    },
  };
}

function computedOnly(attr: AttributeSchema): AttributeSchema {
  const { required: _r, optional: _o, writeOnly: _w, ...rest } = attr;
  return {
    ...rest,
    computed: true,
    ...(attr.nested
      ? {
          nested: {
            ...attr.nested,
            attributes: Object.fromEntries(
              Object.entries(attr.nested.attributes).map(([k, a]) => [k, computedOnly(a)]),
            ),
          },
        }
      : {}),
  };
}
