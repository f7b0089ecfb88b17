import type { ObjectReader } from "./kube/collection-reader.ts";
import { Platform } from "./platform.ts";

const refused = () => Promise.reject(new Error("this test neither writes nor lists"));

/** A platform that reads through `reader` and refuses writes and listings, for tests of reads and waits. */
export function readingPlatform(reader: ObjectReader): Platform {
  return new Platform({
    getOrUndefined: <T>(path: string) => reader.getOrUndefined<T>(path),
    get server() {
      return reader.server;
    },
    create: refused,
    replace: refused,
    delete: refused,
    list: refused,
  });
}
