import { it } from "vitest";

/**
 * Register a test only where it applies (a host's feature, a kind that has such a
 * field), so that reports count no skipped tests for cases that do not exist.
 */
export function itWhen(applies: unknown): (name: string, fn: () => Promise<void>) => void {
  return (name, fn) => {
    if (applies) it(name, fn);
  };
}
