// Example configurations for the pages of ephemeral resources and functions. The provider
// definition says what they take and return, but not a realistic use; these do. Each name
// the definition offers needs an entry here, or generation stops (see provider-pages.ts).
// The calls listed for a function are checked against the function itself by
// test/docs-guides.test.ts, so the results the docs print are the ones users get.
import type { CtyValue } from "../../provider/plugin/cty/values.ts";

export interface FunctionCall {
  /** The name of the `output` block the example shows the call in. */
  output: string;
  args: CtyValue[];
  result: CtyValue;
}

export interface FunctionExample {
  /** Calls shown as outputs, with the result each gives. */
  calls?: FunctionCall[];
  /** A configuration that uses the function, when a call alone does not show its use. */
  usage?: string;
}

export const functionExamples: Record<string, FunctionExample> = {
  resources_preset: {
    calls: [
      { output: "preset", args: ["1500m", "3Gi"], result: "s1.medium" },
      { output: "small", args: ["250m", "256Mi"], result: "c1.nano" },
    ],
    usage: [
      'resource "cozystack_redis" "cache" {',
      '  name             = "cache"',
      '  resources_preset = provider::cozystack::resources_preset("1500m", "3Gi")',
      "}",
    ].join("\n"),
  },
  tenant_namespace: {
    calls: [
      { output: "dev", args: ["root/acme/dev"], result: "tenant-acme-dev" },
      { output: "acme", args: ["acme"], result: "tenant-acme" },
    ],
    usage: [
      'resource "cozystack_postgres" "db" {',
      '  name      = "app"',
      '  namespace = provider::cozystack::tenant_namespace("root/acme/dev")',
      "}",
    ].join("\n"),
  },
  parse_kubeconfig: {
    usage: [
      'resource "cozystack_kubernetes" "dev" {',
      '  name = "dev"',
      "}",
      "",
      "locals {",
      "  dev = provider::cozystack::parse_kubeconfig(cozystack_kubernetes.dev.connection.kubeconfig)",
      "}",
      "",
      'provider "kubernetes" {',
      "  host                   = local.dev.host",
      "  cluster_ca_certificate = local.dev.cluster_ca_certificate",
      "  client_certificate     = local.dev.client_certificate",
      "  client_key             = local.dev.client_key",
      "  token                  = local.dev.token",
      "}",
    ].join("\n"),
  },
};

/** How each ephemeral resource is opened and where its values go. */
export const ephemeralExamples: Record<string, string> = {
  cozystack_credentials: [
    'resource "cozystack_postgres" "db" {',
    '  name  = "app"',
    "  users = { app = {} }",
    "}",
    "",
    "# The connection details, read when needed and never written to state or plan files.",
    'ephemeral "cozystack_credentials" "db" {',
    '  type = "cozystack_postgres"',
    "  name = cozystack_postgres.db.name",
    "}",
    "",
    "# Map outputs are flattened to `<output>.<key>`: the password of user app is passwords.app.",
    'provider "postgresql" {',
    '  host     = ephemeral.cozystack_credentials.db.values["host"]',
    '  port     = ephemeral.cozystack_credentials.db.values["port"]',
    '  username = "app"',
    '  password = ephemeral.cozystack_credentials.db.values["passwords.app"]',
    "}",
  ].join("\n"),
  cozystack_kubeconfig: [
    'resource "cozystack_kubernetes" "dev" {',
    '  name = "dev"',
    "}",
    "",
    "# The admin kubeconfig, parsed, never written to state or plan files.",
    'ephemeral "cozystack_kubeconfig" "dev" {',
    "  name = cozystack_kubernetes.dev.name",
    "}",
    "",
    'provider "kubernetes" {',
    "  host                   = ephemeral.cozystack_kubeconfig.dev.host",
    "  cluster_ca_certificate = ephemeral.cozystack_kubeconfig.dev.cluster_ca_certificate",
    "  client_certificate     = ephemeral.cozystack_kubeconfig.dev.client_certificate",
    "  client_key             = ephemeral.cozystack_kubeconfig.dev.client_key",
    "  token                  = ephemeral.cozystack_kubeconfig.dev.token",
    "}",
  ].join("\n"),
};
