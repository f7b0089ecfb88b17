import { describe, expect, it } from "vitest";
import { decodeTenantSecret, type TenantSecretLike } from "./tenant-secret.ts";

const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("decodeTenantSecret", () => {
  const cases: Array<{ reason: string; secret: TenantSecretLike; want: Record<string, string> }> = [
    {
      reason: "the real server: stringData repeats data's base64 text, which must not win",
      secret: { data: { password: b64("s3cr3t") }, stringData: { password: b64("s3cr3t") } },
      want: { password: "s3cr3t" },
    },
    {
      reason: "data alone, as a plain Secret view has it",
      secret: { data: { user: b64("app"), "ca.crt": b64("-----BEGIN CERTIFICATE-----\n") } },
      want: { user: "app", "ca.crt": "-----BEGIN CERTIFICATE-----\n" },
    },
    {
      reason: "a key only in stringData is not a value the server published",
      secret: { data: {}, stringData: { extra: "plain?" } },
      want: {},
    },
    {
      reason: "no data at all",
      secret: {},
      want: {},
    },
    {
      reason: "UTF-8 survives",
      secret: { data: { note: b64("пароль ✓") } },
      want: { note: "пароль ✓" },
    },
  ];
  for (const c of cases) {
    it(c.reason, () => {
      expect(decodeTenantSecret(c.secret)).toEqual(c.want);
    });
  }
});
