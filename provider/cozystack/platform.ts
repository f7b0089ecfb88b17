import { serviceSource, type ServiceLike } from "../../schemas/core/service.ts";
import { decodeTenantSecret, type TenantSecretLike } from "../../schemas/core/tenant-secret.ts";
import { setTimeout as sleep } from "node:timers/promises";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { releaseName } from "../../schemas/core/kind.ts";
import { deriveOutputs, type OutputSource, type OutputValue } from "../../schemas/core/outputs.ts";
import type { PlatformObject } from "../../schemas/core/platform-object.ts";
import {
  assessReadiness,
  currentConditions,
  type Condition,
  type Readiness,
} from "../../schemas/core/readiness.ts";
import type { KubeClient } from "./kube/client.ts";
import type { CollectionReader, ObjectReader } from "./kube/collection-reader.ts";
import { KubeError, resourcePath, type KubeObject } from "./kube/client.ts";
import { describeForbidden, parseForbidden } from "./forbidden.ts";
import { conflictRefusal, writeConflicts, type Conflict } from "./conflicts.ts";
import { ownershipOf, whyNotOwned, withOwnership } from "./ownership.ts";
import { retryDelay } from "./retry.ts";

const FIELD_MANAGER = "cozystack-iac";

export class PlatformError extends Error {
  override name = "PlatformError";
}

function objectPath(decl: KindDeclaration, namespace: string, name?: string): string {
  return resourcePath(decl.group, decl.version, decl.plural, namespace, name);
}

const RETRYABLE = new Set([409, 429, 500, 502, 503, 504]);

/**
 * Retry conflicts, throttling, server errors and lost connections until the deadline,
 * waiting what the server's Retry-After asks, else backing off (retry.ts). Throttling
 * is mostly absorbed by the client already (KubeClient.request); what reaches here has
 * outlasted its patience. `onRetry` hears each retry with the pause taken.
 */
async function withRetries<T>(
  what: string,
  deadline: number,
  signal: AbortSignal,
  run: () => Promise<T>,
  onRetry?: (e: unknown, waitMs: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const retryable =
        (error instanceof KubeError && RETRYABLE.has(error.status)) || isConnectionError(error);
      const decision =
        retryable && !signal.aborted
          ? retryDelay({
              attempt,
              retryAfterSeconds: error instanceof KubeError ? error.retryAfterSeconds : undefined,
              now: Date.now(),
              deadline,
              random: Math.random(),
            })
          : undefined;
      // A refusal names its object and says what to do already: no prefix to repeat the name.
      if (error instanceof WriteRefused) throw error;
      if (!decision?.retry) throw new PlatformError(`${what}: ${describeError(error)}`);
      onRetry?.(error, decision.waitMs);
      await sleep(decision.waitMs, undefined, { signal }).catch(() => {});
    }
  }
}

function isConnectionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (
    code === "ECONNREFUSED" ||
    code === "ECONNRESET" ||
    code === "ETIMEDOUT" ||
    code === "EPIPE" ||
    code === "EHOSTUNREACH"
  );
}

export function describeError(error: unknown): string {
  // A refusal names the object, verb, user and granting role; it is final, never retried.
  const forbidden =
    error instanceof KubeError && error.status === 403 ? parseForbidden(error.body) : undefined;
  if (forbidden) return describeForbidden(forbidden);
  if (error instanceof KubeError) return error.message;
  if (isConnectionError(error))
    return `cannot reach the platform API (${(error as NodeJS.ErrnoException).code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A write the platform refused for a reason a retry cannot fix: the object exists
 * already, or changed since it was read. Its message says what to do.
 */
export class WriteRefused extends PlatformError {
  override name = "WriteRefused";
}

const isStatus = (error: unknown, status: number) => error instanceof KubeError && error.status === status;

/** The client calls the platform needs: single-object reads and writes, and a listing. */
export type PlatformClient = ObjectReader & Pick<KubeClient, "create" | "replace" | "delete" | "list">;

/** What a create left: the object, and whether it existed already as this declaration's own (see create). */
export interface Created {
  object: KubeObject;
  adopted: boolean;
}

export interface WaitOptions {
  deadline: number;
  signal: AbortSignal;
  onProgress: (message: string) => void;
  /** After an update: the conditions read just before the write, and when it was sent. */
  afterWrite?: { before: readonly Condition[]; at: number };
}

/**
 * What the platform publishes under names that follow from the object's name
 * alone: its TenantSecret and its Service. A refresh reads them alongside the
 * object instead of after it, saving a round trip per resource.
 */
export type Published = Pick<OutputSource, "secret" | "service">;

/**
 * The platform as the resource, ephemeral and list code see it: the client for
 * writes and fresh reads, the reader a refresh shares (see CollectionReader), and
 * the retry policy. Taken once per call from the session.
 */
export class Platform {
  private readonly client: PlatformClient;
  private readonly reads: ObjectReader;
  private readonly shared: CollectionReader | undefined;

  /** Without `reads`, refreshes read through the client, one GET per object. */
  constructor(client: PlatformClient, reads?: CollectionReader) {
    this.client = client;
    this.reads = reads ?? client;
    this.shared = reads;
  }

  /** Before a write: the listings a refresh shares may hold the object as it was, so later refreshes read afresh. */
  private forgetReads(): void {
    this.shared?.forget();
  }

  /** Retry conflicts, throttling and server errors with backoff, until the deadline. */
  retrying<T>(
    what: string,
    deadline: number,
    signal: AbortSignal,
    run: () => Promise<T>,
    onRetry?: (e: unknown, waitMs: number) => void,
  ): Promise<T> {
    return withRetries(what, deadline, signal, run, onRetry);
  }

  /** The object as it is now, or undefined if there is none. */
  read(decl: KindDeclaration, namespace: string, name: string): Promise<KubeObject | undefined> {
    return this.client.getOrUndefined(objectPath(decl, namespace, name));
  }

  /** The object and what it publishes, for a refresh: through the shared reader, published read alongside. */
  async refresh(
    decl: KindDeclaration,
    namespace: string,
    name: string,
    signal: AbortSignal,
  ): Promise<{ object: KubeObject | undefined; published: Promise<Published> }> {
    const published = this.published(decl, namespace, name);
    published.catch(() => {}); // read again after the object if it failed
    const object = await withRetries(
      `reading ${decl.kind} ${namespace}/${name}`,
      Date.now() + 60_000,
      signal,
      () => this.reads.getOrUndefined<KubeObject>(objectPath(decl, namespace, name)),
    );
    return { object, published };
  }

  /** What the platform publishes for an object, through the shared reader. */
  published(decl: KindDeclaration, namespace: string, name: string): Promise<Published> {
    return readPublished(this.reads, decl, namespace, name);
  }

  /** Every object of a kind in a namespace. */
  async list(decl: KindDeclaration, namespace: string): Promise<KubeObject[]> {
    return (await this.client.list(objectPath(decl, namespace))).items;
  }

  /**
   * Create, never take over someone else's object: the real API keeps no field
   * ownership, so an apply onto an object made by someone else would silently rewrite
   * it. The object carries the proof of who created it (ownership.ts). An existing
   * object is adopted only when it carries this declaration's proof, i.e. an earlier
   * apply of the same declaration created it and died before saving state; anything
   * else is refused with the import block that adopts it.
   */
  async create(decl: KindDeclaration, object: PlatformObject): Promise<Created> {
    const { namespace, name } = object.metadata;
    this.forgetReads();
    try {
      const created = await this.client.create(
        objectPath(decl, namespace),
        withOwnership(decl, object),
        FIELD_MANAGER,
      );
      return { object: created, adopted: false };
    } catch (error) {
      if (!isStatus(error, 409)) throw error;
      const existing = await this.client.getOrUndefined(objectPath(decl, namespace, name));
      // Gone since, or ours but on its way out: the 409 is retried, and the create tried again.
      if (!existing) throw error;
      const ownership = ownershipOf(decl, existing, object);
      if (ownership.owned && existing.metadata.deletionTimestamp) throw error;
      if (ownership.owned) return { object: existing, adopted: true };
      throw new WriteRefused(
        `${decl.kind} ${namespace}/${name} already exists, and this configuration has no record of it, so nothing was changed: ` +
          `${whyNotOwned(ownership.reason)}. To manage it here, import it into this resource:\n\n` +
          `import {\n  to = ${decl.tfType}.<this resource's name>\n  id = "${namespace}/${name}"\n}`,
      );
    }
  }

  /** The fields of another server-side-apply manager a replace of `current` by `object` would change (conflicts.ts). */
  conflicts(decl: KindDeclaration, current: KubeObject, object: PlatformObject): Conflict[] {
    return writeConflicts(decl, current, object, FIELD_MANAGER);
  }

  /**
   * Replace the spec with the desired one: a PUT of the whole object, so fields and map
   * entries the configuration dropped are removed (the real API ignores removals in
   * server-side apply). The platform's own metadata is kept as read (the ownership
   * annotation with it), and its resourceVersion turns a concurrent change into a 409,
   * which the caller retries after reading and checking the object again. A PUT is
   * never checked for conflicts by the server, so fields another manager applied are
   * refused here unless `forceConflicts`.
   */
  async replace(
    decl: KindDeclaration,
    current: KubeObject,
    object: PlatformObject,
    opts: { forceConflicts: boolean },
  ): Promise<KubeObject> {
    const { namespace, name } = object.metadata;
    const conflicts = this.conflicts(decl, current, object);
    if (conflicts.length > 0 && !opts.forceConflicts)
      throw new WriteRefused(conflictRefusal(`${decl.kind} ${namespace}/${name}`, conflicts));
    const { managedFields: _m, ...metadata } = current.metadata;
    this.forgetReads();
    try {
      return await this.client.replace(
        objectPath(decl, namespace, name),
        { apiVersion: object.apiVersion, kind: object.kind, metadata, spec: object.spec },
        FIELD_MANAGER,
      );
    } catch (error) {
      if (isStatus(error, 404))
        throw new WriteRefused(
          `${decl.kind} ${namespace}/${name} was deleted on the platform while this apply ran. Run the plan again to re-create it.`,
        );
      throw error;
    }
  }

  /** Poll until the model says the object is ready, it failed, or time runs out. */
  waitReady(decl: KindDeclaration, namespace: string, name: string, opts: WaitOptions): Promise<KubeObject> {
    return waitReady(this.client, decl, namespace, name, opts);
  }

  /** The outputs, read as a tenant user can; after a refresh, through its reader and its published read. */
  async outputs(
    decl: KindDeclaration,
    object: KubeObject,
    published?: Promise<Published>,
  ): Promise<Record<string, OutputValue>> {
    const reader = published ? this.reads : this.client;
    return deriveOutputs(decl.outputs, await readOutputSource(reader, decl, object, published));
  }

  async deleteAndWait(
    decl: KindDeclaration,
    namespace: string,
    name: string,
    opts: WaitOptions,
  ): Promise<void> {
    const path = objectPath(decl, namespace, name);
    this.forgetReads();
    await withRetries(`deleting ${decl.kind} ${namespace}/${name}`, opts.deadline, opts.signal, () =>
      this.client.delete(path),
    );
    let lastReport = Date.now();
    const pause = pollingPause();
    while (await this.client.getOrUndefined(path)) {
      if (Date.now() > opts.deadline)
        throw new PlatformError(`timed out waiting for ${decl.kind} ${namespace}/${name} to be deleted`);
      if (Date.now() - lastReport > 10_000) {
        opts.onProgress(`still waiting for ${decl.kind} ${namespace}/${name} to be deleted`);
        lastReport = Date.now();
      }
      await sleep(pause(), undefined, { signal: opts.signal }).catch(() => {});
      if (opts.signal.aborted) throw new PlatformError("stopped by the host while waiting");
    }
  }
}

async function readTenantSecret(
  client: ObjectReader,
  namespace: string,
  name: string,
): Promise<Record<string, string> | undefined> {
  const secret = await client.getOrUndefined<KubeObject & TenantSecretLike>(
    resourcePath("core.cozystack.io", "v1alpha1", "tenantsecrets", namespace, name),
  );
  return secret ? decodeTenantSecret(secret) : undefined;
}

async function readPublished(
  client: ObjectReader,
  decl: KindDeclaration,
  namespace: string,
  name: string,
): Promise<Published> {
  const release = releaseName(decl, name);
  const out = decl.outputs;
  const published: Published = {};
  const jobs: Promise<void>[] = [];
  if (out.secret)
    jobs.push(
      readTenantSecret(client, namespace, out.secret.name(release, namespace)).then(
        (s) => void (published.secret = s),
      ),
    );
  if (out.service) {
    const serviceName = out.service.name(release);
    jobs.push(
      client
        .getOrUndefined<KubeObject & ServiceLike>(`/api/v1/namespaces/${namespace}/services/${serviceName}`)
        .then((svc) => {
          if (svc) published.service = serviceSource(svc, namespace);
        }),
    );
  }
  await Promise.all(jobs);
  return published;
}

/**
 * Everything the outputs declaration needs, read as a tenant user can read it.
 * `published` is a read already under way (see readPublished); if it failed, it is read again.
 */
async function readOutputSource(
  client: ObjectReader,
  decl: KindDeclaration,
  object: KubeObject,
  published?: Promise<Published>,
): Promise<OutputSource> {
  const namespace = object.metadata.namespace!;
  const name = object.metadata.name;
  const release = releaseName(decl, name);
  const spec = (object.spec ?? {}) as Record<string, unknown>;
  const source: OutputSource = { name, namespace, release, spec };
  if (client.server) source.server = client.server;
  const out = decl.outputs;
  const users = Object.keys((spec.users ?? {}) as Record<string, unknown>);
  const reread = () => readPublished(client, decl, namespace, name);
  const [fromPublished, userSecrets] = await Promise.all([
    published ? published.catch(reread) : reread(),
    out.userSecrets
      ? Promise.all(
          users.map(
            async (u) =>
              [u, await readTenantSecret(client, namespace, out.userSecrets!.name(release, u))] as const,
          ),
        )
      : Promise.resolve([]),
  ]);
  if (fromPublished.secret) source.secret = fromPublished.secret;
  if (fromPublished.service) source.service = fromPublished.service;
  const found = userSecrets.filter(([, s]) => s !== undefined) as Array<[string, Record<string, string>]>;
  if (found.length > 0) source.userSecrets = Object.fromEntries(found);
  return source;
}

async function waitReady(
  client: ObjectReader,
  decl: KindDeclaration,
  namespace: string,
  name: string,
  opts: WaitOptions,
): Promise<KubeObject> {
  let lastReport = 0;
  let last: Readiness | undefined;
  const pause = pollingPause();
  for (;;) {
    const object = await withRetries(
      `reading ${decl.kind} ${namespace}/${name}`,
      opts.deadline,
      opts.signal,
      () => client.getOrUndefined(objectPath(decl, namespace, name)),
    );
    if (!object)
      throw new PlatformError(
        `${decl.kind} ${namespace}/${name} disappeared while waiting for it to become ready`,
      );
    const conditions = currentConditions(
      (object.status as { conditions?: Condition[] } | undefined)?.conditions ?? [],
      object.metadata.generation,
      opts.afterWrite && { before: opts.afterWrite.before, elapsedMs: Date.now() - opts.afterWrite.at },
    );
    const secret =
      decl.readiness.secretKeys && decl.outputs.secret
        ? await readTenantSecret(
            client,
            namespace,
            decl.outputs.secret.name(releaseName(decl, name), namespace),
          ).catch(() => undefined)
        : undefined;
    last = assessReadiness(decl.readiness, { conditions, secret });
    if (last.state === "ready") return object;
    if (last.state === "failed") {
      throw new PlatformError(
        `${decl.kind} ${namespace}/${name} failed: ${last.condition}=False, reason ${last.reason}: ${last.message}`,
      );
    }
    if (Date.now() > opts.deadline) {
      const ready = conditions.find((c) => c.type === "Ready");
      throw new PlatformError(
        `timed out waiting for ${decl.kind} ${namespace}/${name} to become ready (waiting for ${last.waitingFor}` +
          (ready ? `; Ready=${ready.status}, reason ${ready.reason ?? "none"}: ${ready.message ?? ""}` : "") +
          "). The object stays in state.",
      );
    }
    if (Date.now() - lastReport > 10_000) {
      opts.onProgress(`still waiting for ${decl.kind} ${namespace}/${name}: ${last.waitingFor}`);
      lastReport = Date.now();
    }
    await sleep(Math.min(pause(), Math.max(50, opts.deadline - Date.now())), undefined, {
      signal: opts.signal,
    }).catch(() => {});
    if (opts.signal.aborted) throw new PlatformError("stopped by the host while waiting");
  }
}

/**
 * Polling intervals that start short and double up to a second: most objects turn
 * ready or vanish soon after the call, and a fixed second would be paid by every
 * resource of a large apply, while slow ones cost at most one request a second.
 */
export function pollingPause(first = 50, max = 1000): () => number {
  let next = first;
  return () => {
    const current = next;
    next = Math.min(next * 2, max);
    return current;
  };
}
