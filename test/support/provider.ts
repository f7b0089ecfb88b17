import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { buildProvider, LOCAL_SOURCE, localProviderHeader } from "../../scripts/build-provider.ts";
import { TOY_ENTRY } from "../plugin/harness.ts";
import { cliPath, providerLauncher, Workdir, type Cli } from "./tofu.ts";

/**
 * The cozystack provider, built once per test file, in a throwaway working dir
 * whose provider block points at the shared local platform.
 */
export const SOURCE = LOCAL_SOURCE;
let built: Promise<string> | undefined;

export function providerDir(): Promise<string> {
  built ??= buildProvider(join(import.meta.dirname, "..", "..", "dist", "test")).then((launcher) =>
    join(launcher, ".."),
  );
  return built;
}

/** Whose kubeconfig the provider uses: a tenant user's (see tenant-user.ts), or else the platform admin's. */
export interface Credentials {
  as?: { kubeconfigPath: string };
}

function kubeconfigOf(opts: Credentials): string {
  return opts.as?.kubeconfigPath ?? inject("platform").kubeconfigPath;
}

export async function cozystackWorkdir(
  opts: { cli?: Cli; version?: string; env?: NodeJS.ProcessEnv } & Credentials = {},
): Promise<Workdir> {
  const dir = await providerDir();
  return new Workdir({
    bin: cliPath(opts.cli ?? "tofu", opts.version),
    providers: [{ source: SOURCE, dir }],
    env: { KUBE_CONFIG_PATH: kubeconfigOf(opts), ...readinessEnv(), ...opts.env },
  });
}

export const header = localProviderHeader;

/** An acceptance run against an API server without Flux tells the provider not to wait. */
function readinessEnv(): NodeJS.ProcessEnv {
  return inject("acceptance")?.readinessChecked === false ? { COZYSTACK_WAIT_FOR_READY: "false" } : {};
}

/**
 * A working dir with the toy provider beside ours: its `toy_thing` has a write-only
 * `password_wo` and stores only a hash, so tests can prove an ephemeral value arrived.
 */
export async function withToyWorkdir(opts: Credentials = {}): Promise<{ work: Workdir; header: string }> {
  const toy = providerLauncher("toy", TOY_ENTRY);
  const work = new Workdir({
    bin: cliPath("tofu"),
    providers: [
      { source: SOURCE, dir: await providerDir() },
      { source: "example.test/test/toy", dir: toy.dir },
    ],
    env: {
      KUBE_CONFIG_PATH: kubeconfigOf(opts),
      ...readinessEnv(),
      TOY_STORE: mkdtempSync(join(tmpdir(), "toy-store-")),
    },
  });
  return {
    work,
    header: header.replace("cozystack = {", 'toy = { source = "example.test/test/toy" }\n    cozystack = {'),
  };
}
