import { describe, expect, it } from "vitest";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { info } from "../../schemas/kinds/info.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import { KubeError, type KubeObject } from "../../provider/cozystack/kube/client.ts";
import { readNamespace, type Reader } from "./read.ts";

/** A platform of listed objects by path; a namespace not given answers 404, as the API server does. */
function platform(
  namespaces: string[],
  lists: Record<string, Array<Partial<KubeObject>>>,
): Reader & { listed: string[] } {
  const listed: string[] = [];
  return {
    listed,
    get: async (path) => {
      if (namespaces.some((ns) => path === `/api/v1/namespaces/${ns}`)) return { metadata: { name: "ns" } };
      throw new KubeError("not found", 404, {});
    },
    list: async (path) => {
      listed.push(path);
      return { items: (lists[path] ?? []) as KubeObject[] };
    },
  };
}

const redises = "/apis/apps.cozystack.io/v1alpha1/namespaces/tenant-x/redises";
const postgreses = "/apis/apps.cozystack.io/v1alpha1/namespaces/tenant-x/postgreses";
const all = [info, postgres, redis] as readonly KindDeclaration[];

describe("readNamespace", () => {
  it("says clearly that an unknown namespace does not exist", async () => {
    await expect(readNamespace(platform([], {}), all, "tenant-nope")).rejects.toThrow(
      'namespace "tenant-nope" does not exist',
    );
  });

  it("says so when a user who may not read namespaces is refused every list there", async () => {
    const refused: Reader = {
      get: async () => {
        throw new KubeError("forbidden", 403, {});
      },
      list: async () => {
        throw new KubeError("forbidden", 403, {});
      },
    };
    await expect(readNamespace(refused, all, "tenant-nope")).rejects.toThrow(
      'cannot list anything in namespace "tenant-nope": it does not exist, or these credentials have no access to it',
    );
  });

  it("skips Info, which the platform manages, with a note, and never lists it", async () => {
    const p = platform(["tenant-x"], {});
    const { objects, notes } = await readNamespace(p, all, "tenant-x");
    expect(objects).toEqual([]);
    expect(notes).toEqual([{ severity: "note", message: expect.stringMatching(/^Info: skipped/) }]);
    expect(p.listed).toEqual([postgreses, redises]);
  });

  it("names the object and field the model refuses, and still takes the others", async () => {
    const p = platform(["tenant-x"], {
      [redises]: [
        { metadata: { name: "good" }, spec: { size: "2Gi" } },
        { metadata: { name: "bad" }, spec: { replicas: "three" } },
      ],
      [postgreses]: [{ metadata: { name: "db" }, spec: { users: { "Bad User": {} } } }],
    });
    const { objects, notes } = await readNamespace(p, all, "tenant-x");
    expect(objects.map((o) => `${o.decl.kind}/${o.name}`)).toEqual(["Redis/good"]);
    expect(objects[0]!.minimal).toEqual({ size: "2Gi" });
    const problems = notes.filter((n) => n.severity === "problem").map((n) => n.message);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^Postgres tenant-x\/db not exported: spec\.users/);
    expect(problems[1]).toMatch(/^Redis tenant-x\/bad not exported: spec\.replicas: /);
  });
});
