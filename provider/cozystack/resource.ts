import type { FieldNode } from "../../schemas/core/ir.ts";
import { childNode, foldFields, gatherValues } from "../../schemas/core/walk.ts";
import { defaultTimeoutMinutes } from "../../schemas/core/kind.ts";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { specFromTerraform, terraformFromSpec } from "../../schemas/core/convert.ts";
import {
  buildPlatformObject,
  withDefaults,
  type BuildResult,
  type PlatformObject,
} from "../../schemas/core/platform-object.ts";
import type { OutputValue } from "../../schemas/core/outputs.ts";
import type { Condition } from "../../schemas/core/readiness.ts";
import { validateObject } from "../../schemas/core/validate.ts";
import {
  type ObjectValue,
  type ResourceDefinition,
  type RequestContext,
  Unknown,
  valuesEqual,
  type CtyValue,
  error,
  type AttributePath,
  type Diagnostic,
  type PathStep,
  type AttributeSchema,
  type Schema,
  isWhollyKnown,
  type PrivateData,
  warning,
} from "../plugin/index.ts";
import { canonicalJson } from "../../schemas/core/canonical-json.ts";
import { OWNERSHIP_ANNOTATION } from "./ownership.ts";
import { conflictWarning } from "./conflicts.ts";
import { fillDefaults } from "./defaults.ts";
import type { KubeObject } from "./kube/client.ts";
import {
  describeError,
  type Platform,
  PlatformError,
  type Published,
  type WaitOptions,
  WriteRefused,
} from "./platform.ts";
import { resourceSchema } from "./schema.ts";
import { missingNamespace, type Session } from "./session.ts";
import {
  clearReadinessPending,
  markReadinessPending,
  readinessPending,
  readyNow,
  resumedWaitDetail,
  stoppedWaitingDetail,
  TAINTED_AFTER_CREATE,
} from "./pending-readiness.ts";
import { parseDuration } from "./timeouts.ts";
import { containsUnknown, fieldValue, toPlain, UNKNOWN, type Plain } from "./values.ts";
import {
  carryWriteOnly,
  hasWriteOnlyForm,
  substituteWriteOnly,
  woName,
  woVersionName,
  writeOnlySecrets,
} from "./write-only.ts";

/**
 * Every kind's resource, from its declaration alone: validation and defaults
 * from the model, create-or-checked-replace writes, readiness waits, outputs and import.
 */

export function kindResource(decl: KindDeclaration, session: Session): ResourceDefinition {
  const schema = resourceSchema(decl);
  const fields = decl.fields;

  const namespaceOf = (value: ObjectValue): CtyValue =>
    value.namespace ?? decl.onlyIn ?? session.defaultNamespace ?? null;

  /** Outputs; secrets given in write-only form are left out, as they are left out of the spec. */
  const connectionOf = async (
    platform: Platform,
    object: KubeObject,
    hidden: Set<string>,
    published?: Promise<Published>,
  ): Promise<CtyValue> => connectionValue(decl, await platform.outputs(decl, object, published), hidden);

  /** State from what the server holds: its spec (server-filled defaults included) plus outputs. */
  const stateFromObject = async (
    platform: Platform,
    object: KubeObject,
    reference: ObjectValue | null,
    published?: Promise<Published>,
  ): Promise<ObjectValue> => {
    const { state, hidden } = objectState(decl, object, reference);
    return { ...state, connection: await connectionOf(platform, object, hidden, published) };
  };

  const validate = (config: ObjectValue, writeOnlyAllowed = true): Diagnostic[] => {
    const diags: Diagnostic[] = writeOnlyProblems(fields, toPlain(config), writeOnlyAllowed);
    const t = config.timeouts as Record<string, CtyValue> | null;
    for (const which of ["create", "update", "delete"] as const) {
      const text = t?.[which];
      if (typeof text === "string" && parseDuration(text) === undefined) {
        diags.push(
          error("Invalid duration", `${JSON.stringify(text)} is not a duration such as 30s, 10m or 1h.`, [
            "timeouts",
            which,
          ]),
        );
      }
    }
    const name = config.name;
    // The model checks what the platform will receive: write-only values in place of their plain fields.
    const plain = substituteWriteOnly(fields, toPlain(config)) as Record<string, Plain>;
    const unknownPaths = collectUnknownPaths(fields, plain);
    const spec = specFromTerraform(fields, stripUnknowns(plain) as Record<string, unknown>);
    const reported = diags.flatMap((d) => (d.path ? [d.path] : []));
    const namespace = namespaceOf(config);
    const result = validateObject(decl, {
      name: typeof name === "string" ? name : "placeholder",
      namespace: typeof namespace === "string" ? namespace : undefined,
      spec,
    });
    for (const problem of result.problems) {
      if (problem.tfPath[0] === "name" && typeof name !== "string") continue;
      if (unknownPaths.some((u) => startsWith(problem.tfPath, u))) continue; // decided once the value is known
      const attribute = tfAttributePath(fields, problem.tfPath);
      if (reported.some((r) => JSON.stringify(r) === JSON.stringify(attribute))) continue; // said already
      diags.push(
        error(
          `Invalid ${decl.tfType} ${problem.tfPath[0] === "name" ? "name" : "value"}`,
          problem.message,
          attribute,
        ),
      );
    }
    return diags;
  };

  const ctxWait = (ctx: RequestContext, ms: number) => ({
    deadline: Date.now() + ms,
    signal: ctx.signal,
    onProgress: (message: string) => ctx.log.info(message),
  });

  /**
   * Replace the spec, read-check-write: the object must still be what the plan was
   * made from. A 409 (the object moved on, say a status update, between the read and
   * the write) is retried by withRetries, which reads and checks again. Returns the
   * conditions as they stood just before the write, for the readiness wait.
   */
  const update = async (
    platform: Platform,
    prior: ObjectValue,
    object: PlatformObject,
  ): Promise<NonNullable<WaitOptions["afterWrite"]>> => {
    const { namespace, name } = object.metadata;
    const current = checkedForUpdate(decl, prior, await platform.read(decl, namespace, name));
    return replaceSpec(platform, current, object);
  };

  /** Write the desired spec over `current`; the conditions as they stood just before, for the readiness wait. */
  const replaceSpec = async (
    platform: Platform,
    current: KubeObject,
    object: PlatformObject,
  ): Promise<NonNullable<WaitOptions["afterWrite"]>> => {
    const before = (current.status as { conditions?: Condition[] } | undefined)?.conditions ?? [];
    const at = Date.now();
    await platform.replace(decl, current, object, { forceConflicts: session.forceConflicts });
    return { before, at };
  };

  /**
   * Create; or, when an earlier apply of this same declaration created the object and
   * died before saving state, adopt it (Platform.create decides) and go on as an update
   * would: write the desired spec if the object holds another, then wait.
   */
  const createOrAdopt = async (
    platform: Platform,
    object: PlatformObject,
    ctx: RequestContext,
  ): Promise<{ afterWrite?: WaitOptions["afterWrite"]; adopted: boolean }> => {
    const created = await platform.create(decl, object);
    if (!created.adopted) return { adopted: false };
    const { namespace, name } = object.metadata;
    ctx.log.info("adopting an object this declaration created in an apply that saved no state", {
      kind: decl.kind,
      namespace,
      name,
    });
    const current = created.object;
    if (sameSpec(decl, current, object)) return { adopted: true };
    return { afterWrite: await replaceSpec(platform, current, object), adopted: true };
  };

  /**
   * A plan that changes an object in place warns when the change touches fields another
   * server-side-apply manager owns, which the apply will refuse (or, forced, take over).
   * Best effort: if the object cannot be read now, the apply checks again and says why.
   */
  const conflictWarnings = async (planned: ObjectValue, config: ObjectValue): Promise<Diagnostic[]> => {
    if (session.configUnknown || !isWhollyKnown(config)) return [];
    const name = String(planned.name);
    const namespace = String(planned.namespace);
    const built = platformObjectOf(decl, name, namespace, config);
    if (!built.ok) return [];
    try {
      const platform = await session.platform();
      const current = await platform.read(decl, namespace, name);
      const conflicts = current ? platform.conflicts(decl, current, built.object) : [];
      if (conflicts.length === 0) return [];
      const where = `${decl.kind} ${namespace}/${name}`;
      return [
        warning("Fields managed by another tool", conflictWarning(where, conflicts, session.forceConflicts)),
      ];
    } catch {
      return [];
    }
  };

  /** wait_for_ready = false: the object as written, readiness not checked. */
  const readWithoutWaiting = async (
    platform: Platform,
    namespace: string,
    name: string,
    ctx: RequestContext,
  ) => {
    ctx.log.info("readiness not checked (wait_for_ready = false)", { kind: decl.kind, namespace, name });
    const object = await platform.read(decl, namespace, name);
    if (!object)
      throw new PlatformError(`${decl.kind} ${namespace}/${name} was gone right after it was written`);
    return object;
  };

  const applyAndWait = async (
    planned: ObjectValue,
    config: ObjectValue,
    which: "create" | "update",
    ctx: RequestContext,
    priv: PrivateData,
    prior?: ObjectValue,
  ) => {
    const name = String(planned.name);
    const namespace = String(planned.namespace);
    const built = platformObjectOf(decl, name, namespace, config);
    if (!built.ok) {
      return {
        diagnostics: built.problems.map((p) =>
          error(`Invalid ${decl.tfType} value`, p.message, tfAttributePath(fields, p.tfPath)),
        ),
      };
    }
    const platform = await session.platform();
    const wait = ctxWait(ctx, waitTimeout(decl, planned, which));
    let afterWrite: WaitOptions["afterWrite"];
    let adopted: boolean;
    // An earlier apply wrote this object and stopped waiting for it (pending-readiness.ts):
    // with the spec as it left it, there is nothing to write, only the wait to finish.
    const resuming =
      !!prior && readinessPending(priv) && changedAttributes(decl, prior, planned).length === 0;
    if (resuming)
      ctx.log.info("continuing the wait an earlier apply left off", { kind: decl.kind, namespace, name });
    try {
      ({ afterWrite, adopted } = await platform.retrying(
        `applying ${decl.kind} ${namespace}/${name}`,
        wait.deadline,
        ctx.signal,
        async () =>
          resuming
            ? { afterWrite: undefined, adopted: false }
            : prior
              ? { afterWrite: await update(platform, prior, built.object), adopted: false }
              : createOrAdopt(platform, built.object, ctx),
        (e, waitMs) => ctx.log.warn("retrying apply", { error: describeError(e), wait_ms: waitMs }),
      ));
    } catch (e) {
      // Nothing reached the platform on a failed create: no state, nothing orphaned.
      return {
        diagnostics: [error(`Could not ${which} ${decl.kind} ${namespace}/${name}`, describeError(e))],
      };
    }
    try {
      const object = session.waitForReady
        ? await platform.waitReady(decl, namespace, name, { ...wait, afterWrite })
        : await readWithoutWaiting(platform, namespace, name, ctx);
      const state = await stateFromObject(platform, object, planned);
      const notes = [
        ...(adopted ? [adoptedNote(decl, namespace, name)] : []),
        ...keptDifferently(decl, schema, planned, state),
      ];
      const settled = readinessPending(priv) ? { private: clearReadinessPending(priv) } : {};
      return notes.length > 0 ? { state, diagnostics: notes, ...settled } : { state, ...settled };
    } catch (e) {
      // The object exists: keep it in state (as planned, outputs unknown until ready), marked
      // readiness-pending so that the next plan continues the wait (pending-readiness.ts).
      const stopped = ctx.signal.aborted;
      const where = `${decl.kind} ${namespace}/${name}`;
      const current = await platform.read(decl, namespace, name).catch(() => undefined);
      const state = current
        ? await stateFromObject(platform, current, planned).catch(() => planned)
        : planned;
      return {
        state: { ...planned, ...state, connection: state.connection ?? null },
        private: markReadinessPending(priv),
        // Stopped by the host: a warning, not an error. An error on create makes the host taint
        // the object, and the next apply would replace it instead of waiting for it. The host
        // ends the run after a stop anyway, so nothing that depends on the object runs.
        diagnostics: [
          stopped
            ? warning(`Stopped waiting for ${where} to become ready`, stoppedWaitingDetail(where))
            : error(
                `${where} is not ready`,
                which === "create" ? `${describeError(e)} ${TAINTED_AFTER_CREATE}` : describeError(e),
              ),
        ],
      };
    }
  };

  return {
    schema,
    identity: {
      version: 0,
      attributes: {
        namespace: { type: { kind: "string" }, requiredForImport: true, description: "Tenant namespace." },
        name: { type: { kind: "string" }, requiredForImport: true, description: "Object name." },
      },
    },

    validate: ({ config, clientCapabilities }) => ({
      diagnostics: validate(config, clientCapabilities.writeOnlyAttributesAllowed),
    }),

    async plan({ prior, proposed, config, private: priv }) {
      const diagnostics = validate(config);
      if (diagnostics.length > 0) return { diagnostics };
      // A provider configuration not known yet may still supply the namespace at apply.
      const namespace = namespaceOf(config) ?? (session.configUnknown ? new Unknown() : null);
      if (namespace === null) return { diagnostics: [missingNamespace()] };
      const plain = toPlain(config) as Record<string, Plain>;
      const planned: ObjectValue = {
        ...proposed,
        ...specAttributes(fields, plain),
        namespace,
        id:
          typeof namespace === "string" && typeof config.name === "string"
            ? `${namespace}/${config.name}`
            : new Unknown(),
        // Outputs exist once the platform has made the object: unknown until the first apply.
        connection: prior ? (prior.connection ?? null) : new Unknown(),
        timeouts: config.timeouts ?? null,
      };
      const requiresReplace: AttributePath[] = [];
      if (prior) {
        // Name, namespace and immutable fields identify the platform's object: changing one means a new object.
        if (!valuesEqual(prior.name ?? null, planned.name ?? null)) requiresReplace.push(["name"]);
        if (!valuesEqual(prior.namespace ?? null, planned.namespace ?? null))
          requiresReplace.push(["namespace"]);
        for (const path of immutablePaths(fields)) {
          if (!valuesEqual(dig(prior, path), dig(planned, path))) requiresReplace.push(path);
        }
        // The connection follows the spec; if the spec changes, outputs may too.
        if (changedAttributes(decl, prior, planned).length > 0) planned.connection = new Unknown();
      }
      const changesInPlace =
        !!prior && requiresReplace.length === 0 && changedAttributes(decl, prior, planned).length > 0;
      const warnings = changesInPlace ? await conflictWarnings(planned, config) : [];
      // An earlier apply stopped waiting for this object: the host applies only a plan that
      // changes something, so the outputs the wait will settle are planned unknown.
      if (prior && requiresReplace.length === 0 && readinessPending(priv)) {
        planned.connection = new Unknown();
        const where = `${decl.kind} ${String(planned.namespace)}/${String(planned.name)}`;
        warnings.push(warning(`Waiting again for ${where}`, resumedWaitDetail(where)));
      }
      return {
        planned,
        requiresReplace,
        identity:
          typeof namespace === "string" && typeof config.name === "string"
            ? { namespace, name: config.name }
            : undefined,
        ...(warnings.length > 0 ? { diagnostics: warnings } : {}),
      };
    },

    async create({ planned, config, private: priv }, ctx) {
      const result = await applyAndWait(planned, config, "create", ctx, priv);
      return { ...result, identity: { namespace: planned.namespace ?? null, name: planned.name ?? null } };
    },

    async update({ prior, planned, config, private: priv }, ctx) {
      return applyAndWait(planned, config, "update", ctx, priv, prior);
    },

    async read({ state, private: priv }, ctx) {
      const name = String(state.name);
      const namespace = String(state.namespace);
      try {
        const platform = await session.platform();
        const { object, published } = await platform.refresh(decl, namespace, name, ctx.signal);
        if (!object) return { state: null }; // deleted outside Terraform: planned for re-creation
        // A wait an earlier apply left off ends here if the object is ready by now.
        const settled =
          readinessPending(priv) &&
          readyNow(decl, object, (await published.catch(() => ({}) as Published)).secret);
        return {
          state: await stateFromObject(platform, object, state, published),
          identity: { namespace, name },
          ...(settled ? { private: clearReadinessPending(priv) } : {}),
        };
      } catch (e) {
        return {
          state,
          diagnostics: [error(`Could not read ${decl.kind} ${namespace}/${name}`, describeError(e))],
        };
      }
    },

    async delete({ prior }, ctx) {
      const name = String(prior.name);
      const namespace = String(prior.namespace);
      try {
        const platform = await session.platform();
        await platform.deleteAndWait(decl, namespace, name, ctxWait(ctx, waitTimeout(decl, prior, "delete")));
        return {};
      } catch (e) {
        return {
          diagnostics: [error(`Could not delete ${decl.kind} ${namespace}/${name}`, describeError(e))],
        };
      }
    },

    async import({ id, identity }, ctx) {
      const [namespace, name] = identity
        ? [String(identity.namespace), String(identity.name)]
        : id.split("/");
      if (!namespace || !name || id.split("/").length > 2) {
        return {
          diagnostics: [
            error("Invalid import ID", `Expected "<namespace>/<name>", got ${JSON.stringify(id)}.`),
          ],
        };
      }
      try {
        const platform = await session.platform();
        const object = await platform.read(decl, namespace, name);
        if (!object)
          return {
            diagnostics: [error("Cannot import", `${decl.kind} ${namespace}/${name} does not exist.`)],
          };
        return {
          resources: [
            { state: await stateFromObject(platform, object, null), identity: { namespace, name } },
          ],
        };
      } catch (e) {
        ctx.log.error("import failed", { error: describeError(e) });
        return {
          diagnostics: [error(`Could not import ${decl.kind} ${namespace}/${name}`, describeError(e))],
        };
      }
    },
  };
}

/**
 * The platform object a resource configuration describes: write-only values in place
 * of their plain fields, then the model's builder. Pure, so that a test can hold it
 * against the Crossplane function's object for the same spec.
 */
export function platformObjectOf(
  decl: KindDeclaration,
  name: string,
  namespace: string,
  config: ObjectValue,
): BuildResult {
  const spec = specFromTerraform(
    decl.fields,
    substituteWriteOnly(decl.fields, toPlain(config)) as Record<string, unknown>,
  );
  return buildPlatformObject(decl, { name, namespace, spec });
}

/**
 * Whether the object holds the spec a write of `object` would leave, defaults filled
 * in as the platform fills them. A spec the model cannot read counts as different.
 */
export function sameSpec(decl: KindDeclaration, current: KubeObject, object: PlatformObject): boolean {
  try {
    return (
      canonicalJson(withDefaults(decl, current.spec ?? {})) === canonicalJson(withDefaults(decl, object.spec))
    );
  } catch {
    return false;
  }
}

/** What the user is told when an apply took up an object an earlier, interrupted apply created. */
function adoptedNote(decl: KindDeclaration, namespace: string, name: string): Diagnostic {
  return warning(
    `Adopted ${decl.kind} ${namespace}/${name}`,
    `${decl.kind} ${namespace}/${name} existed already: an earlier apply of this same declaration created it (its ${OWNERSHIP_ANNOTATION} annotation proves it) and stopped before saving state. It is now in state, as if that apply had finished.`,
  );
}

/** The spec attributes of a state or plan, with the model's defaults filled in. */
function specAttributes(fields: FieldNode, plain: Record<string, Plain>): ObjectValue {
  const filled = fillDefaults(fields, plain) as Record<string, Plain>;
  return fieldValue(fields, filled) as ObjectValue;
}

/**
 * State from what the server holds, outputs aside (`connection` is null here): its
 * spec, server-filled defaults included, and the secrets outputs must leave out.
 */
export function objectState(
  decl: KindDeclaration,
  object: KubeObject,
  reference: ObjectValue | null,
): { state: ObjectValue; hidden: Set<string> } {
  const fields = decl.fields;
  const fromServer = terraformFromSpec(fields, (object.spec ?? {}) as Record<string, unknown>) as Plain;
  // Secrets given in write-only form stay out of state, even as the server echoes them back.
  const ref = reference ? toPlain(reference) : undefined;
  const tf = carryWriteOnly(fields, fromServer, ref) as Record<string, Plain>;
  return {
    state: {
      id: `${object.metadata.namespace}/${object.metadata.name}`,
      name: object.metadata.name,
      namespace: object.metadata.namespace ?? null,
      ...specAttributes(fields, tf),
      connection: null,
      timeouts: reference?.timeouts ?? null,
    },
    hidden: writeOnlySecrets(fields, fromServer, ref),
  };
}

/** Outputs; secrets given in write-only form are left out, as they are left out of the spec. */
export function connectionValue(
  decl: KindDeclaration,
  outputs: Record<string, OutputValue>,
  hidden: Set<string>,
): CtyValue {
  // A secret may sit inside a larger value too, such as a connection URI.
  const secrets = [...hidden];
  const reveals = (text: string) => secrets.some((secret) => text.includes(secret));
  const scrub = (v: unknown): unknown => {
    if (typeof v === "string") return reveals(v) ? null : v;
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => !(typeof x === "string" && reveals(x)))
          .map(([k, x]) => [k, scrub(x)]),
      );
    }
    return v;
  };
  return Object.fromEntries(
    Object.entries(decl.outputs.fields).map(([key, field]) => {
      const value = scrub(outputs[key]);
      if (value === undefined || value === null) return [key, null];
      if (field.type === "number") return [key, Number(value)];
      return [key, value as CtyValue];
    }),
  );
}

/** How long to wait for the platform: the resource's timeouts, else the kind's install time. */
export function waitTimeout(
  decl: KindDeclaration,
  value: ObjectValue,
  which: "create" | "update" | "delete",
): number {
  const t = value.timeouts as Record<string, CtyValue> | null | undefined;
  const text = t && typeof t === "object" ? t[which] : null;
  const fallback = defaultTimeoutMinutes(decl, which) * 60_000;
  return typeof text === "string" ? (parseDuration(text) ?? fallback) : fallback;
}

/** The spec attributes that differ between two states (or a state and an object read now). */
function changedAttributes(decl: KindDeclaration, a: ObjectValue, b: ObjectValue): string[] {
  const fields = decl.fields;
  const specNames = fields.type === "object" ? Object.values(fields.properties).map((p) => p.tfName) : [];
  return specNames.filter((k) => !valuesEqual(a[k] ?? null, b[k] ?? null));
}

/**
 * The object an update may be written over: it must still be what the plan was made
 * from, as state would record it. Anything else is refused, saying what moved.
 */
export function checkedForUpdate(
  decl: KindDeclaration,
  prior: ObjectValue,
  current: KubeObject | undefined,
): KubeObject {
  const where = `${decl.kind} ${String(prior.namespace)}/${String(prior.name)}`;
  if (!current)
    throw new WriteRefused(
      `${where} was deleted on the platform after this plan was made. Run the plan again to re-create it.`,
    );
  const fromServer = terraformFromSpec(decl.fields, (current.spec ?? {}) as Record<string, unknown>) as Plain;
  const now = specAttributes(
    decl.fields,
    carryWriteOnly(decl.fields, fromServer, toPlain(prior)) as Record<string, Plain>,
  );
  const moved = changedAttributes(decl, now, prior);
  if (moved.length > 0)
    throw new WriteRefused(
      `${where} changed on the platform after this plan was made (${moved.join(", ")}), so nothing was written. Run the plan again to see the change.`,
    );
  return current;
}

/**
 * The platform keeps what it likes: say so by field instead of handing the host a
 * result that contradicts its plan (which it would report as a provider bug).
 */
export function keptDifferently(
  decl: KindDeclaration,
  schema: Schema,
  planned: ObjectValue,
  state: ObjectValue,
): Diagnostic[] {
  /** A value for a diagnostic; a sensitive attribute's value is never shown. */
  const shown = (key: string, value: CtyValue | undefined): string => {
    const attribute = schema.block.attributes[key];
    if (attribute && holdsSecret(attribute)) return "(a value holding secrets, not shown)";
    return JSON.stringify(toPlain(value) ?? null);
  };
  const where = `${decl.kind} ${String(planned.namespace)}/${String(planned.name)}`;
  return changedAttributes(decl, state, planned).map((key) =>
    error(
      `The platform kept a different ${key}`,
      `${where}: planned ${shown(key, planned[key])}, the platform holds ${shown(key, state[key])}. The state records the platform's value; the next plan shows the difference.`,
      [key],
    ),
  );
}

/** Immutable attributes, by Terraform path through nested objects (maps and lists are compared whole). */
function immutablePaths(root: FieldNode): string[][] {
  return foldFields<string[][]>(root, {
    naming: "terraform",
    object: (_object, fields, path) =>
      fields.flatMap(({ field, result }) =>
        field.immutable ? [[...path, field.tfName]] : field.type === "object" ? result : [],
      ),
    map: () => [],
    list: () => [],
    leaf: () => [],
  });
}

function dig(value: ObjectValue, path: string[]): CtyValue {
  let current: CtyValue = value;
  for (const step of path) {
    if (
      current === null ||
      typeof current !== "object" ||
      current instanceof Unknown ||
      Array.isArray(current)
    )
      return null;
    current = (current as Record<string, CtyValue>)[step] ?? null;
  }
  return current;
}

/** Diagnostics name attributes; map keys and list indexes are element steps. */
function tfAttributePath(root: FieldNode, path: ReadonlyArray<string | number>): AttributePath {
  let node: FieldNode | undefined = root;
  return path.map((step): PathStep => {
    const parent = node;
    node = childNode(parent, step, "terraform");
    if (parent?.type === "map") return { key: String(step) };
    if (parent?.type === "list") return Number(step);
    return step;
  });
}

function collectUnknownPaths(root: FieldNode, value: Plain, path: PathStep[] = []): PathStep[][] {
  if (value === UNKNOWN) return [path];
  if (!containsUnknown(value)) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => collectUnknownPaths(root, v, [...path, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => collectUnknownPaths(root, v, [...path, k]));
  return [];
}

function stripUnknowns(value: Plain): Plain {
  if (value === UNKNOWN) return null;
  if (Array.isArray(value)) return value.map(stripUnknowns);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripUnknowns(v)]));
  return value;
}

function startsWith(path: readonly PathStep[], prefix: readonly PathStep[]): boolean {
  return prefix.every((step, i) => {
    const other = path[i];
    return typeof step === "object"
      ? typeof other === "object" && other.key === step.key
      : String(step) === String(typeof other === "object" ? other.key : other);
  });
}

/** A secret given both ways, or in write-only form to a host that would store it, is refused. */
function writeOnlyProblems(root: FieldNode, value: Plain, allowed: boolean): Diagnostic[] {
  return gatherValues<Diagnostic, Plain>(root, value, {
    naming: "terraform",
    object: (_object, fields, input, path) =>
      fields.flatMap(({ field, result }) =>
        hasWriteOnlyForm(field) ? secretProblems(field, input, allowed, tfAttributePath(root, path)) : result,
      ),
  });
}

/** What is wrong with how one secret is given, in plain or write-only form, in the object at `path`. */
function secretProblems(
  p: FieldNode,
  input: Readonly<Record<string, Plain>>,
  allowed: boolean,
  path: AttributePath,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const child = input[p.tfName] ?? null;
  const wo = input[woName(p)] ?? null;
  const version = input[woVersionName(p)] ?? null;
  if (wo === null) {
    if (p.required && child === null)
      out.push(
        error(
          "Missing required attribute",
          `Set \`${p.tfName}\`, or \`${woName(p)}\` with \`${woVersionName(p)}\` to keep it out of state.`,
          [...path, p.tfName],
        ),
      );
    return out;
  }
  if (allowed && version === null) {
    // Without a version, nothing would tell a later plan that the value was sent.
    out.push(
      error(
        "Missing attribute",
        `Set \`${woVersionName(p)}\` with \`${woName(p)}\`, and change it whenever the value should be sent again.`,
        [...path, woVersionName(p)],
      ),
    );
  }
  if (!allowed) {
    out.push(
      error(
        "Write-only attributes are not supported here",
        `Use \`${p.tfName}\` with this OpenTofu/Terraform version; \`${woName(p)}\` needs OpenTofu or Terraform 1.11 or later.`,
        [...path, woName(p)],
      ),
    );
  } else if (child !== null) {
    out.push(
      error("Conflicting attributes", `Set either \`${p.tfName}\` or \`${woName(p)}\`, not both.`, [
        ...path,
        woName(p),
      ]),
    );
  }
  return out;
}

/** Whether an attribute is sensitive or has a sensitive attribute anywhere inside it. */
function holdsSecret(attribute: AttributeSchema): boolean {
  if (attribute.sensitive || attribute.writeOnly) return true;
  return Object.values(attribute.nested?.attributes ?? {}).some(holdsSecret);
}
