import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";

/** A provider's setting the chart passes on; "" leaves it unset. */
const setting = (description: string) => f.string(description, { default: "" });
/** A provider's credential: sensitive, so it stays out of logs and has a write-only form. */
const credential = (description: string) => f.string(description, { default: "", sensitive: true });

const PROVIDERS = [
  "cloudflare",
  "aws",
  "azure",
  "google",
  "digitalocean",
  "linode",
  "ovh",
  "exoscale",
  "godaddy",
  "inmemory",
] as const;

/** Each provider's settings block, with the keys the chart reads and their defaults. */
const providers = {
  cloudflare: f.object(
    "Cloudflare credentials: an API token, or an API key with its account e-mail.",
    {
      apiToken: credential("API token (preferred over apiKey)."),
      apiKey: credential("Global API key, used with apiEmail when no apiToken is given."),
      apiEmail: setting("E-mail of the account the API key belongs to."),
      proxied: f.bool("Proxy the created records through Cloudflare.", { default: false }),
    },
    { default: {} },
  ),
  aws: f.object(
    "AWS Route53 credentials and zone settings.",
    {
      accessKeyId: setting("Access key ID."),
      secretAccessKey: credential("Secret access key."),
      region: setting("Region, e.g. eu-west-1."),
      zoneType: setting("Only manage zones of this type: public or private; empty manages both."),
    },
    { default: {} },
  ),
  azure: f.object(
    "Azure DNS service principal and zone location.",
    {
      tenantId: setting("Azure AD tenant ID."),
      subscriptionId: setting("Subscription ID."),
      resourceGroup: setting("Resource group of the DNS zones."),
      aadClientId: setting("Service principal client ID."),
      aadClientSecret: credential("Service principal client secret."),
    },
    { default: {} },
  ),
  google: f.object(
    "Google Cloud DNS project and service account.",
    {
      project: setting("Project ID."),
      serviceAccountKey: credential("Service account key, as JSON."),
    },
    { default: {} },
  ),
  digitalocean: f.object("DigitalOcean credentials.", { token: credential("API token.") }, { default: {} }),
  linode: f.object("Linode credentials.", { token: credential("API token.") }, { default: {} }),
  ovh: f.object(
    "OVH API credentials.",
    {
      endpoint: setting("API endpoint, e.g. ovh-eu."),
      applicationKey: setting("Application key."),
      applicationSecret: credential("Application secret."),
      consumerKey: credential("Consumer key."),
    },
    { default: {} },
  ),
  exoscale: f.object(
    "Exoscale credentials.",
    { apiKey: setting("API key."), apiSecret: credential("API secret.") },
    { default: {} },
  ),
  godaddy: f.object(
    "GoDaddy credentials.",
    { apiKey: setting("API key."), apiSecret: credential("API secret.") },
    { default: {} },
  ),
};

export const externalDns = defineKind({
  kind: "ExternalDNS",
  plural: "externaldns",
  singular: "externaldns",
  prefix: "",
  tfType: "cozystack_external_dns",
  chart: "external-dns",
  category: "networking",
  summary:
    "DNS records for a tenant's Ingresses and Services, kept in a public DNS provider by external-dns with the tenant's own credentials.",
  spec: f.spec("ExternalDNS settings.", {
    // `provider` is a Terraform meta-argument, so the attribute is dns_provider.
    provider: f.enumOf(
      PROVIDERS,
      "DNS provider whose zones the records go to; its block below holds the credentials.",
      { required: true, tfName: "dns_provider" },
    ),
    domainFilters: f.list(
      "Domains this instance may manage; empty allows every domain the credentials reach.",
      f.string("A domain."),
      {
        default: [],
      },
    ),
    policy: f.enumOf(
      ["create-only", "sync", "upsert-only"],
      "How records are synchronised: sync also deletes records it no longer sees.",
      {
        default: "upsert-only",
      },
    ),
    extraArgs: f.list("Extra command-line arguments for external-dns.", f.string("One argument."), {
      default: [],
    }),
    gatewayAPI: f.bool("Also take records from Gateway API HTTPRoutes and TLSRoutes.", { default: false }),
    annotationPrefix: f.string(
      "Annotation prefix external-dns reads, to run several instances side by side; empty uses the standard one.",
      { default: "" },
    ),
    ...providers,
    resources: f.resources("CPU and memory for external-dns; when set, it replaces the preset."),
    resourcesPreset: f.resourcesPreset(
      "Sizing preset for external-dns when resources is not given.",
      "t1.nano",
    ),
  }),
  example: {
    name: "dns",
    spec: {
      provider: "cloudflare",
      domainFilters: ["example.org"],
      cloudflare: { apiToken: "change-me" },
    },
  },
  outputs: { fields: {} },
  readiness: { conditions: ["Ready"] },
});
