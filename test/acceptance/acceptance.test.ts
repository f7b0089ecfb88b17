import { describe, expect, it } from "vitest";

/**
 * Says whether the acceptance run ran. With COZYSTACK_ACCEPTANCE_KUBECONFIG set, the
 * acceptance project also runs the per-kind lifecycle and the real-API tests
 * (see vitest.config.ts); without it, this is all it runs, reported as skipped.
 */
const kubeconfig = process.env.COZYSTACK_ACCEPTANCE_KUBECONFIG;
const reason =
  "COZYSTACK_ACCEPTANCE_KUBECONFIG is not set: point it at a kubeconfig of a Cozystack cluster to run the acceptance tests there";
if (!kubeconfig) console.warn(`acceptance tests skipped: ${reason}`);

describe("acceptance against a real apps.cozystack.io API", () => {
  it.skipIf(!kubeconfig)(kubeconfig ? `runs against ${kubeconfig}` : `skipped: ${reason}`, () => {
    expect(kubeconfig).toBeTruthy();
  });
});
