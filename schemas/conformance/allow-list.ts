/**
 * Reviewed differences between our model and Cozystack's published schemas.
 * Key: "<Kind> <path> <aspect>", as printed by `node scripts/conformance.ts`.
 * Every entry says why we differ on purpose. The conformance test fails on any
 * difference not listed here, and on any entry that no longer matches a difference.
 */
export const allowList: Readonly<Record<string, string>> = {
  "VMDisk source immutable": "a disk's source is only read when the DataVolume is created; we replace the disk instead of silently ignoring a change",
};
