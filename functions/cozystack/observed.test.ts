import { Severity, type RunFunctionRequest } from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import { MALFORMED_OBSERVED } from "./results.ts";
import { runFunction } from "./run.ts";
import {
  captureLog,
  inputFor,
  observedObject,
  REMOTE,
  requestFor,
  secretOf,
  serviceOf,
  xrOf,
} from "./request.test-support.ts";

/**
 * A malformed observed object (one the Kubernetes API would never serve) is one FATAL
 * result, reason MalformedObserved, naming the field and what is wrong with it; never a
 * throw, an InternalError, or a silently skipped field.
 */

const NS = "tenant-a";
const inCluster = inputFor("Postgres");
const remote = inputFor("Postgres", { ...REMOTE, namespace: NS });
const xr = xrOf("Postgres", { spec: { users: { app: {} } } });
const platform = (extra: Record<string, unknown>) => ({
  apiVersion: "apps.cozystack.io/v1alpha1",
  kind: "Postgres",
  metadata: { name: "db", namespace: NS },
  ...extra,
});
const ready = { conditions: [{ type: "Ready", status: "True", reason: "Ok", message: "fine" }] };
const credentials = (data: Record<string, unknown>) => ({
  ...secretOf("postgres-db-credentials", NS, {}),
  data,
});
const tenantSecret = (data: Record<string, unknown>) => ({
  ...credentials(data),
  apiVersion: "core.cozystack.io/v1alpha1",
  kind: "TenantSecret",
});

/** A request with one observed or required thing changed after it was built. */
function request(
  input: Record<string, unknown>,
  change: (req: RunFunctionRequest) => void,
  opts: Partial<Parameters<typeof requestFor>[0]> = {},
): RunFunctionRequest {
  const req = requestFor({ input, xr, ...opts });
  change(req);
  return req;
}

const observe = (key: string, body: unknown) => (req: RunFunctionRequest) => {
  req.observed!.resources[key] = {
    resource: body as Record<string, unknown>,
    connectionDetails: {},
    ready: 0,
  };
};
const require = (key: string, items: unknown[]) => (req: RunFunctionRequest) => {
  req.requiredResources[key] = {
    items: items.map((resource) => ({ resource, connectionDetails: {}, ready: 0 })),
  } as never;
};

interface Case {
  reason: string;
  req: RunFunctionRequest;
  /** Exactly the FATAL message: `<path>: <problem>`. */
  message: string;
}

const cases: Case[] = [
  {
    reason: "the platform object's status is a string",
    req: request(inCluster, observe("platform", platform({ status: "Ready" }))),
    message: "observed.resources.platform.resource.status: must be an object, not a string",
  },
  {
    reason: "its conditions are an object, not a list",
    req: request(inCluster, observe("platform", platform({ status: { conditions: { Ready: "True" } } }))),
    message: "observed.resources.platform.resource.status.conditions: must be a list, not an object",
  },
  {
    reason: "a condition's type is a number and its status a boolean",
    req: request(
      inCluster,
      observe("platform", platform({ status: { conditions: [{ type: 7, status: true }] } })),
    ),
    message:
      "observed.resources.platform.resource.status.conditions[0].type: must be a string, not a number; " +
      "observed.resources.platform.resource.status.conditions[0].status: must be a string, not a boolean",
  },
  {
    reason: "a condition's message is an object, found past a good condition",
    req: request(
      inCluster,
      observe(
        "platform",
        platform({
          status: { conditions: [...ready.conditions, { type: "X", status: "True", message: {} }] },
        }),
      ),
    ),
    message:
      "observed.resources.platform.resource.status.conditions[1].message: must be a string, not an object",
  },
  {
    reason: "a condition's observedGeneration is text",
    req: request(
      inCluster,
      observe(
        "platform",
        platform({ status: { conditions: [{ type: "Ready", status: "True", observedGeneration: "2" }] } }),
      ),
    ),
    message:
      "observed.resources.platform.resource.status.conditions[0].observedGeneration: must be a number, not a string",
  },
  {
    reason: "a condition that is a string",
    req: request(inCluster, observe("platform", platform({ status: { conditions: ["Ready"] } }))),
    message: "observed.resources.platform.resource.status.conditions[0]: must be an object, not a string",
  },
  {
    reason: "the resource has no apiVersion",
    req: request(inCluster, observe("platform", { kind: "Postgres", metadata: { name: "db" } })),
    message: "observed.resources.platform.resource.apiVersion: is required (a non-empty string), not missing",
  },
  {
    reason: "the resource has no metadata",
    req: request(
      inCluster,
      observe("platform", { apiVersion: "apps.cozystack.io/v1alpha1", kind: "Postgres" }),
    ),
    message: "observed.resources.platform.resource.metadata: is required (an object)",
  },
  {
    reason: "its metadata has no name",
    req: request(inCluster, observe("platform", platform({ metadata: { namespace: NS } }))),
    message:
      "observed.resources.platform.resource.metadata.name: is required (a non-empty string), not missing",
  },
  {
    reason: "the envelope carries no resource at all",
    req: request(inCluster, observe("platform", undefined)),
    message: "observed.resources.platform.resource: is required (an object)",
  },
  {
    reason: "a connection detail is text, not bytes",
    req: request(inCluster, (req) => {
      observe("platform", platform({ status: ready }))(req);
      req.observed!.resources.platform!.connectionDetails = { password: "plain" as unknown as Buffer };
    }),
    message: "observed.resources.platform.connectionDetails.password: must be bytes, not a string",
  },
  {
    reason: "the required credentials are a ConfigMap, not the Secret asked for",
    req: request(
      inCluster,
      require("credentials", [
        { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "postgres-db-credentials" } },
      ]),
    ),
    message:
      "requiredResources.credentials.items[0].resource: is a ConfigMap (v1), not the v1 Secret tenant-a/postgres-db-credentials that was required",
  },
  {
    reason: "the required Service is a Secret",
    req: request(inCluster, require("service", [credentials({})])),
    message:
      "requiredResources.service.items[0].resource: is a Secret (v1), not the v1 Service tenant-a/postgres-db-rw that was required",
  },
  {
    reason: "a required Secret's value is not base64",
    req: request(inCluster, require("credentials", [credentials({ app: "not base64!" })])),
    message: "requiredResources.credentials.items[0].resource.data.app: is not valid base64",
  },
  {
    reason: "a required Secret's value is a number",
    req: request(inCluster, require("credentials", [credentials({ password: 42 })])),
    message:
      "requiredResources.credentials.items[0].resource.data.password: must be base64 text, not a number",
  },
  {
    reason: "required items are not a list",
    req: request(inCluster, (req) => {
      req.requiredResources.credentials = { items: "all" } as never;
    }),
    message: "requiredResources.credentials.items: must be a list, not a string",
  },
  {
    reason: "the XR's own status is a list",
    req: requestFor({ input: inCluster, xr: { ...xr, status: [] } }),
    message: "observed.composite.resource.status: must be an object, not a list",
  },
  {
    reason: "remote: the Object's atProvider is a string",
    req: request(remote, observe("platform", { ...observedObject({}), status: { atProvider: "x" } })),
    message: "observed.resources.platform.resource.status.atProvider: must be an object, not a string",
  },
  {
    reason: "remote: the manifest read back has a non-object status",
    req: request(remote, observe("platform", observedObject(platform({ status: 3 })))),
    message:
      "observed.resources.platform.resource.status.atProvider.manifest.status: must be an object, not a number",
  },
  {
    reason: "remote: the observed TenantSecret holds a value that is not base64",
    req: request(remote, observe("credentials", observedObject(tenantSecret({ app: "%%%" })))),
    message:
      "observed.resources.credentials.resource.status.atProvider.manifest.data.app: is not valid base64",
  },
  {
    reason: "remote: an observer Object without metadata",
    req: request(
      remote,
      observe("service", { apiVersion: "kubernetes.m.crossplane.io/v1alpha1", kind: "Object" }),
    ),
    message: "observed.resources.service.resource.metadata: is required (an object)",
  },
];

describe("a malformed observed object is a FATAL result naming it", () => {
  it.each(cases.map((c) => [c.reason, c] as const))("%s", (_reason, c) => {
    const { log, lines } = captureLog();
    const rsp = runFunction(c.req, log);
    expect(rsp.results).toEqual([
      expect.objectContaining({
        severity: Severity.SEVERITY_FATAL,
        reason: MALFORMED_OBSERVED,
        message: c.message,
      }),
    ]);
    // Nothing of ours is composed; what earlier steps desired passes through.
    expect(rsp.desired?.resources ?? {}).toEqual(c.req.desired?.resources ?? {});
    expect(lines.filter((l) => l.level === "error")).toEqual([]);
    expect(lines.find((l) => l.level === "warn")?.message).toBe(c.message);
  });
});

describe("what Kubernetes does serve is read, not refused", () => {
  const composes = (req: RunFunctionRequest) => {
    const rsp = runFunction(req, captureLog().log);
    expect(rsp.results.filter((r) => r.severity === Severity.SEVERITY_FATAL)).toEqual([]);
    return rsp;
  };

  it.each([
    ["a null status", platform({ status: null })],
    ["null conditions", platform({ status: { conditions: null } })],
    [
      "conditions with null optional fields",
      platform({ status: { conditions: [{ type: "Ready", status: "True", reason: null }] } }),
    ],
    ["no status yet", platform({})],
  ])("in-cluster: %s", (_reason, body) => {
    composes(request(inCluster, observe("platform", body)));
  });

  it("remote: an Object that has observed nothing yet, and an observer still reading the plain Secret it asked for before", () => {
    const rsp = composes(
      request(remote, (req) => {
        observe("platform", { ...observedObject({}), status: {} })(req);
        observe(
          "credentials",
          observedObject(credentials({ app: Buffer.from("pw").toString("base64") })),
        )(req);
      }),
    );
    const connection = rsp.desired!.resources.connection!.resource!.data as Record<string, string>;
    expect(Buffer.from(connection["passwords.app"]!, "base64").toString()).toBe("pw");
  });

  it("remote: outputs come from the observed TenantSecret and Service", () => {
    const rsp = composes(
      request(remote, (req) => {
        observe(
          "credentials",
          observedObject(tenantSecret({ app: Buffer.from("pw").toString("base64") })),
        )(req);
        observe("service", observedObject(serviceOf("postgres-db-rw", NS, { postgres: 5432 })))(req);
      }),
    );
    const connection = rsp.desired!.resources.connection!.resource!.data as Record<string, string>;
    expect(Buffer.from(connection["passwords.app"]!, "base64").toString()).toBe("pw");
    expect(Buffer.from(connection.port!, "base64").toString()).toBe("5432");
  });
});
