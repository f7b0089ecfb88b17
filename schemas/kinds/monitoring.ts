import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { moduleName } from "../core/names.ts";
import { mainPort, serviceHost } from "../core/outputs.ts";

/** The shape the Grafana users job accepts; anything else fails the render. */
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

const DEFAULT_METRICS_STORAGES = [
  {
    deduplicationInterval: "15s",
    name: "shortterm",
    retentionPeriod: "3d",
    storage: "10Gi",
    storageClassName: "",
  },
  {
    deduplicationInterval: "5m",
    name: "longterm",
    retentionPeriod: "14d",
    storage: "10Gi",
    storageClassName: "",
  },
];
const DEFAULT_LOGS_STORAGES = [
  { name: "generic", retentionPeriod: "1", storage: "10Gi", storageClassName: "replicated" },
];
const DEFAULT_REMOTE_WRITE = {
  urls: [
    "http://vminsert-shortterm:8480/insert/0/prometheus",
    "http://vminsert-longterm:8480/insert/0/prometheus",
  ],
};

const limits = (description: string, opts?: { default: Record<string, never> }) =>
  f.object(
    description,
    {
      cpu: f.quantity("Most CPU the container may use.", { default: 1 }),
      memory: f.quantity("Most memory the container may use.", { default: "1Gi" }),
    },
    opts,
  );

const requests = (description: string, opts?: { default: Record<string, never> }) =>
  f.object(
    description,
    {
      cpu: f.quantity("CPU reserved for the container.", { default: "100m" }),
      memory: f.quantity("Memory reserved for the container.", { default: "256Mi" }),
    },
    opts,
  );

/** Autoscaling bounds of one VictoriaMetrics cluster component. */
const vmComponent = (component: string) =>
  f.object(`Autoscaling bounds of the ${component} pods.`, {
    minAllowed: requests("Least CPU and memory the autoscaler may set."),
    maxAllowed: limits("Most CPU and memory the autoscaler may set."),
  });

const containerResources = (description: string) =>
  f.object(
    description,
    {
      limits: limits("Upper bounds on CPU and memory.", { default: {} }),
      requests: requests("CPU and memory reserved.", { default: {} }),
    },
    { default: {} },
  );

const disabledSeverity = () =>
  f.list("Alert severities not to send here, e.g. informational or warning.", f.string("A severity name."), {
    default: [],
  });

export const monitoring = defineKind({
  kind: "Monitoring",
  plural: "monitorings",
  singular: "monitoring",
  prefix: "",
  tfType: "cozystack_monitoring",
  chart: "monitoring",
  category: "module",
  summary: "A tenant's own monitoring stack: VictoriaMetrics and VictoriaLogs storage, Grafana and Alerta.",
  spec: f.spec("Monitoring module settings.", {
    host: f.string(
      "Base domain for the web interfaces, served as grafana.<host> and alerta.<host>; empty uses the tenant's domain.",
      { default: "" },
    ),
    metricsStorages: f.list(
      "Metrics stores; each is a VictoriaMetrics cluster with its own retention.",
      f.object("One metrics store.", {
        name: f.string("Name of the store, used in its component names.", { required: true }),
        retentionPeriod: f.string("How long metrics are kept, e.g. 3d or 14d.", { required: true }),
        deduplicationInterval: f.string("Window in which duplicate samples are merged, e.g. 15s.", {
          required: true,
        }),
        storage: f.string("Size of each storage volume, e.g. 10Gi.", { default: "10Gi" }),
        storageClassName: f.storageClass({
          description: "StorageClass for the store's volumes; empty means the cluster default.",
          immutable: false,
          noDefault: true,
        }),
        vminsert: vmComponent("vminsert"),
        vmselect: vmComponent("vmselect"),
        vmstorage: vmComponent("vmstorage"),
      }),
      { default: DEFAULT_METRICS_STORAGES },
    ),
    logsStorages: f.list(
      "Log stores; each is a VictoriaLogs cluster. At least one is needed.",
      f.object("One log store.", {
        name: f.string("Name of the store, used in its component names.", { required: true }),
        retentionPeriod: f.string("How long logs are kept; a bare number counts days.", { default: "1" }),
        storage: f.string("Size of each storage volume, e.g. 10Gi.", { default: "10Gi" }),
        storageClassName: f.storageClass({
          description: "StorageClass for the store's volumes.",
          default: "replicated",
          immutable: false,
        }),
      }),
      { default: DEFAULT_LOGS_STORAGES },
    ),
    alerta: f.object(
      "Alerta, which collects alerts and forwards them to chat channels.",
      {
        storage: f.string("Size of Alerta's database volume, e.g. 10Gi.", { default: "10Gi" }),
        storageClassName: f.storageClass({
          description: "StorageClass for Alerta's database volume; empty means the cluster default.",
          immutable: false,
        }),
        resources: containerResources("CPU and memory of the Alerta pods."),
        alerts: f.object(
          "Where alerts are sent.",
          {
            telegram: f.object(
              "Send alerts to Telegram.",
              {
                token: f.string("Token of the Telegram bot that posts alerts; empty turns Telegram off.", {
                  default: "",
                  sensitive: true,
                }),
                chatID: f.string("Telegram chat IDs to post to, comma-separated.", { default: "" }),
                disabledSeverity: disabledSeverity(),
              },
              { default: {} },
            ),
            slack: f.object(
              "Send alerts to Slack.",
              {
                url: f.string("Slack incoming-webhook URL; empty turns Slack off.", {
                  default: "",
                  sensitive: true,
                }),
                disabledSeverity: disabledSeverity(),
              },
              { default: {} },
            ),
          },
          { default: {} },
        ),
      },
      { default: {} },
    ),
    grafana: f.object(
      "Grafana dashboards.",
      {
        db: f.object(
          "Grafana's PostgreSQL database.",
          { size: f.string("Size of the database volume, e.g. 10Gi.", { default: "10Gi" }) },
          { default: {} },
        ),
        resources: containerResources("CPU and memory of the Grafana pods."),
      },
      { default: {} },
    ),
    vmagent: f.object(
      "The agent that scrapes metrics and ships them to storage.",
      {
        externalLabels: f.map(
          "Labels added to every metric, by label name; cluster and environment are the ones used.",
          f.string("Label value."),
          { default: { cluster: "cozystack" } },
        ),
        remoteWrite: f.object(
          "Where scraped metrics are written.",
          {
            urls: f.list("Remote-write endpoints, one URL each.", f.string("An endpoint URL.")),
          },
          { default: DEFAULT_REMOTE_WRITE as never },
        ),
      },
      { default: {} },
    ),
    oidc: f.object(
      "Single sign-on to Grafana through OpenID Connect.",
      {
        mode: f.enumOf(
          ["None", "System", "CustomConfig"],
          "None: only the admin password; System: the platform's identity provider; CustomConfig: your own issuer.",
          { default: "None" },
        ),
        customConfig: f.object(
          "Your own identity provider, used only in CustomConfig mode; give exactly one of config or secretRef.name.",
          {
            config: f.map(
              "Grafana [auth.generic_oauth] settings by key, such as client_id or auth_url.",
              f.string("Setting value."),
              { default: {} },
            ),
            secretRef: f.object(
              "An existing Secret holding the [auth.generic_oauth] settings.",
              {
                name: f.string("Name of a Secret in this namespace whose auth.ini key holds the settings.", {
                  default: "",
                }),
              },
              { default: {} },
            ),
          },
          { default: {} },
        ),
        users: f.list(
          "People given a role in Grafana; anyone not listed gets no role. Ignored in None mode.",
          f.object("One Grafana user.", {
            email: f.string("E-mail address the identity provider reports for the person.", {
              required: true,
              pattern: EMAIL,
            }),
            role: f.enumOf(["Admin", "Editor", "Viewer"], "Role in Grafana's main organisation.", {
              required: true,
            }),
          }),
          { default: [] },
        ),
      },
      { default: {} },
    ),
  }),
  names: moduleName("monitoring"),
  crossField: ({ spec }) => {
    const problems: Array<{ path: (string | number)[]; message: string }> = [];
    if (spec.logsStorages.length === 0) {
      problems.push({ path: ["logsStorages"], message: "must have at least one log store" });
    }
    const { customConfig, users, mode } = spec.oidc;
    const hasInline = Object.keys(customConfig.config).length > 0;
    const hasSecret = customConfig.secretRef.name !== "";
    if (mode === "CustomConfig" && hasInline === hasSecret) {
      problems.push({
        path: ["oidc", "customConfig"],
        message: hasInline
          ? "config and secretRef.name exclude each other; set only one"
          : "CustomConfig mode needs either config or secretRef.name",
      });
    }
    if (hasSecret && users.length > 0) {
      problems.push({
        path: ["oidc", "users"],
        message:
          "cannot be used with customConfig.secretRef: roles would be overwritten at login; use customConfig.config instead",
      });
    }
    return problems;
  },
  outputs: {
    secret: { name: () => "grafana-admin-password", layout: { type: "keys", keys: ["user", "password"] } },
    service: { name: () => "grafana-service", ports: { grafana: 3000 } },
    fields: {
      grafana_host: { type: "string", description: "In-cluster host name of Grafana.", derive: serviceHost },
      grafana_port: { type: "number", description: "Grafana's in-cluster HTTP port.", derive: mainPort },
      grafana_url: {
        type: "string",
        description: "Public Grafana URL; known only when host is set.",
        derive: (s) =>
          typeof s.spec.host === "string" && s.spec.host ? `https://grafana.${s.spec.host}` : undefined,
      },
      alerta_url: {
        type: "string",
        description: "Public Alerta URL; known only when host is set.",
        derive: (s) =>
          typeof s.spec.host === "string" && s.spec.host ? `https://alerta.${s.spec.host}` : undefined,
      },
      username: {
        type: "string",
        description: "Grafana administrator user name.",
        derive: (s) => s.secret?.user,
      },
      password: {
        type: "string",
        sensitive: true,
        description: "Grafana administrator password.",
        derive: (s) => s.secret?.password,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
  installTimeoutMinutes: 15,
});
