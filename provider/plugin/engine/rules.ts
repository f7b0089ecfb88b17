import { Dynamic, isUnknown, isWhollyKnown, Unknown, valuesEqual, type CtyValue } from "../cty/values.ts";
import { error, formatPath, type AttributePath, type Diagnostic, type PathStep } from "../diagnostics.ts";
import type { AttributeSchema, BlockSchema } from "../schema.ts";

/**
 * The rules hosts reject providers for, enforced before the host sees a
 * response, so that a broken rule surfaces as a provider error naming the
 * attribute rather than the host's "inconsistent result".
 */
type Obj = Record<string, CtyValue>;

const asObj = (v: CtyValue | undefined): Obj | undefined =>
  v !== null &&
  v !== undefined &&
  typeof v === "object" &&
  !Array.isArray(v) &&
  !(v instanceof Unknown) &&
  !(v instanceof Dynamic)
    ? (v as Obj)
    : undefined;

function equalOrKeptPrior(config: CtyValue, planned: CtyValue, prior: CtyValue | undefined): boolean {
  if (valuesEqual(config, planned)) return true;
  // Hosts accept keeping the prior value when both prior and config are set (semantic equality).
  return prior !== undefined && prior !== null && config !== null && valuesEqual(planned, prior);
}

/** Planned values of non-computed attributes must equal the config (or keep the prior value). */
export function checkPlanAgainstConfig(
  block: BlockSchema,
  config: Obj,
  planned: Obj,
  prior: Obj | null,
  path: PathStep[] = [],
): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const [name, attr] of Object.entries(block.attributes)) {
    const here = [...path, name];
    const c = config[name] ?? null;
    const p = planned[name] ?? null;
    const pr = prior ? (prior[name] ?? null) : undefined;
    if (attr.writeOnly) {
      if (p !== null)
        diags.push(
          broken(
            here,
            "planned a value for a write-only attribute; write-only attributes are always null in plans and state",
          ),
        );
      continue;
    }
    if (attr.computed) {
      if (attr.nested && asObj(p) && asObj(c)) diags.push(...checkNested(attr, c, p, pr, here));
      continue;
    }
    if (isUnknown(c)) {
      if (!isUnknown(p))
        diags.push(broken(here, "planned a known value although the configuration is not yet known"));
      continue;
    }
    if (equalOrKeptPrior(c, p, pr)) continue;
    if (attr.nested && p !== null && c !== null && !isUnknown(p)) {
      diags.push(...checkNested(attr, c, p, pr, here));
      continue;
    }
    diags.push(
      broken(
        here,
        `planned ${show(p, attr.sensitive)} for an attribute that is not computed, but the configuration says ${show(c, attr.sensitive)}`,
      ),
    );
  }
  for (const [name, nested] of Object.entries(block.blocks ?? {})) {
    const c = config[name] ?? null;
    const p = planned[name] ?? null;
    const pr = prior ? (prior[name] ?? null) : null;
    if (nested.nesting === "single" || nested.nesting === "group") {
      if (asObj(c) && asObj(p))
        diags.push(
          ...checkPlanAgainstConfig(nested.block, c as Obj, p as Obj, asObj(pr) ?? null, [...path, name]),
        );
    } else if (nested.nesting === "list" && Array.isArray(c) && Array.isArray(p)) {
      if (c.length !== p.length)
        diags.push(
          broken([...path, name], `planned ${p.length} blocks where the configuration has ${c.length}`),
        );
      else
        c.forEach((item, i) =>
          diags.push(
            ...checkPlanAgainstConfig(nested.block, item as Obj, p[i] as Obj, null, [...path, name, i]),
          ),
        );
    }
  }
  return diags;
}

function checkNested(
  attr: AttributeSchema,
  c: CtyValue,
  p: CtyValue,
  pr: CtyValue | undefined,
  here: PathStep[],
): Diagnostic[] {
  const block = { attributes: attr.nested!.attributes };
  switch (attr.nested!.nesting) {
    case "single":
      return asObj(c) && asObj(p)
        ? checkPlanAgainstConfig(block, c as Obj, p as Obj, asObj(pr ?? null) ?? null, here)
        : [];
    case "list": {
      if (!Array.isArray(c) || !Array.isArray(p)) return [];
      if (c.length !== p.length)
        return [broken(here, `planned ${p.length} elements where the configuration has ${c.length}`)];
      const prList = Array.isArray(pr) ? pr : [];
      return c.flatMap((item, i) =>
        checkPlanAgainstConfig(block, item as Obj, p[i] as Obj, asObj(prList[i] ?? null) ?? null, [
          ...here,
          i,
        ]),
      );
    }
    case "map": {
      const co = asObj(c);
      const po = asObj(p);
      if (!co || !po) return [];
      const keys = new Set([...Object.keys(co), ...Object.keys(po)]);
      const diags: Diagnostic[] = [];
      for (const key of keys) {
        if (!(key in po))
          diags.push(broken([...here, { key }], "is in the configuration but missing from the plan"));
        else if (!(key in co))
          diags.push(broken([...here, { key }], "is in the plan but not in the configuration"));
        else
          diags.push(
            ...checkPlanAgainstConfig(
              block,
              co[key] as Obj,
              po[key] as Obj,
              asObj(asObj(pr ?? null)?.[key] ?? null) ?? null,
              [...here, { key }],
            ),
          );
      }
      return diags;
    }
    case "set":
      return [];
  }
}

/** On create, computed attributes the config leaves unset must be planned unknown (or given a final value). */
export function markComputedNullsUnknown(block: BlockSchema, config: Obj, planned: Obj): Obj {
  const out: Obj = { ...planned };
  for (const [name, attr] of Object.entries(block.attributes)) {
    const c = config[name] ?? null;
    if (attr.computed && c === null && out[name] === null) out[name] = new Unknown();
    else if (attr.nested?.nesting === "single" && asObj(out[name] ?? null) && asObj(c)) {
      out[name] = markComputedNullsUnknown(
        { attributes: attr.nested.attributes },
        c as Obj,
        out[name] as Obj,
      );
    }
  }
  return out;
}

/** The apply result must be wholly known and equal every known planned value. */
export function checkApplyAgainstPlan(
  block: BlockSchema,
  planned: Obj,
  applied: Obj,
  path: PathStep[] = [],
): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const names = [...Object.keys(block.attributes), ...Object.keys(block.blocks ?? {})];
  for (const name of names) {
    const here = [...path, name];
    const p = planned[name] ?? null;
    const a = applied[name] ?? null;
    const secret = Boolean(block.attributes[name]?.sensitive);
    if (!isWhollyKnown(a)) {
      diags.push(broken(here, "is still unknown after apply; every value must be known once applied"));
      continue;
    }
    if (isWhollyKnown(p)) {
      if (!valuesEqual(p, a))
        diags.push(broken(here, `was planned as ${show(p, secret)} but apply produced ${show(a, secret)}`));
      continue;
    }
    if (isUnknown(p)) {
      const refinements = p.refinements;
      if (refinements?.nullable === false && a === null)
        diags.push(broken(here, "was planned as definitely not null, but apply produced null"));
      if (refinements?.stringPrefix && typeof a === "string" && !a.startsWith(refinements.stringPrefix)) {
        diags.push(
          broken(
            here,
            `was planned to start with ${secret ? "a known prefix" : JSON.stringify(refinements.stringPrefix)}, but apply produced ${show(a, secret)}`,
          ),
        );
      }
      continue;
    }
    // Partly known: compare what was known, element by element.
    const attr = block.attributes[name];
    const nestedBlock = attr?.nested ? { attributes: attr.nested.attributes } : block.blocks?.[name]?.block;
    if (
      nestedBlock &&
      asObj(p) &&
      asObj(a) &&
      (attr?.nested?.nesting ?? block.blocks?.[name]?.nesting) !== "map"
    ) {
      diags.push(...checkApplyAgainstPlan(nestedBlock, p as Obj, a as Obj, here));
    } else if (nestedBlock && Array.isArray(p) && Array.isArray(a) && p.length === a.length) {
      p.forEach((item, i) =>
        diags.push(...checkApplyAgainstPlan(nestedBlock, item as Obj, a[i] as Obj, [...here, i])),
      );
    } else if (nestedBlock && asObj(p) && asObj(a)) {
      for (const key of Object.keys(p as Obj)) {
        const ai = (a as Obj)[key];
        if (ai === undefined)
          diags.push(broken([...here, { key }], "was planned but is missing after apply"));
        else
          diags.push(
            ...checkApplyAgainstPlan(nestedBlock, (p as Obj)[key] as Obj, ai as Obj, [...here, { key }]),
          );
      }
    }
  }
  return diags;
}

/** Write-only attributes are always null in anything that becomes state. */
export function nullWriteOnly(block: BlockSchema, value: Obj): Obj {
  const out: Obj = { ...value };
  for (const [name, attr] of Object.entries(block.attributes)) {
    if (attr.writeOnly) out[name] = null;
    else if (attr.nested && hasWriteOnly(attr.nested.attributes)) {
      const inner = { attributes: attr.nested.attributes };
      const v = out[name] ?? null;
      if (attr.nested.nesting === "single" && asObj(v)) out[name] = nullWriteOnly(inner, v as Obj);
      else if (Array.isArray(v))
        out[name] = v.map((item) => (asObj(item) ? nullWriteOnly(inner, item as Obj) : item));
      else if (asObj(v))
        out[name] = Object.fromEntries(
          Object.entries(v as Obj).map(([k, item]) => [
            k,
            asObj(item) ? nullWriteOnly(inner, item as Obj) : item,
          ]),
        );
    }
  }
  for (const [name, nested] of Object.entries(block.blocks ?? {})) {
    const v = out[name] ?? null;
    if (asObj(v)) out[name] = nullWriteOnly(nested.block, v as Obj);
    else if (Array.isArray(v)) out[name] = v.map((item) => nullWriteOnly(nested.block, item as Obj));
  }
  return out;
}

function hasWriteOnly(attributes: Record<string, AttributeSchema>): boolean {
  return Object.values(attributes).some(
    (a) => a.writeOnly || (a.nested && hasWriteOnly(a.nested.attributes)),
  );
}

/** A RequiresReplace path must name an attribute of the schema. */
export function checkPathExists(block: BlockSchema, path: AttributePath): boolean {
  let current: { block?: BlockSchema; attr?: AttributeSchema; collection: boolean } = {
    block,
    collection: false,
  };
  for (const step of path) {
    if (typeof step === "string") {
      const b = current.block;
      if (!b) return false;
      const attr = b.attributes[step];
      const nested = b.blocks?.[step];
      if (attr) {
        current = {
          attr,
          block: attr.nested ? { attributes: attr.nested.attributes } : undefined,
          collection:
            Boolean(attr.nested && attr.nested.nesting !== "single") ||
            Boolean(attr.type && attr.type.kind !== "object"),
        };
      } else if (nested) {
        current = {
          block: nested.block,
          collection: nested.nesting !== "single" && nested.nesting !== "group",
        };
      } else {
        return false;
      }
    } else if (!current.collection) {
      // Stepping into a plain collection attribute (a list of strings, say) is allowed;
      // stepping into a single object is not.
      if (!current.attr?.type) return false;
    } else {
      current = { ...current, collection: false };
    }
  }
  return true;
}

function broken(path: AttributePath, what: string): Diagnostic {
  return error(
    "Provider produced an invalid response",
    `${formatPath(path)} ${what}. This is a bug in the provider; please report it.`,
    path,
  );
}

function show(v: CtyValue, sensitive = false): string {
  if (v === null) return "null";
  if (sensitive) return "(sensitive value)";
  if (isUnknown(v)) return "(known after apply)";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}...` : v);
  try {
    const text = JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  } catch {
    return String(v);
  }
}
