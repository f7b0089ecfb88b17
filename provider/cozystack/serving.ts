import type { ServePluginOptions } from "../plugin/index.ts";

/** How the bridge serves this provider: its log name, its certificate's maker, and a test switch. */
export const serving = {
  name: "provider.cozystack",
  certificateOrganization: "cozystack-iac",
  // Tests and debugging may ask for loopback TCP instead of a unix socket.
  networkVariable: "COZYSTACK_PLUGIN_NETWORK",
} satisfies ServePluginOptions;
