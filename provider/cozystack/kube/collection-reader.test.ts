import { describe, expect, it } from "vitest";
import type { KubeObject } from "./client.ts";
import { CollectionReader, type ListingClient } from "./collection-reader.ts";

/** A platform of named objects that records every call made to it. */
function fakePlatform(objects: Record<string, string[]>, opts: { listFails?: boolean } = {}) {
  const calls: string[] = [];
  const store = new Map(Object.entries(objects).map(([c, names]) => [c, new Set(names)]));
  const object = (name: string, version = "1"): KubeObject => ({
    metadata: { name, resourceVersion: version },
  });
  const client: ListingClient = {
    async getOrUndefined<T>(path: string) {
      calls.push(`GET ${path}`);
      const cut = path.lastIndexOf("/");
      return (
        store.get(path.slice(0, cut))?.has(path.slice(cut + 1)) ? object(path.slice(cut + 1)) : undefined
      ) as T;
    },
    async list(path: string) {
      calls.push(`LIST ${path}`);
      if (opts.listFails) throw new Error("403 forbidden");
      return { items: [...(store.get(path) ?? [])].map((n) => object(n)) };
    },
  };
  return { client, calls, store };
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `o${i}`);

describe("refresh reads", () => {
  it("list a collection once it is read often, and serve the rest from the listing", async () => {
    const { client, calls } = fakePlatform({ "/ns/a/postgreses": names(10) });
    const reader = new CollectionReader(client, 3);
    const got = await Promise.all(names(10).map((n) => reader.getOrUndefined(`/ns/a/postgreses/${n}`)));
    expect(got.map((o) => o?.metadata.name)).toEqual(names(10));
    expect(calls.filter((c) => c.startsWith("GET"))).toHaveLength(2);
    expect(calls.filter((c) => c.startsWith("LIST"))).toEqual(["LIST /ns/a/postgreses"]);
  });

  it("confirm a name missing from the listing with a GET, so an object made after the LIST is found", async () => {
    const { client, calls, store } = fakePlatform({ "/c": names(3) });
    const reader = new CollectionReader(client, 1);
    expect(await reader.getOrUndefined("/c/o0")).toBeDefined();
    store.get("/c")!.add("late");
    expect((await reader.getOrUndefined("/c/late"))?.metadata.name).toBe("late");
    expect(await reader.getOrUndefined("/c/gone")).toBeUndefined();
    expect(calls).toEqual(["LIST /c", "GET /c/late", "GET /c/gone"]);
  });

  it("fall back to GETs for a collection that cannot be listed, without listing it again", async () => {
    const { client, calls } = fakePlatform({ "/c": names(6) }, { listFails: true });
    const reader = new CollectionReader(client, 2);
    for (const n of names(6)) expect((await reader.getOrUndefined(`/c/${n}`))?.metadata.name).toBe(n);
    expect(calls.filter((c) => c.startsWith("LIST"))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith("GET"))).toHaveLength(6);
  });

  it("read afresh after forget", async () => {
    const { client, calls } = fakePlatform({ "/c": names(2) });
    const reader = new CollectionReader(client, 1);
    await reader.getOrUndefined("/c/o0");
    reader.forget();
    await reader.getOrUndefined("/c/o1");
    expect(calls).toEqual(["LIST /c", "LIST /c"]);
  });
});
