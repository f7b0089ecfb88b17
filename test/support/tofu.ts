import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toolPath } from "../platform/tools.ts";

/**
 * Throwaway OpenTofu/Terraform working directories with dev_overrides pointing
 * at our providers, and helpers to run the real CLI in them.
 */
export interface ProviderOverride {
  /** Full source address, e.g. "example.test/test/toy". */
  source: string;
  /** Directory holding terraform-provider-<type>. */
  dir: string;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a program to its end and keep its exit code and both outputs; only a failure to start rejects. */
export function runProcess(
  bin: string,
  args: string[],
  opts: { cwd?: string; env: NodeJS.ProcessEnv },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
}

/** Write an executable launcher for a provider written in TypeScript. */
export function providerLauncher(
  type: string,
  entry: string,
  dir = mkdtempSync(join(tmpdir(), `provider-${type}-`)),
): ProviderOverride & { path: string } {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `terraform-provider-${type}`);
  writeFileSync(path, `#!/bin/sh\nexec "${process.execPath}" "${entry}" "$@"\n`);
  chmodSync(path, 0o755);
  return { source: "", dir, path };
}

export type Cli = "tofu" | "terraform";

export function cliPath(cli: Cli, version?: string): string {
  return toolPath(cli, version);
}

export class Workdir {
  readonly dir: string;
  readonly bin: string;
  readonly env: NodeJS.ProcessEnv;

  constructor(opts: { bin: string; providers: ProviderOverride[]; env?: NodeJS.ProcessEnv; dir?: string }) {
    this.dir = opts.dir ?? mkdtempSync(join(tmpdir(), "tofu-work-"));
    mkdirSync(this.dir, { recursive: true });
    this.bin = opts.bin;
    const rc = join(this.dir, ".cli.tfrc");
    const overrides = opts.providers.map((p) => `    "${p.source}" = "${p.dir}"`).join("\n");
    writeFileSync(rc, `provider_installation {\n  dev_overrides {\n${overrides}\n  }\n  direct {}\n}\n`);
    this.env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TF_CLI_CONFIG_FILE: rc,
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
      CHECKPOINT_DISABLE: "1",
      ...opts.env,
    };
  }

  write(files: Record<string, string>): this {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(this.dir, name), text);
    return this;
  }

  read(name: string): string {
    return readFileSync(join(this.dir, name), "utf8");
  }

  remove(name: string): void {
    rmSync(join(this.dir, name), { force: true });
  }

  run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
    return runProcess(this.bin, args, { cwd: this.dir, env: { ...this.env, ...env } });
  }

  /** Run and fail with the CLI's own output when the exit code is not the expected one. */
  async ok(args: string[], env: NodeJS.ProcessEnv = {}, expect: number[] = [0]): Promise<RunResult> {
    const result = await this.run(args, env);
    if (!expect.includes(result.code)) {
      throw new Error(
        `${this.bin} ${args.join(" ")} exited ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
      );
    }
    return result;
  }

  validate() {
    return this.ok(["validate", "-no-color"]);
  }
  apply(extra: string[] = []) {
    return this.ok(["apply", "-auto-approve", "-no-color", "-input=false", ...extra]);
  }
  destroy(extra: string[] = []) {
    return this.ok(["destroy", "-auto-approve", "-no-color", "-input=false", ...extra]);
  }
  /** `plan -detailed-exitcode`: 0 means no changes, 2 means changes. */
  async plan(extra: string[] = []): Promise<RunResult & { changes: boolean }> {
    const result = await this.ok(
      ["plan", "-detailed-exitcode", "-no-color", "-input=false", ...extra],
      {},
      [0, 2],
    );
    return { ...result, changes: result.code === 2 };
  }
  async show(): Promise<ShowJson> {
    return JSON.parse((await this.ok(["show", "-json"])).stdout) as ShowJson;
  }
  async planJson(extra: string[] = []): Promise<PlanJson> {
    await this.ok(["plan", "-out=tfplan", "-no-color", "-input=false", ...extra]);
    return JSON.parse((await this.ok(["show", "-json", "tfplan"])).stdout) as PlanJson;
  }
}

export interface StateResource {
  address: string;
  type: string;
  name: string;
  values: Record<string, unknown>;
  sensitive_values?: Record<string, unknown>;
}

export interface ShowJson {
  values?: {
    root_module: { resources?: StateResource[] };
    outputs?: Record<string, { value: unknown; sensitive: boolean }>;
  };
}

export interface PlanJson {
  resource_changes?: Array<{
    address: string;
    change: { actions: string[]; before: unknown; after: unknown; after_unknown: unknown };
  }>;
}

export function resourceValues(show: ShowJson, address: string): Record<string, unknown> {
  const found = show.values?.root_module.resources?.find((r) => r.address === address);
  if (!found) throw new Error(`no ${address} in state`);
  return found.values;
}
