/**
 * How the stand-in treats one object: how long until Ready, whether it fails,
 * how long deletion takes. Set per object with annotations, or for many objects
 * at once with rules in the ConfigMap kube-system/cozystack-standin. Each value is
 * "<namespace>/<Kind>/<name> <directives>": a pattern (`*` matches anything), a
 * space, then "ready-after=<ms>", "fail=<Reason>: <message>" or "delete-after=<ms>",
 * comma-separated. Keys only name the rules.
 */
export const ANNOTATION_PREFIX = "standin.cozystack-iac.test/";
export const RULES_CONFIGMAP = { namespace: "kube-system", name: "cozystack-standin" };

export interface Behaviour {
  readyAfterMs: number;
  deleteAfterMs: number;
  fail?: { reason: string; message: string };
}

export interface Defaults {
  readyAfterMs: number;
  deleteAfterMs: number;
  /** After a spec change, how long the previous Ready=True still shows, as on the real API. */
  staleReadyMs: number;
}

export function parseDirectives(text: string): Partial<Behaviour> {
  const out: Partial<Behaviour> = {};
  for (const part of text.split(/,(?=\s*(?:ready-after|fail|delete-after)=)/)) {
    const [key, ...rest] = part.trim().split("=");
    const value = rest.join("=").trim();
    if (key === "ready-after") out.readyAfterMs = Number(value);
    if (key === "delete-after") out.deleteAfterMs = Number(value);
    if (key === "fail") {
      const colon = value.indexOf(":");
      out.fail =
        colon < 0
          ? { reason: value || "InstallFailed", message: "the stand-in was told to fail this release" }
          : { reason: value.slice(0, colon).trim(), message: value.slice(colon + 1).trim() };
    }
  }
  return out;
}

function matches(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split("*")
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return re.test(value);
}

export function behaviourFor(
  id: { namespace: string; kind: string; name: string },
  annotations: Record<string, string> | undefined,
  rules: Record<string, string>,
  defaults: Defaults,
): Behaviour {
  const key = `${id.namespace}/${id.kind}/${id.name}`;
  let result: Behaviour = { ...defaults };
  for (const rule of Object.values(rules)) {
    const space = rule.indexOf(" ");
    if (space > 0 && matches(rule.slice(0, space), key))
      result = { ...result, ...parseDirectives(rule.slice(space + 1)) };
  }
  const fromAnnotations = Object.entries(annotations ?? {})
    .filter(([k]) => k.startsWith(ANNOTATION_PREFIX))
    .map(([k, v]) => `${k.slice(ANNOTATION_PREFIX.length)}=${v}`)
    .join(",");
  if (fromAnnotations) result = { ...result, ...parseDirectives(fromAnnotations) };
  return result;
}
