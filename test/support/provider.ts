import { join } from "node:path";
import { inject } from "vitest";
import { buildProvider, LOCAL_SOURCE, localProviderHeader } from "../../scripts/build-provider.ts";
import { cliPath, Workdir, type Cli } from "./tofu.ts";

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

export async function cozystackWorkdir(
  opts: { cli?: Cli; version?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Workdir> {
  const dir = await providerDir();
  const platform = inject("platform");
  return new Workdir({
    bin: cliPath(opts.cli ?? "tofu", opts.version),
    providers: [{ source: SOURCE, dir }],
    env: { KUBE_CONFIG_PATH: platform.kubeconfigPath, ...opts.env },
  });
}

export const header = localProviderHeader;
