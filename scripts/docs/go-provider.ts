// What the Go provider of github.com/cozystack/terraform-provider-cozystack declares, read
// from its public repository (its tfplugindocs pages docs/resources/*.md,
// docs/ephemeral-resources/*.md and docs/index.md, and internal/provider/provider.go), and
// where each of its attributes goes in ours. Facts only: no code of it is used here.
//
// Paths are dotted; an element of a map or list is implied (`users.password` is the password
// of each user). test/docs-guides.test.ts checks that every path given for our side exists
// in our provider's schema, so a rename on our side fails there, not in a user's plan.

export const GO_PROVIDER = {
  repository: "github.com/cozystack/terraform-provider-cozystack",
  /** The source address its README and docs/index.md configure. */
  source: "lexfrei/cozystack",
  /** The Go module path its code imports. */
  module: "github.com/lexfrei/terraform-provider-cozystack",
} as const;

/** One attribute of theirs: where it goes in ours (undefined: nowhere), and how it differs. */
export interface AttributeMove {
  to?: string;
  note?: string;
}

export interface ResourceMapping {
  /** Their resource type. */
  go: string;
  /** Ours. */
  ours: string;
  /** Attributes with the same path and meaning on both sides. */
  same: readonly string[];
  /** Attributes that move, differ or have no counterpart. */
  moves?: Readonly<Record<string, AttributeMove>>;
  /** Common attributes (COMMON) this resource of theirs lacks. */
  lacks?: readonly string[];
  note?: string;
}

/**
 * Attributes every one of their application resources has, and where they go. Each table
 * of the guide starts with them.
 */
export const COMMON: Readonly<Record<string, AttributeMove>> = {
  name: { to: "name", note: "Forces replacement on both sides." },
  namespace: {
    to: "namespace",
    note: "Required there; optional here, defaulting to the provider's `tenant_namespace`.",
  },
  id: { to: "id", note: "The same `<namespace>/<name>`, so import IDs carry over unchanged." },
  wait_for_ready: {
    note: "Off by default there. Here every create and update waits for readiness; the provider's `wait_for_ready = false` turns that off for all resources.",
  },
  wait_timeout: {
    to: "timeouts",
    note: "Set `timeouts.create` and `timeouts.update` (and `timeouts.delete`).",
  },
  ready: {
    note: "No attribute: an apply fails with the platform's reason when the object does not become ready.",
  },
  uid: { note: "Not exposed." },
  chart_version: { note: "Not exposed." },
};

const resources = ["resources.cpu", "resources.memory", "resources_preset"] as const;
const storage = ["size", "storage_class"] as const;

export const RESOURCE_MAPPINGS: readonly ResourceMapping[] = [
  {
    go: "cozystack_tenant",
    ours: "cozystack_tenant",
    same: [
      "etcd",
      "gateway",
      "host",
      "ingress",
      "monitoring",
      "resource_quotas",
      "scheduling_class",
      "seaweedfs",
    ],
    lacks: ["chart_version"],
    moves: {
      status_namespace: { to: "connection.namespace", note: "The namespace the tenant's own apps go in." },
      version: { note: "The deployed chart version: not exposed." },
    },
  },
  {
    go: "cozystack_redis",
    ours: "cozystack_redis",
    same: ["auth_enabled", "external", "replicas", "version", ...resources, ...storage],
  },
  {
    go: "cozystack_qdrant",
    ours: "cozystack_qdrant",
    same: ["external", "replicas", "tls.enabled", ...resources, ...storage],
  },
  {
    go: "cozystack_bucket",
    ours: "cozystack_bucket",
    same: ["locking", "storage_pool", "users.readonly"],
    moves: {
      "credentials.access_key": { to: "connection.credentials.access_key" },
      "credentials.secret_key": { to: "connection.credentials.secret_key" },
      "credentials.endpoint": { to: "connection.credentials.endpoint" },
      "credentials.bucket_name": { to: "connection.credentials.bucket_name" },
      "credentials.region": { note: "Not published; the S3 endpoint does not need one." },
    },
  },
  {
    go: "cozystack_openbao",
    ours: "cozystack_openbao",
    same: ["external", "replicas", "ui", ...resources, ...storage],
  },
  {
    go: "cozystack_vpn",
    ours: "cozystack_vpn",
    same: ["external", "external_ips", "host", "replicas", ...resources],
    moves: { "users.password": { to: "users.password", note: "Also `password_wo`, kept out of state." } },
  },
  {
    go: "cozystack_rabbitmq",
    ours: "cozystack_rabbitmq",
    same: [
      "external",
      "replicas",
      "version",
      "vhosts.roles.admin",
      "vhosts.roles.readonly",
      ...resources,
      ...storage,
    ],
    moves: {
      "users.password": { to: "users.password", note: "Also `password_wo`, kept out of state." },
      "vhosts.roles": { to: "vhosts.roles", note: "Optional there, required here." },
    },
  },
  {
    go: "cozystack_mariadb",
    ours: "cozystack_mariadb",
    same: [
      "databases.roles.admin",
      "databases.roles.readonly",
      "external",
      "replicas",
      "version",
      ...resources,
      ...storage,
    ],
    moves: {
      "users.password": {
        to: "users.password",
        note: "Optional there (generated when omitted); here exactly one of `password` and `password_wo` is required.",
      },
      "users.max_user_connections": {
        to: "users.max_user_connections",
        note: "Optional there, required here.",
      },
    },
  },
  {
    go: "cozystack_mongodb",
    ours: "cozystack_mongodb",
    same: [
      "databases.roles.admin",
      "databases.roles.readonly",
      "external",
      "replicas",
      "sharding",
      "version",
      ...resources,
      ...storage,
    ],
    moves: { "users.password": { to: "users.password", note: "Also `password_wo`, kept out of state." } },
    note: "`sharding_config`, `backup` and `bootstrap`, which they leave to the platform, are attributes here.",
  },
  {
    go: "cozystack_clickhouse",
    ours: "cozystack_clickhouse",
    same: ["log_storage_size", "log_ttl", "replicas", "shards", "users.readonly", ...resources, ...storage],
    moves: { "users.password": { to: "users.password", note: "Also `password_wo`, kept out of state." } },
    note: "`backup` and `clickhouse_keeper`, which they leave to the platform, are attributes here.",
  },
  {
    go: "cozystack_nats",
    ours: "cozystack_nats",
    same: ["external", "replicas", "storage_class", ...resources],
    moves: { "users.password": { to: "users.password", note: "Also `password_wo`, kept out of state." } },
    note: "`jetstream`, `config` and `tls`, which they leave to the platform, are attributes here.",
  },
  {
    go: "cozystack_opensearch",
    ours: "cozystack_opensearch",
    same: [
      "external",
      "replicas",
      "topology_spread_policy",
      "users.roles",
      "version",
      ...resources,
      ...storage,
    ],
    moves: { "users.password": { to: "users.password", note: "Also `password_wo`, kept out of state." } },
    note: "`images`, `node_roles` and `dashboards`, which they leave to the platform, are attributes here.",
  },
  {
    go: "cozystack_postgres",
    ours: "cozystack_postgres",
    same: [
      "databases.extensions",
      "databases.roles.admin",
      "databases.roles.readonly",
      "external",
      "replicas",
      "tls.enabled",
      "users.replication",
      "version",
      ...resources,
      ...storage,
    ],
    moves: {
      "users.password": { to: "users.password", note: "Also `password_wo`, kept out of state." },
      "endpoints.host": { to: "connection.host" },
      "endpoints.read_host": { to: "connection.read_host" },
      "endpoints.port": { to: "connection.port" },
    },
    note: "`postgresql`, `quorum`, `backup` and `bootstrap`, which they leave to the platform, are attributes here.",
  },
  {
    go: "cozystack_httpcache",
    ours: "cozystack_http_cache",
    same: ["endpoints", "external", ...storage],
    note: "`haproxy` and `nginx`, which they leave to the platform, are attributes here.",
  },
  {
    go: "cozystack_tcpbalancer",
    ours: "cozystack_tcp_balancer",
    same: ["external", "replicas", "whitelist", "whitelist_http", ...resources],
    note: "`http_and_https`, which they leave to the platform, is an attribute here.",
  },
  {
    go: "cozystack_harbor",
    ours: "cozystack_harbor",
    same: ["host", "storage_class"],
    note: "`core`, `registry`, `jobservice`, `trivy`, `database` and `redis`, which they leave to the platform, are attributes here.",
  },
  {
    go: "cozystack_vpc",
    ours: "cozystack_virtual_private_cloud",
    same: [
      "peers.tenant_namespace",
      "peers.vpc_name",
      "routes.cidr",
      "routes.next_hop_ip",
      "subnets.cidr",
      "subnets.name",
    ],
  },
  {
    go: "cozystack_vmdisk",
    ours: "cozystack_vm_disk",
    same: ["optical", "source.disk.name", "source.http.url", "source.image.name", "storage", "storage_class"],
    moves: {
      source: { to: "source", note: "Required there, optional here; `source.upload` is offered too." },
    },
  },
  {
    go: "cozystack_vminstance",
    ours: "cozystack_vm_instance",
    same: [
      "cloud_init_seed",
      "cpu_model",
      "disks.bus",
      "disks.name",
      "external",
      "external_allow_icmp",
      "external_method",
      "external_ports",
      "gpus.name",
      "instance_profile",
      "instance_type",
      "networks.name",
      "resources.cpu",
      "resources.memory",
      "resources.sockets",
      "run_strategy",
      "ssh_keys",
    ],
    moves: {
      cloud_init: { to: "cloud_init", note: "Sensitive here; also `cloud_init_wo`, kept out of state." },
      ip_address: {
        note: "The guest's address is not read; `connection.host` is the VM's in-cluster host name and `connection.external_ip` its outside address when `external` is on.",
      },
      ip_addresses: { note: "Not read, as for `ip_address`." },
    },
    note: "`subnets`, which they leave unmanaged, is an attribute here.",
  },
  {
    go: "cozystack_kafka",
    ours: "cozystack_kafka",
    same: [
      "external",
      "kafka.replicas",
      "kafka.resources.cpu",
      "kafka.resources.memory",
      "kafka.resources_preset",
      "kafka.size",
      "kafka.storage_class",
      "tls.enabled",
      "topics.name",
      "topics.partitions",
      "topics.replicas",
      "zookeeper.replicas",
      "zookeeper.resources.cpu",
      "zookeeper.resources.memory",
      "zookeeper.resources_preset",
      "zookeeper.size",
      "zookeeper.storage_class",
    ],
    note: "Each topic also takes `config` here (required; `{}` for none), which they leave unmanaged.",
  },
  {
    go: "cozystack_foundationdb",
    ours: "cozystack_foundationdb",
    same: [
      "automatic_replacements",
      "custom_parameters",
      "image_type",
      "storage.size",
      "storage.storage_class",
      ...resources,
    ],
    note: "`cluster`, `backup`, `monitoring` and `security_context`, which they leave to the platform, are attributes here.",
  },
  {
    go: "cozystack_kubernetes",
    ours: "cozystack_kubernetes",
    same: [
      "host",
      "images.kubectl",
      "images.talos_csr_signer",
      "images.wait_for_kubeconfig",
      "node_groups.disk_size",
      "node_groups.instance_type",
      "node_groups.max_replicas",
      "node_groups.max_unhealthy",
      "node_groups.min_replicas",
      "node_groups.node_startup_timeout",
      "node_groups.resources.cpu",
      "node_groups.resources.memory",
      "node_groups.roles",
      "node_groups.storage_class",
      "node_health_check.max_unhealthy",
      "node_health_check.node_startup_timeout",
      "oidc.custom_config.config",
      "oidc.custom_config.secret_ref.name",
      "oidc.mode",
      "oidc.users.email",
      "oidc.users.role",
      "storage_class",
      "talos.image_factory_url",
      "talos.installer_repository",
      "talos.schematic_id",
      "talos.version",
      "version",
      "control_plane.api_server.extra_args",
    ],
    moves: {
      node_groups: { to: "node_groups", note: "Required there, optional here." },
      "control_plane.api_server.extra_volumes": {
        to: "control_plane.api_server.extra_volumes",
        note: "A list of JSON strings there (`jsonencode({...})`); a list of objects here: drop the `jsonencode`.",
      },
      "control_plane.api_server.extra_volume_mounts": {
        to: "control_plane.api_server.extra_volume_mounts",
        note: "As `extra_volumes`: objects here, not JSON strings.",
      },
      kubeconfig: { to: "connection.kubeconfig" },
    },
    note: "`addons`, the control-plane component sizing and per-group `gpus` and `kubelet`, which they leave to the platform, are attributes here.",
  },
  {
    go: "cozystack_kubernetes_nodes",
    ours: "cozystack_kubernetes_nodes",
    same: [
      "disk_size",
      "gpus.name",
      "images.kubectl",
      "instance_type",
      "kubelet.eviction_hard_memory",
      "kubelet.eviction_soft_memory",
      "kubelet.kube_reserved_cpu",
      "kubelet.kube_reserved_memory",
      "kubelet.system_reserved_cpu",
      "kubelet.system_reserved_memory",
      "max_replicas",
      "max_unhealthy",
      "min_replicas",
      "node_startup_timeout",
      "resources.cpu",
      "resources.memory",
      "roles",
      "storage_class",
      "talos.image_factory_url",
      "talos.installer_repository",
      "talos.schematic_id",
      "talos.version",
      "version",
    ],
    moves: { cluster: { to: "cluster", note: "Required there, optional here." } },
  },
];

/** Their resources with no counterpart here, and why. */
export const UNMAPPED_RESOURCES: Readonly<Record<string, string>> = {
  cozystack_tenant_gateway:
    "A `gateway.cozystack.io` TenantGateway, outside the `apps.cozystack.io` catalog this provider covers.",
  cozystack_package:
    "A cluster-scoped `cozystack.io` Package: platform administration, not a tenant service.",
  cozystack_package_source: "A cluster-scoped `cozystack.io` PackageSource: platform administration.",
  cozystack_application_definition:
    "A cluster-scoped `cozystack.io` ApplicationDefinition: platform administration.",
  cozystack_scheduling_class: "A cluster-scoped `cozystack.io` SchedulingClass: platform administration.",
  cozystack_backup_class: "A `backups.cozystack.io` BackupClass, outside the `apps.cozystack.io` catalog.",
  cozystack_backup: "A `backups.cozystack.io` Backup, outside the `apps.cozystack.io` catalog.",
  cozystack_backup_job: "A `backups.cozystack.io` BackupJob, outside the `apps.cozystack.io` catalog.",
  cozystack_backup_plan: "A `backups.cozystack.io` Plan, outside the `apps.cozystack.io` catalog.",
  cozystack_restore_job: "A `backups.cozystack.io` RestoreJob, outside the `apps.cozystack.io` catalog.",
  cozystack_marketplace_panel: "A dashboard MarketplacePanel, outside the `apps.cozystack.io` catalog.",
  cozystack_tenant_secret:
    "A `core.cozystack.io` TenantSecret written by hand. Here TenantSecrets are only read, as the `connection` of the app that publishes them.",
  cozystack_tenant_module:
    "A `core.cozystack.io` TenantModule marker, outside the `apps.cozystack.io` catalog.",
  cozystack_tenant_namespace: "A cluster-scoped `core.cozystack.io` TenantNamespace marker.",
};

/** Their ephemeral resources, and ours that does the same job. */
export const EPHEMERAL_MAPPINGS: readonly ResourceMapping[] = [
  {
    go: "cozystack_kubernetes",
    ours: "cozystack_kubeconfig",
    same: ["name", "kubeconfig"],
    moves: {
      namespace: { to: "namespace", note: "Required there; optional here, defaulting to the provider's." },
    },
    note: "Ours also parses the kubeconfig into `host`, `cluster_ca_certificate`, `token`, `client_certificate` and `client_key`.",
  },
];

export const UNMAPPED_EPHEMERAL: Readonly<Record<string, string>> = {
  cozystack_tenant_secret:
    "Reads any TenantSecret by name. `cozystack_credentials` reads the connection details an app publishes, by the app's `type` and `name`.",
};

/** Their provider configuration, and ours. */
export const PROVIDER_MAPPING: Readonly<Record<string, AttributeMove>> = {
  host: { to: "host" },
  token: { to: "token" },
  cluster_ca_certificate: { to: "cluster_ca_certificate" },
  client_certificate: { to: "client_certificate" },
  client_key: { to: "client_key" },
  insecure: { to: "insecure" },
  config_path: {
    to: "config_path",
    note: "They fall back to `~/.kube/config`; here the fallbacks are `KUBE_CONFIG_PATH`, then `KUBECONFIG`, then the in-cluster service account, so set it.",
  },
  config_context: { to: "config_context" },
  in_cluster: {
    note: "No switch: the pod's service account is used when neither `host` nor a kubeconfig is given and `KUBERNETES_SERVICE_HOST` is set.",
  },
  exec: {
    note: "No block: put the `exec` user in a kubeconfig and point `config_path` at it; the plugin runs only when the platform is called.",
  },
};
