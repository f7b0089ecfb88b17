import type { z } from "zod";
import { describeSchema, type FieldNode } from "./ir.ts";
import { dns1035Name, type NameRule } from "./names.ts";
import type { OutputsDeclaration } from "./outputs.ts";
import type { ReadinessDeclaration } from "./readiness.ts";

export const APPS_GROUP = "apps.cozystack.io";
export const APPS_VERSION = "v1alpha1";

export type Category =
  "tenancy" | "database" | "messaging" | "networking" | "compute" | "storage" | "security" | "module";

/** A rule spanning several fields or the object's name; returns problems with their spec paths. */
export type CrossFieldRule<S> = (input: {
  name: string;
  namespace?: string;
  spec: S;
}) => Array<{ path: readonly (string | number)[]; message: string }>;

/** What a kind declaration says. Everything else is derived from it. */
export interface KindInput<S extends z.ZodObject> {
  kind: string;
  plural: string;
  singular: string;
  /** Helm release prefix; "" for tenant modules, whose release is named after the app. */
  prefix: string;
  /** Terraform resource type, e.g. cozystack_postgres. */
  tfType: string;
  category: Category;
  /** One line for docs and registry listings. */
  summary: string;
  /** The ExternalArtifact chart variant the platform builds the release from. */
  chartVariant?: "default" | "kubevirt";
  /** The chart directory under packages/apps or packages/extra. */
  chart: string;
  /** The chart's own name (Chart.yaml), when it differs from its directory. */
  chartName?: string;
  spec: S;
  /**
   * Who creates and removes objects of this kind when users do not: set, the kind is
   * read-only (data source and ephemeral use, no resource).
   */
  managedBy?: string;
  /** The one namespace objects of this kind may live in (a module of the root tenant, say). */
  onlyIn?: string;
  /** Defaults to DNS-1035 with the length left after the prefix. */
  names?: NameRule;
  crossField?: CrossFieldRule<z.output<S>>;
  outputs: OutputsDeclaration;
  readiness: ReadinessDeclaration;
  /** A small realistic object of this kind, for docs, examples and tests. Defaults to the required fields only. */
  example?: { name: string; spec: z.input<S> };
  /** Platform-side Helm install timeout, as a hint for default Terraform timeouts (see defaultTimeoutMinutes). */
  installTimeoutMinutes?: number;
}

export interface KindDeclaration<S extends z.ZodObject = z.ZodObject> extends KindInput<S> {
  group: typeof APPS_GROUP;
  version: typeof APPS_VERSION;
  apiVersion: `${typeof APPS_GROUP}/${typeof APPS_VERSION}`;
  names: NameRule;
  /** The spec as a model tree; computed once on first use. */
  readonly fields: FieldNode;
}

export function defineKind<S extends z.ZodObject>(input: KindInput<S>): KindDeclaration<S> {
  let fields: FieldNode | undefined;
  return {
    ...input,
    group: APPS_GROUP,
    version: APPS_VERSION,
    apiVersion: `${APPS_GROUP}/${APPS_VERSION}`,
    names: input.names ?? dns1035Name(input.prefix),
    get fields() {
      fields ??= describeSchema(input.spec);
      return fields;
    },
  };
}

/** `<prefix><name>`: the Helm release name and the stem of every object the chart creates. */
export function releaseName(decl: Pick<KindDeclaration, "prefix">, name: string): string {
  return `${decl.prefix}${name}`;
}

/** How long to wait for the platform when neither the user nor the kind says. */
const DEFAULT_TIMEOUT_MINUTES = 10;

/**
 * How long to wait for an object of this kind to be created, updated or deleted,
 * unless the user says otherwise. Creating and updating wait for a Helm install, so
 * a kind with a long install waits longer; deleting does not install anything.
 */
export function defaultTimeoutMinutes(
  decl: Pick<KindDeclaration, "installTimeoutMinutes">,
  operation: "create" | "update" | "delete",
): number {
  if (operation === "delete") return DEFAULT_TIMEOUT_MINUTES;
  return decl.installTimeoutMinutes ?? DEFAULT_TIMEOUT_MINUTES;
}
