import type { CtyType } from "./cty/types.ts";
import type { CtyValue } from "./cty/values.ts";
import type { AttributePath, Diagnostic } from "./diagnostics.ts";
import type { Logger } from "./log.ts";
import type { Schema } from "./schema.ts";

/**
 * The typed API the plugin bridge offers the layer above it. It knows nothing of
 * Cozystack. Values are cty values; an object value is a plain record with
 * every attribute present (null when unset). Private data is any JSON value.
 */
export type ObjectValue = Record<string, CtyValue>;
export type PrivateData = unknown;

export interface ClientCapabilities {
  deferralAllowed: boolean;
  writeOnlyAttributesAllowed: boolean;
}

export interface RequestContext {
  log: Logger;
  /** Aborted when the host calls StopProvider or hangs up. */
  signal: AbortSignal;
}

export interface Result {
  diagnostics?: Diagnostic[];
}

export interface IdentitySchema {
  version: number;
  attributes: Record<
    string,
    { type: CtyType; requiredForImport?: boolean; optionalForImport?: boolean; description?: string }
  >;
}

export interface ResourceDefinition {
  schema: Schema;
  identity?: IdentitySchema;
  validate?(
    req: { config: ObjectValue; clientCapabilities: ClientCapabilities },
    ctx: RequestContext,
  ): Result | Promise<Result>;
  /** Turn stored state of an older schema version (raw JSON) into the current shape. */
  upgradeState?(
    req: { version: number; json: unknown },
    ctx: RequestContext,
  ): (Result & { state?: ObjectValue }) | Promise<Result & { state?: ObjectValue }>;
  read(
    req: { state: ObjectValue; private: PrivateData; identity?: ObjectValue },
    ctx: RequestContext,
  ): Promise<Result & { state: ObjectValue | null; private?: PrivateData; identity?: ObjectValue }>;
  /**
   * Adjust the host's proposed new state (config merged with prior computed values).
   * Without it, the engine plans the proposal with unset computed values unknown.
   */
  plan?(
    req: {
      prior: ObjectValue | null;
      proposed: ObjectValue;
      config: ObjectValue;
      private: PrivateData;
      clientCapabilities: ClientCapabilities;
    },
    ctx: RequestContext,
  ): Promise<
    Result & {
      planned?: ObjectValue;
      requiresReplace?: AttributePath[];
      private?: PrivateData;
      identity?: ObjectValue;
    }
  >;
  create(
    req: { planned: ObjectValue; config: ObjectValue; private: PrivateData },
    ctx: RequestContext,
  ): Promise<Result & { state?: ObjectValue; private?: PrivateData; identity?: ObjectValue }>;
  update(
    req: { prior: ObjectValue; planned: ObjectValue; config: ObjectValue; private: PrivateData },
    ctx: RequestContext,
  ): Promise<Result & { state?: ObjectValue; private?: PrivateData; identity?: ObjectValue }>;
  delete(req: { prior: ObjectValue; private: PrivateData }, ctx: RequestContext): Promise<Result>;
  import?(
    req: { id: string; identity?: ObjectValue },
    ctx: RequestContext,
  ): Promise<
    Result & { resources?: Array<{ state: ObjectValue; private?: PrivateData; identity?: ObjectValue }> }
  >;
  /** Accept state moved from another resource type (a `moved` block across types). */
  move?(
    req: {
      sourceProvider: string;
      sourceType: string;
      sourceVersion: number;
      sourceJson: unknown;
      sourcePrivate: PrivateData;
      sourceIdentityJson?: unknown;
    },
    ctx: RequestContext,
  ): Promise<Result & { state?: ObjectValue; private?: PrivateData; identity?: ObjectValue }>;
}

export interface DataSourceDefinition {
  schema: Schema;
  validate?(req: { config: ObjectValue }, ctx: RequestContext): Result | Promise<Result>;
  read(req: { config: ObjectValue }, ctx: RequestContext): Promise<Result & { state?: ObjectValue }>;
}

export interface EphemeralResourceDefinition {
  schema: Schema;
  validate?(req: { config: ObjectValue }, ctx: RequestContext): Result | Promise<Result>;
  open(
    req: { config: ObjectValue; clientCapabilities: ClientCapabilities },
    ctx: RequestContext,
  ): Promise<Result & { result?: ObjectValue; private?: PrivateData; renewAt?: Date }>;
  renew?(
    req: { private: PrivateData },
    ctx: RequestContext,
  ): Promise<Result & { private?: PrivateData; renewAt?: Date }>;
  close?(req: { private: PrivateData }, ctx: RequestContext): Promise<Result>;
}

export interface FunctionParameter {
  name: string;
  type: CtyType;
  description?: string;
  allowNull?: boolean;
  allowUnknown?: boolean;
}

export class FunctionError extends Error {
  override name = "FunctionError";
  readonly argument: number | undefined;
  constructor(message: string, argument?: number) {
    super(message);
    this.argument = argument;
  }
}

export interface FunctionDefinition {
  summary?: string;
  description?: string;
  parameters: FunctionParameter[];
  variadic?: FunctionParameter;
  returns: CtyType;
  deprecated?: string;
  /** Throw a FunctionError to report a problem with an argument. */
  call(args: CtyValue[], ctx: RequestContext): CtyValue | Promise<CtyValue>;
}

export interface ListResourceDefinition {
  /** The schema of the `config` block of a list block. */
  schema: Schema;
  validate?(req: { config: ObjectValue }, ctx: RequestContext): Result | Promise<Result>;
  list(
    req: { config: ObjectValue; includeResource: boolean; limit: number },
    ctx: RequestContext,
  ): AsyncIterable<{
    identity: ObjectValue;
    displayName: string;
    resource?: ObjectValue;
    diagnostic?: Diagnostic;
  }>;
}

export interface ProviderDefinition {
  /** Module name for logs, e.g. "provider.cozystack". */
  name: string;
  schema: Schema;
  validateConfig?(req: { config: ObjectValue }, ctx: RequestContext): Result | Promise<Result>;
  configure?(
    req: { config: ObjectValue; terraformVersion: string; clientCapabilities: ClientCapabilities },
    ctx: RequestContext,
  ): Result | Promise<Result>;
  resources?: Record<string, ResourceDefinition>;
  dataSources?: Record<string, DataSourceDefinition>;
  ephemeralResources?: Record<string, EphemeralResourceDefinition>;
  functions?: Record<string, FunctionDefinition>;
  /** List resources share the type names of the resources they list. */
  listResources?: Record<string, ListResourceDefinition>;
  stop?(): void | Promise<void>;
}
