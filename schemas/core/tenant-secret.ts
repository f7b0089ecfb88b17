/**
 * The values of a TenantSecret, the view of a tenant's labelled Secrets that tenant
 * users may read. The real server (cozystack-api v1.6.2) serves `data` as base64 and
 * repeats the same base64 text in `stringData`, deliberately; `stringData` is
 * therefore never plain text and is never read. The provider and the Crossplane
 * function both decode through here.
 */
export interface TenantSecretLike {
  data?: Record<string, string> | null;
  stringData?: Record<string, string> | null;
}

export function decodeTenantSecret(secret: TenantSecretLike): Record<string, string> {
  return Object.fromEntries(
    Object.entries(secret.data ?? {}).map(([key, value]) => [
      key,
      Buffer.from(value, "base64").toString("utf8"),
    ]),
  );
}
