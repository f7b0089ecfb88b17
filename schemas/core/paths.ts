import type { FieldNode } from "./ir.ts";
import { childNode, type PathSegment } from "./walk.ts";

export { childNode, type PathSegment } from "./walk.ts";

/** Translate a platform path (camelCase) into the Terraform path (snake_case); map keys stay as typed. */
export function toTerraformPath(root: FieldNode, path: readonly PathSegment[]): PathSegment[] {
  const out: PathSegment[] = [];
  let node: FieldNode | undefined = root;
  for (const segment of path) {
    const parent: FieldNode | undefined = node;
    node = childNode(node, segment);
    out.push(parent?.type === "object" && node ? node.tfName : segment);
  }
  return out;
}

/**
 * Render a path the way users write it: `users["alice"].password`, `topics[0].name`.
 * Map keys are quoted so that a key such as "max_connections" is not read as an attribute.
 */
export function formatPath(
  root: FieldNode,
  path: readonly PathSegment[],
  prefix = "",
  names: "platform" | "terraform" = "platform",
): string {
  let text = prefix;
  let node: FieldNode | undefined = root;
  for (const segment of path) {
    const isKey =
      node?.type === "map" || node?.type === "free" || (node === undefined && typeof segment === "string");
    if (typeof segment === "number") text += `[${segment}]`;
    else if (isKey) text += `[${JSON.stringify(segment)}]`;
    else text += text === "" ? segment : `.${segment}`;
    node = childNode(node, segment, names);
  }
  return text;
}
