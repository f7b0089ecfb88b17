/**
 * Cozystack sizing presets: `<series>.<size>`. The series fixes memory per CPU,
 * the size fixes the CPU count. Every preset also gets 2Gi of ephemeral storage.
 */
export const PRESET_SERIES = { t1: 0.5, c1: 1, s1: 2, u1: 4, m1: 8 } as const;
export const PRESET_SIZES = {
  nano: 0.25,
  micro: 0.5,
  small: 1,
  medium: 2,
  large: 4,
  xlarge: 8,
  "2xlarge": 16,
  "4xlarge": 32,
} as const;

/** Pre-1.4 names the platform still accepts, with a warning, and what they now mean. */
export const DEPRECATED_PRESET_ALIASES = {
  nano: "t1.nano",
  micro: "t1.micro",
  small: "t1.small",
  medium: "c1.small",
  large: "c1.medium",
  xlarge: "c1.large",
  "2xlarge": "c1.xlarge",
} as const;

type Series = keyof typeof PRESET_SERIES;
type Size = keyof typeof PRESET_SIZES;
export type CurrentPreset = `${Series}.${Size}`;
export type DeprecatedPreset = keyof typeof DEPRECATED_PRESET_ALIASES;
export type ResourcesPreset = CurrentPreset | DeprecatedPreset;

const CURRENT_PRESETS = (Object.keys(PRESET_SERIES) as Series[]).flatMap((series) =>
  (Object.keys(PRESET_SIZES) as Size[]).map((size) => `${series}.${size}` as CurrentPreset),
);

/** All 47 accepted values, in the platform's order: 40 current presets, then the 7 aliases. */
export const RESOURCES_PRESETS: readonly ResourcesPreset[] = [
  ...CURRENT_PRESETS,
  ...(Object.keys(DEPRECATED_PRESET_ALIASES) as DeprecatedPreset[]),
];

export interface PresetSizing {
  preset: CurrentPreset;
  /** CPU cores. */
  cpu: number;
  /** Memory in bytes. */
  memory: number;
}

export function presetSizing(preset: ResourcesPreset): PresetSizing {
  const current: CurrentPreset =
    preset in DEPRECATED_PRESET_ALIASES
      ? DEPRECATED_PRESET_ALIASES[preset as DeprecatedPreset]
      : (preset as CurrentPreset);
  const [series, size] = current.split(".") as [Series, Size];
  const cpu = PRESET_SIZES[size];
  return { preset: current, cpu, memory: cpu * PRESET_SERIES[series] * 2 ** 30 };
}

/** The smallest current preset with at least the given CPU and memory, or undefined if none fits. */
export function smallestPresetFor(cpu: number, memoryBytes: number): PresetSizing | undefined {
  return CURRENT_PRESETS.map(presetSizing)
    .filter((s) => s.cpu >= cpu && s.memory >= memoryBytes)
    .sort((a, b) => a.memory - b.memory || a.cpu - b.cpu)[0];
}
