import { stringify } from "yaml";
import { formatPath } from "../../schemas/core/paths.ts";
import { gatherValues, rewriteValue, type PathSegment } from "../../schemas/core/walk.ts";
import type { FieldNode } from "../../schemas/core/ir.ts";
import { modernNames, XR_VERSION } from "../../functions/generate/names.ts";
import { DEFAULT_OPTIONS } from "../../functions/generate/options.ts";
import { hasWriteOnlyForm } from "../../provider/cozystack/write-only.ts";
import type { FoundObject } from "./read.ts";

/**
 * Objects as v2 XRs of the generated XRDs: same kind, name and namespace, so the
 * function composes onto the existing object; the spec holds the fields that differ
 * from the model's defaults. An XR's spec has no secret references, so a secret the
 * object holds is left out, and a comment above the XR names it: the user adds it
 * (or the composed object would drop it) before applying.
 */
export interface CrossplaneExport {
  text: string;
  /** Secrets left out, as `<Kind> <namespace>/<name> spec.<path>`. */
  secrets: string[];
}

export function exportCrossplane(
  objects: readonly FoundObject[],
  group = DEFAULT_OPTIONS.group,
): CrossplaneExport {
  const secrets: string[] = [];
  const documents = objects.map((object) => {
    const where = `${object.decl.kind} ${object.namespace}/${object.name}`;
    const left = secretPaths(object.decl.fields, object.minimal).map((p) =>
      formatPath(object.decl.fields, p, "spec"),
    );
    secrets.push(...left.map((p) => `${where} ${p}`));
    const xr = {
      apiVersion: `${group}/${XR_VERSION}`,
      kind: modernNames(object.decl).kind,
      metadata: { name: object.name, namespace: object.namespace },
      spec: withoutSecrets(object.decl.fields, object.minimal),
    };
    const notes = left
      .map(
        (p) =>
          `# ${p}: a secret, not exported; set it here before applying, or the composed object loses it\n`,
      )
      .join("");
    return notes + stringify(xr, { lineWidth: 0 });
  });
  return { text: documents.join("---\n"), secrets };
}

/** Where a spec sets a secret: the fields with a write-only form in the provider's schema. */
function secretPaths(root: FieldNode, spec: Record<string, unknown>): PathSegment[][] {
  return gatherValues<PathSegment[]>(root, spec, {
    naming: "platform",
    object: (_node, fields, input, path) =>
      fields.flatMap(({ field, result }) =>
        hasWriteOnlyForm(field) && typeof input[field.name] === "string" && input[field.name] !== ""
          ? [[...path, field.name]]
          : result,
      ),
  });
}

function withoutSecrets(root: FieldNode, spec: Record<string, unknown>): Record<string, unknown> {
  const out = rewriteValue<unknown>(root, spec, {
    from: "platform",
    to: "platform",
    object: (_node, fields) => {
      const kept: Record<string, unknown> = {};
      for (const { field, result } of fields)
        if (result !== undefined && !hasWriteOnlyForm(field)) kept[field.name] = result;
      return kept;
    },
  });
  return (out as Record<string, unknown> | undefined) ?? {};
}
