import { Severity, type RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";
import { status, type ServiceError } from "@grpc/grpc-js";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server as NetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inputFor, requestFor, secretOf, xrOf } from "../../functions/cozystack/request.test-support.ts";
import {
  connectFunction,
  type ClientTls,
  type FunctionClient,
} from "../../functions/cozystack/server/client.ts";
import { ServingStatus } from "../../functions/cozystack/server/health.ts";
import { FUNCTION_SERVICE_NAME } from "../../functions/cozystack/server/server.ts";
import { buildFunction } from "../../scripts/build-function.ts";
import { makeTls, type TlsMaterial } from "../support/tls.ts";

/**
 * The function users run is the bundle, started as Crossplane starts it: these tests
 * build it once and drive the process over the network, with certificates laid out as
 * Crossplane mounts them.
 */
const PASSWORD = "pg-app-password-3f9c";

let root: string;
let bundle: string;
let tls: TlsMaterial;
let otherCa: TlsMaterial;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "function-server-"));
  bundle = await buildFunction(join(root, "dist"));
  tls = makeTls(join(root, "pki"));
  otherCa = makeTls(join(root, "other-pki"), "some-other-ca");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  address: string;
  stderr: () => string;
  stdout: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Run the bundle, or with `script`, a module given to node -e (for a handler the bundle cannot have). */
function spawnFunction(args: string[], env: NodeJS.ProcessEnv = {}, script?: string) {
  const program = script === undefined ? [bundle] : ["--input-type=module", "-e", script, "--"];
  const child = spawn(process.execPath, [...program, ...args], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Parsed stderr; every line must be one JSON object. */
function logLines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Start the bundle and wait for its "serving" line, which carries the port it got. */
async function launch(args: string[], env: NodeJS.ProcessEnv = {}, script?: string): Promise<Running> {
  const started = spawnFunction(["--address", "127.0.0.1:0", ...args], env, script);
  const address = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const serving = started
        .stderr()
        .split("\n")
        .filter((line) => line.startsWith("{") && line.endsWith("}"))
        .map((line) => JSON.parse(line) as { msg?: string; address?: string })
        .find((line) => line.msg === "serving");
      if (serving?.address) resolve(serving.address);
    };
    started.child.stderr!.on("data", look);
    void started.exited.then(({ code }) =>
      reject(new Error(`exited ${code} before serving: ${started.stderr()}`)),
    );
  });
  return { ...started, address };
}

async function stop(running: Running): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  running.child.kill("SIGTERM");
  return running.exited;
}

const clientTls = (material: TlsMaterial, withCertificate = true): ClientTls => ({
  ca: tls.ca,
  ...(withCertificate ? { cert: material.client.cert, key: material.client.key } : {}),
});

/** The server certificate names localhost; connecting by IP would send the IP as SNI, which TLS forbids. */
const AS_LOCALHOST = { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" };

const errorCode = (promise: Promise<unknown>) =>
  promise.then(
    () => "answered",
    (error: ServiceError) => error.code,
  );

/** A Postgres XR as Crossplane sends it on the second round, its credentials Secret required and found. */
function postgresRequest(tag: string) {
  return requestFor({
    tag,
    input: inputFor("Postgres"),
    xr: xrOf("Postgres", {
      name: "db",
      namespace: "tenant-a",
      spec: { replicas: 2, users: { app: { password: PASSWORD } } },
    }),
    required: { credentials: [secretOf("postgres-db-credentials", "tenant-a", { app: PASSWORD })] },
  });
}

function expectComposedPostgres(response: RunFunctionResponse, tag: string): void {
  expect(response.meta?.tag).toBe(tag);
  expect(response.results.filter((r) => r.severity === Severity.SEVERITY_FATAL)).toEqual([]);
  expect(response.desired?.resources.platform?.resource).toMatchObject({
    apiVersion: "apps.cozystack.io/v1alpha1",
    kind: "Postgres",
    metadata: { name: "db", namespace: "tenant-a" },
    spec: { replicas: 2 },
  });
}

describe("function-cozystack under mutual TLS (--tls-server-certs-dir)", () => {
  let running: Running;
  let client: FunctionClient;
  beforeAll(async () => {
    running = await launch(["--tls-server-certs-dir", tls.serverDir, "--debug"]);
    client = connectFunction(running.address, clientTls(tls), AS_LOCALHOST);
  });
  afterAll(async () => {
    client.close();
    if (running.child.exitCode === null) await stop(running);
  });

  it("composes a Postgres XR for a client with a certificate from the CA", async () => {
    expectComposedPostgres(await client.runFunction(postgresRequest("pg-mtls")), "pg-mtls");
  });

  it("answers a request without an input with a FATAL result naming it", async () => {
    const request = requestFor({ tag: "no-input", input: undefined, xr: xrOf("Postgres") });
    const response = await client.runFunction(request);
    expect(response.meta?.tag).toBe("no-input");
    expect(response.results).toEqual([
      expect.objectContaining({
        severity: Severity.SEVERITY_FATAL,
        message: expect.stringMatching(/^input\b/),
      }),
    ]);
  });

  const refused = [
    { reason: "no client certificate at all", tls: () => clientTls(tls, false) },
    { reason: "a client certificate from another CA", tls: () => clientTls(otherCa) },
  ];
  it.each(refused)("refuses a client with $reason, before the function runs", async ({ tls: material }) => {
    const stranger = connectFunction(running.address, material(), AS_LOCALHOST);
    try {
      expect(await errorCode(stranger.runFunction(postgresRequest("stranger")))).toBe(status.UNAVAILABLE);
    } finally {
      stranger.close();
    }
    expect(running.stderr()).not.toContain('"stranger"');
  });

  it("refuses a plain-text client", async () => {
    const plain = connectFunction(running.address);
    try {
      expect(await errorCode(plain.check(""))).toBe(status.UNAVAILABLE);
    } finally {
      plain.close();
    }
  });

  const health = [
    { reason: "the server", service: "" },
    { reason: "the function service", service: FUNCTION_SERVICE_NAME },
  ];
  it.each(health)("answers a health Check for $reason with SERVING", async ({ service }) => {
    expect(await client.check(service)).toEqual({ status: ServingStatus.SERVING });
  });

  it("logs JSON lines: the address, each call's tag and duration at debug, never a secret", async () => {
    await client.runFunction(postgresRequest("pg-logged"));
    const lines = logLines(running.stderr());
    expect(lines[0]).toMatchObject({ level: "info", msg: "serving", address: running.address, mode: "mtls" });
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: "debug",
        msg: "RunFunction",
        tag: "pg-logged",
        durationMs: expect.any(Number),
      }),
    );
    for (const line of lines)
      expect(line).toMatchObject({
        level: expect.any(String),
        time: expect.any(String),
        msg: expect.any(String),
      });
    expect(running.stderr()).not.toContain(PASSWORD);
    expect(running.stderr()).not.toContain(Buffer.from(PASSWORD).toString("base64"));
  });
});

describe("function-cozystack: starting and stopping", () => {
  it("reads the certificate directory from TLS_SERVER_CERTS_DIR when the flag is absent", async () => {
    const running = await launch([], { TLS_SERVER_CERTS_DIR: tls.serverDir });
    const client = connectFunction(running.address, clientTls(tls), AS_LOCALHOST);
    try {
      expectComposedPostgres(await client.runFunction(postgresRequest("pg-env")), "pg-env");
    } finally {
      client.close();
      await stop(running);
    }
  });

  it("serves plain text with --insecure", async () => {
    const running = await launch(["--insecure"]);
    const client = connectFunction(running.address);
    try {
      expect(await client.check("")).toEqual({ status: ServingStatus.SERVING });
      expectComposedPostgres(await client.runFunction(postgresRequest("pg-plain")), "pg-plain");
      expect(logLines(running.stderr())[0]).toMatchObject({ msg: "serving", mode: "insecure" });
    } finally {
      client.close();
      await stop(running);
    }
  });

  it.each(["SIGTERM", "SIGINT"] as const)("exits 0 on %s after saying it stopped", async (signal) => {
    const running = await launch(["--insecure"]);
    running.child.kill(signal);
    expect(await running.exited).toEqual({ code: 0, signal: null });
    const lines = logLines(running.stderr());
    expect(lines.at(-1)).toMatchObject({ msg: "stopped", outcome: "drained" });
    expect(lines).toContainEqual(expect.objectContaining({ signal }));
  });

  describe("when the address is taken", () => {
    let taken: NetServer;
    let address: string;
    beforeAll(async () => {
      taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
      address = `127.0.0.1:${(taken.address() as { port: number }).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

    it("exits 1 and names the address", async () => {
      const run = spawnFunction(["--insecure", "--address", address]);
      expect((await run.exited).code).toBe(1);
      expect(logLines(run.stderr())).toContainEqual(
        expect.objectContaining({
          level: "error",
          address,
          msg: expect.stringContaining(`cannot listen on ${address}`),
        }),
      );
    });
  });

  const failures = [
    {
      reason: "certificates missing and no --insecure: exit 1 naming the file",
      args: ["--address", "127.0.0.1:0", "--tls-server-certs-dir", "/nonexistent/certs"],
      code: 1,
      stderr: "/nonexistent/certs/tls.key",
    },
    { reason: "an unknown flag: usage error, exit 2", args: ["--port", "9443"], code: 2, stderr: "--port" },
  ];
  it.each(failures)("$reason", async ({ args, code, stderr }) => {
    const run = spawnFunction(args);
    expect((await run.exited).code).toBe(code);
    expect(run.stderr()).toContain(stderr);
  });

  it("logs an unhandled rejection as JSON and keeps serving", async () => {
    // The process module from source (node strips the types), around the real handler
    // plus a promise nobody awaits.
    const source = (path: string) => JSON.stringify(join(import.meta.dirname, "..", "..", path));
    const script = [
      `import { serve } from ${source("functions/cozystack/server/serve.ts")};`,
      `import { runFunction } from ${source("functions/cozystack/run.ts")};`,
      "await serve((req, log) => {",
      '  void Promise.reject(new RangeError("nobody awaits this"));',
      "  return runFunction(req, log);",
      "}, process.argv.slice(1));",
    ].join("\n");
    const running = await launch(["--insecure"], {}, script);
    const client = connectFunction(running.address);
    try {
      for (const tag of ["first", "second"]) {
        expectComposedPostgres(await client.runFunction(postgresRequest(tag)), tag);
      }
    } finally {
      client.close();
    }
    expect(await stop(running)).toEqual({ code: 0, signal: null });
    const rejections = logLines(running.stderr()).filter(
      (l) => l.msg === "unhandled promise rejection; still serving",
    );
    expect(rejections).toEqual([
      expect.objectContaining({ level: "error", error: "RangeError" }),
      expect.objectContaining({ level: "error", error: "RangeError" }),
    ]);
    expect(running.stderr()).not.toContain("nobody awaits this");
  });

  it("prints the flags on --help and exits 0", async () => {
    const run = spawnFunction(["--help"]);
    expect((await run.exited).code).toBe(0);
    expect(run.stdout()).toContain("--tls-server-certs-dir");
  });
});
