import type { KubeObject } from "./client.ts";

/** The one call a reader of single objects needs. */
export interface ObjectReader {
  getOrUndefined<T = KubeObject>(path: string): Promise<T | undefined>;
  /** The API server URL behind the reader, when it has one. */
  readonly server?: string;
}

export interface ListingClient extends ObjectReader {
  list(path: string): Promise<{ items: KubeObject[] }>;
}

/**
 * Reads of single objects for one refresh, served from one LIST per collection
 * once a collection is read often. A plan refreshes every resource, and 100
 * resources of ten kinds in one tenant otherwise cost 300 GETs (object,
 * TenantSecret, Service). A name missing from a listing is confirmed with a GET,
 * so an object created after the LIST is never reported gone. Listings are only
 * as fresh as the refresh itself; `forget` drops them after this process writes.
 */
export class CollectionReader implements ObjectReader {
  private readonly client: ListingClient;
  private readonly threshold: number;
  private readonly reads = new Map<string, number>();
  private readonly listings = new Map<string, Promise<Map<string, KubeObject>>>();
  private readonly unlistable = new Set<string>();

  /** `threshold`: the read of a collection from which on it is listed instead. */
  constructor(client: ListingClient, threshold = 3) {
    this.client = client;
    this.threshold = threshold;
  }

  get server(): string | undefined {
    return this.client.server;
  }

  async getOrUndefined<T = KubeObject>(path: string): Promise<T | undefined> {
    const cut = path.lastIndexOf("/");
    const collection = path.slice(0, cut);
    const name = path.slice(cut + 1);
    const listing = this.listing(collection);
    if (listing) {
      const items = await listing.catch(() => undefined);
      const found = items?.get(name);
      if (found) return found as T;
    }
    return this.client.getOrUndefined<T>(path);
  }

  /** Forget every listing, after a write by this process. */
  forget(): void {
    this.listings.clear();
    this.reads.clear();
  }

  private listing(collection: string): Promise<Map<string, KubeObject>> | undefined {
    const existing = this.listings.get(collection);
    if (existing || this.unlistable.has(collection)) return existing;
    const reads = (this.reads.get(collection) ?? 0) + 1;
    this.reads.set(collection, reads);
    if (reads < this.threshold) return undefined;
    const listing = this.client
      .list(collection)
      .then((list) => new Map(list.items.map((item) => [item.metadata.name, item])));
    // A collection the user may not list (RBAC) is read object by object.
    listing.catch(() => {
      this.listings.delete(collection);
      this.unlistable.add(collection);
    });
    this.listings.set(collection, listing);
    return listing;
  }
}
