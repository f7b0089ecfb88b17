import { describe, expect, it } from "vitest";
import { formatProblem, validateObject } from "../core/validate.ts";
import { kubernetes } from "./kubernetes.ts";

/** The problems the chart's kubelet checks find in one worker group's kubelet settings. */
const kubeletProblems = (kubelet: Record<string, string>): string[] => {
  const result = validateObject(kubernetes, {
    name: "k1",
    namespace: "tenant-root",
    spec: { nodeGroups: { md0: { kubelet } } },
  });
  return result.problems.map((p) => formatProblem(kubernetes, p));
};

describe("Kubernetes worker kubelet settings", () => {
  const at = (field: string) => `spec.nodeGroups["md0"].kubelet.${field}`;
  const cases: Array<{ reason: string; kubelet: Record<string, string>; problems: string[] }> = [
    { reason: "the chart's defaults pass", kubelet: {}, problems: [] },
    {
      reason: "a zero memory reservation is refused, whatever its unit",
      kubelet: { kubeReservedMemory: "0Mi", systemReservedMemory: "0.0e3Gi" },
      problems: [
        `${at("kubeReservedMemory")}: must be greater than zero`,
        `${at("systemReservedMemory")}: must be greater than zero`,
      ],
    },
    {
      reason: "a zero CPU reservation is refused, in millicores or cores",
      kubelet: { kubeReservedCpu: "0m", systemReservedCpu: "0.0" },
      problems: [
        `${at("kubeReservedCpu")}: must be greater than zero`,
        `${at("systemReservedCpu")}: must be greater than zero`,
      ],
    },
    {
      reason: "small but non-zero reservations pass",
      kubelet: { kubeReservedCpu: "1m", systemReservedCpu: "0.1", kubeReservedMemory: "1Ki" },
      problems: [],
    },
    {
      reason: "eviction amounts compare across units: 1Gi is more than 1000Mi",
      kubelet: { evictionHardMemory: "1Gi", evictionSoftMemory: "1000Mi" },
      problems: [`${at("evictionHardMemory")}: must be less than evictionSoftMemory`],
    },
    {
      reason: "binary and decimal units differ: 1G is less than 1Gi",
      kubelet: { evictionHardMemory: "1G", evictionSoftMemory: "1Gi" },
      problems: [],
    },
    {
      reason: "the chart reads an exponent before the unit: 1e3Mi is 1000Mi, more than 999Mi",
      kubelet: { evictionHardMemory: "1e3Mi", evictionSoftMemory: "999Mi" },
      problems: [`${at("evictionHardMemory")}: must be less than evictionSoftMemory`],
    },
    {
      reason: "eviction percentages must rise from hard to soft",
      kubelet: { evictionHardMemory: "10%", evictionSoftMemory: "10%" },
      problems: [`${at("evictionHardMemory")}: must be less than evictionSoftMemory`],
    },
    {
      reason: "a percentage and an amount do not compare",
      kubelet: { evictionHardMemory: "5%", evictionSoftMemory: "1Gi" },
      problems: [
        `${at("evictionHardMemory")}: evictionHardMemory and evictionSoftMemory must both be percentages or both be amounts`,
      ],
    },
  ];
  for (const c of cases) it(c.reason, () => expect(kubeletProblems(c.kubelet)).toEqual(c.problems));
});
