export * from "../../scripts/hcl.ts";
