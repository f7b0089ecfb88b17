import { createHash } from "node:crypto";
import { FIELD_OWNER_COMPOSED_PREFIX } from "./types.ts";

/** Kubernetes names (and label values) may not be longer than this. */
const LONGEST = 63;
const HASH_LENGTH = 12;

const sha256Hex = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * The name Crossplane gives a composed resource the function left unnamed: the XR's
 * `crossplane.io/composite` label and a dash, then the first 12 hex characters of
 * sha256(<XR UID><composition resource name>). Stable across reconciles, so a lost
 * resource reference never leaks a second object. A prefix too long to fit is shortened
 * so the hash survives.
 */
export function composedName(generateName: string, xrUid: string, resourceName: string): string {
  const hash = sha256Hex(`${xrUid}${resourceName}`).slice(0, HASH_LENGTH);
  return `${generateName.slice(0, LONGEST - HASH_LENGTH)}${hash}`;
}

/**
 * The server-side apply field manager for one XR's composed resources:
 * `apiextensions.crossplane.io/composed/<sha256 hex of name + "Kind.group">`, all 64 hex
 * characters. Per XR, so two XRs composing the same object fight visibly instead of sharing it.
 */
export function composedFieldManager(xrName: string, kind: string, group: string): string {
  return `${FIELD_OWNER_COMPOSED_PREFIX}/${sha256Hex(`${xrName}${kind}.${group}`)}`;
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Why a composed resource's name is not a DNS-1123 subdomain, or undefined when it is one. */
export function nameProblem(name: string): string | undefined {
  if (name.length > 253) return "must be no more than 253 characters";
  if (!DNS1123_SUBDOMAIN.test(name))
    return "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
  return undefined;
}

/** group and version of an apiVersion ("v1" is the core group). */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf("/");
  return slash < 0
    ? { group: "", version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** Crossplane's "a, b, and c" / "a, b, c, and 2 more", over the sorted names. */
export function firstThreeAndMore(names: readonly string[]): string {
  const sorted = [...names].sort();
  const n = 3;
  if (sorted.length > n) return `${sorted.slice(0, n).join(", ")}, and ${sorted.length - n} more`;
  if (sorted.length === n) return `${sorted.slice(0, n - 1).join(", ")}, and ${sorted[n - 1]}`;
  return sorted.join(", ");
}
