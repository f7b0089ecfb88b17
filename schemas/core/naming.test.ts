import { describe, expect, it } from "vitest";
import { snakeCase } from "./naming.ts";

describe("snakeCase", () => {
  it.each([
    ["replicas", "replicas"],
    ["resourcesPreset", "resources_preset"],
    ["maxSyncReplicas", "max_sync_replicas"],
    ["endpointURL", "endpoint_url"],
    ["externalIPs", "external_ips"],
    ["logTTL", "log_ttl"],
    ["s3AccessKey", "s3_access_key"],
    ["schematicID", "schematic_id"],
    ["gatewayAPI", "gateway_api"],
    ["httpAndHttps", "http_and_https"],
    ["whitelistHTTP", "whitelist_http"],
  ])("%s -> %s", (camel, snake) => {
    expect(snakeCase(camel)).toBe(snake);
  });
});
