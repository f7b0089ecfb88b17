import { z } from "zod";
import { annotate, type FieldMeta } from "./meta.ts";
import { QUANTITY_PATTERN } from "./quantity.ts";
import { RESOURCES_PRESETS, type ResourcesPreset } from "./presets.ts";

/**
 * Field builders for kind declarations. Each returns a plain zod schema carrying
 * the model's metadata, so a declaration reads field by field and nothing about
 * a field is said twice.
 *
 * Presence rules: a field with a default is optional on input and always present
 * after defaulting; `required: true` makes the user give it; anything else is optional.
 */
type Extra = Omit<FieldMeta, "description" | "format" | "exclusive">;
interface Presence<D> extends Extra {
  default?: D;
  required?: boolean;
}

function finish<T extends z.ZodType>(
  base: T,
  description: string,
  opts: Presence<unknown> & Pick<FieldMeta, "format" | "exclusive"> = {},
) {
  const { default: def, required, ...meta } = opts;
  let schema: z.ZodType = base;
  if (def !== undefined) {
    // Objects are defaulted through their own schema so that nested defaults apply too,
    // as Kubernetes structural defaulting does.
    schema = isObjectLike(base) ? base.prefault(def as never) : base.default(def as never);
  } else if (!required) {
    schema = base.optional();
  }
  return annotate(schema, { description, ...meta });
}

function isObjectLike(schema: z.ZodType): boolean {
  const type = schema._zod.def.type;
  return type === "object" || type === "record" || type === "array";
}

type Out<T extends z.ZodType, O> = O extends { default: unknown }
  ? z.ZodDefault<T>
  : O extends { required: true }
    ? T
    : z.ZodOptional<T>;

export function string<
  const O extends Presence<string> & {
    enum?: never;
    pattern?: RegExp;
    minLength?: number;
    maxLength?: number;
  },
>(description: string, opts?: O): Out<z.ZodString, O> {
  let base = z.string();
  if (opts?.pattern) base = base.regex(opts.pattern, { error: `must match ${opts.pattern.source}` });
  if (opts?.minLength !== undefined) base = base.min(opts.minLength);
  if (opts?.maxLength !== undefined) base = base.max(opts.maxLength);
  const { pattern: _p, minLength: _min, maxLength: _max, ...rest } = opts ?? {};
  return finish(base, description, rest) as never;
}

export function enumOf<const V extends readonly [string, ...string[]], const O extends Presence<V[number]>>(
  values: V,
  description: string,
  opts?: O,
): Out<z.ZodEnum<{ [K in V[number]]: K }>, O> {
  return finish(z.enum(values as never), description, opts) as never;
}

export function int<const O extends Presence<number> & { min?: number; max?: number }>(
  description: string,
  opts?: O,
): Out<z.ZodInt, O> {
  let base = z.int();
  if (opts?.min !== undefined) base = base.min(opts.min);
  if (opts?.max !== undefined) base = base.max(opts.max);
  const { min: _min, max: _max, ...rest } = opts ?? {};
  return finish(base, description, rest) as never;
}

export function bool<const O extends Presence<boolean>>(description: string, opts?: O): Out<z.ZodBoolean, O> {
  return finish(z.boolean(), description, opts) as never;
}

const QUANTITY_MESSAGE = "must be a Kubernetes quantity such as 10Gi, 500m or 2";
const quantityBase = () =>
  z.union([z.string().regex(QUANTITY_PATTERN, { error: QUANTITY_MESSAGE }), z.int()], {
    error: QUANTITY_MESSAGE,
  });
export type Quantity = string | number;

/** A Kubernetes quantity: an integer or a string such as "10Gi" or "500m". */
export function quantity<const O extends Presence<Quantity>>(
  description: string,
  opts?: O,
): Out<ReturnType<typeof quantityBase>, O> {
  return finish(quantityBase(), description, { ...opts, format: "quantity" }) as never;
}

const intOrStringBase = () => z.union([z.string(), z.int()], { error: "must be a string or an integer" });

/** A value the platform takes either as an integer or as a string, such as a server parameter. */
export function intOrString<const O extends Presence<string | number>>(
  description: string,
  opts?: O,
): Out<ReturnType<typeof intOrStringBase>, O> {
  return finish(intOrStringBase(), description, { ...opts, format: "int-or-string" }) as never;
}

export function object<S extends z.core.$ZodLooseShape, const O extends Presence<Record<string, never>>>(
  description: string,
  shape: S,
  opts?: O,
): Out<z.ZodObject<S, z.core.$strict>, O> {
  return finish(z.strictObject(shape), description, opts) as never;
}

/** The root of a kind's spec: a strict object, always present. */
export function spec<S extends z.core.$ZodLooseShape>(
  description: string,
  shape: S,
): z.ZodObject<S, z.core.$strict> {
  return annotate(z.strictObject(shape), { description });
}

/** A map keyed by a name the user chooses (users, databases, node groups...). */
export function map<
  V extends z.ZodType,
  const O extends Presence<Record<string, unknown>> & { keys?: RegExp },
>(description: string, values: V, opts?: O): Out<z.ZodRecord<z.ZodString, V>, O> {
  const key = opts?.keys
    ? z.string().regex(opts.keys, { error: `keys must match ${opts.keys.source}` })
    : z.string();
  const { keys: _k, ...rest } = opts ?? {};
  return finish(z.record(key, values), description, rest) as never;
}

export function list<I extends z.ZodType, const O extends Presence<readonly unknown[]>>(
  description: string,
  items: I,
  opts?: O,
): Out<z.ZodArray<I>, O> {
  return finish(z.array(items), description, opts as never) as never;
}

/** Free-form values handed to a chart or operator untouched (valuesOverride, config...). */
export function free<const O extends Presence<Record<string, unknown>>>(
  description: string,
  opts?: O,
): Out<z.ZodRecord<z.ZodString, z.ZodUnknown>, O> {
  return finish(z.record(z.string(), z.unknown()), description, { ...opts, format: "free" }) as never;
}

/**
 * An object whose members exclude each other, such as a disk source that is either
 * an HTTP URL, an image, an upload or a clone. `allowNone` permits setting none.
 */
export function exclusive<
  S extends z.core.$ZodLooseShape,
  const O extends Presence<Record<string, never>> & { allowNone: boolean },
>(description: string, shape: S, opts: O): Out<z.ZodObject<S, z.core.$strict>, O> {
  const members = Object.keys(shape);
  const base = z.strictObject(shape).superRefine((value, ctx) => {
    const set = members.filter((m) => (value as Record<string, unknown>)[m] !== undefined);
    if (set.length > 1) {
      ctx.addIssue({
        code: "custom",
        message: `only one of ${members.join(", ")} may be set, got ${set.join(" and ")}`,
      });
    } else if (set.length === 0 && !opts.allowNone) {
      ctx.addIssue({ code: "custom", message: `exactly one of ${members.join(", ")} must be set` });
    }
  });
  const { allowNone, ...rest } = opts;
  return finish(base, description, { ...rest, exclusive: { members, allowNone } }) as never;
}

// ---- Conventions shared by most Cozystack charts -------------------------------------------

export function resourcesPreset<const D extends ResourcesPreset>(description: string, defaultPreset: D) {
  return enumOf(RESOURCES_PRESETS as [ResourcesPreset, ...ResourcesPreset[]], description, {
    default: defaultPreset,
  });
}

/**
 * Explicit CPU and memory, which take precedence over the preset. Most charts default
 * the object to {}; pass `noDefault` for the few that leave it absent.
 */
export function resources(
  description: string,
  opts: { cpuDefault?: Quantity; memoryDefault?: Quantity; noDefault?: boolean } = {},
) {
  const shape = {
    cpu:
      opts.cpuDefault !== undefined
        ? quantity("CPU cores available, e.g. 500m or 2.", { default: opts.cpuDefault })
        : quantity("CPU cores available, e.g. 500m or 2."),
    memory:
      opts.memoryDefault !== undefined
        ? quantity("Memory available, e.g. 512Mi or 4Gi.", { default: opts.memoryDefault })
        : quantity("Memory available, e.g. 512Mi or 4Gi."),
  };
  return opts.noDefault ? object(description, shape) : object(description, shape, { default: {} });
}

/** The StorageClass of persistent volumes; most charts refuse to change it later. */
export function storageClass(
  opts: { description?: string; default?: string; immutable?: boolean; noDefault?: boolean } = {},
) {
  const description =
    opts.description ??
    (opts.immutable === false
      ? "StorageClass for the persistent volumes."
      : "StorageClass for the persistent volumes; cannot change after creation.");
  const extra = { immutable: opts.immutable ?? true, options: "storageclass" };
  return opts.noDefault
    ? string(description, extra)
    : string(description, { default: opts.default ?? "", ...extra });
}

export function external(description = "Expose the service outside the cluster through a LoadBalancer.") {
  return bool(description, { default: false });
}
