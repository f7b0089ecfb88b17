import { RULES_CONFIGMAP } from "../standin/behaviour.ts";
import type { KubeClient } from "./kube.ts";

const RULES = `/api/v1/namespaces/${RULES_CONFIGMAP.namespace}/configmaps/${RULES_CONFIGMAP.name}`;

/**
 * Set (or, with null, remove) one stand-in rule (test/standin/behaviour.ts). The merge
 * patch fails while the ConfigMap does not exist yet, so the first rule of a run makes it.
 */
export async function setStandinRule(client: KubeClient, key: string, value: string | null): Promise<void> {
  await client.mergePatch(RULES, { data: { [key]: value } }).catch(() =>
    client.apply(
      RULES,
      {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: RULES_CONFIGMAP.name, namespace: RULES_CONFIGMAP.namespace },
        data: value ? { [key]: value } : {},
      },
      "test",
    ),
  );
}
