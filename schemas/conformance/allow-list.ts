/**
 * Reviewed differences between our model and Cozystack's published schemas.
 * Key: "<Kind> <path> <aspect>", as printed by `node scripts/conformance.ts`.
 * Every entry says why we differ on purpose. The conformance test fails on any
 * difference not listed here, and on any entry that no longer matches a difference.
 */
export const allowList: Readonly<Record<string, string>> = {
  "VMDisk source immutable":
    "a disk's source is only read when the DataVolume is created; we replace the disk instead of silently ignoring a change",
  "Harbor (secret) outputs":
    "the chart creates harbor-<name>-credentials; the ApplicationDefinition lists <name>-credentials, without the release prefix (still so on upstream main)",
  "Harbor (service) outputs":
    "the chart's Service is harbor-<name>; the ApplicationDefinition lists <name>, without the release prefix",
  "Monitoring vmagent.externalLabels type":
    "upstream declares an object without properties, which would refuse every label; the chart reads label name -> value",
  "Monitoring vmagent.remoteWrite.urls extra":
    "upstream's object has no properties, but the chart reads remoteWrite.urls (a list of URLs) and upstream's own default sets it",
  "Monitoring oidc.customConfig.config type":
    "copied into Grafana's spec.config, whose values are strings; typed as setting name -> value instead of an empty object",
  "SeaweedFS (service) outputs":
    "the inner SeaweedFS chart fixes the name prefix to seaweedfs, so the S3 Service is seaweedfs-s3; the listed seaweedfs-<name>-s3 matches nothing",
  "ExternalDNS provider required":
    'the chart fails without a provider (`fail "provider is required"`); we ask for it at plan instead of at Helm install',
  "ExternalDNS cloudflare type":
    "upstream leaves the credentials block free-form; we type the keys the chart reads, so that secrets are sensitive, have write-only forms and typos are caught",
  "ExternalDNS aws type":
    "upstream leaves the credentials block free-form; we type the keys the chart reads, so that secrets are sensitive, have write-only forms and typos are caught",
  "ExternalDNS azure type":
    "upstream leaves the credentials block free-form; we type the keys the chart reads, so that secrets are sensitive, have write-only forms and typos are caught",
  "ExternalDNS google type":
    "upstream leaves the credentials block free-form; we type the keys the chart reads, so that secrets are sensitive, have write-only forms and typos are caught",
  "ExternalDNS digitalocean type":
    "upstream leaves the credentials block free-form; we type the keys the chart reads, so that secrets are sensitive, have write-only forms and typos are caught",
  "ExternalDNS linode type":
    "upstream leaves the credentials block free-form; we type the keys the chart reads, so that secrets are sensitive, have write-only forms and typos are caught",
  "ExternalDNS ovh type":
    "upstream leaves the credentials block free-form; we type the keys the chart reads, so that secrets are sensitive, have write-only forms and typos are caught",
  "ExternalDNS exoscale type":
    "upstream leaves the credentials block free-form; we type the keys the chart reads, so that secrets are sensitive, have write-only forms and typos are caught",
  "ExternalDNS godaddy type":
    "upstream leaves the credentials block free-form; we type the keys the chart reads, so that secrets are sensitive, have write-only forms and typos are caught",
  "SeaweedFS topology immutable":
    "the chart refuses to switch topology after the first install; we plan a replacement instead of an update that fails",
};

/**
 * ApplicationDefinitions upstream that the model does not declare, each with the reason.
 * The conformance test fails on any other undeclared kind, and on an entry here that
 * upstream no longer defines or the model now declares.
 */
export const undeclaredKinds: Readonly<Record<string, string>> = {};
