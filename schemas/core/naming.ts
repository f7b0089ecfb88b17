/**
 * camelCase platform names to snake_case Terraform names. Acronym runs stay
 * together, including plural acronyms: endpointURL -> endpoint_url,
 * externalIPs -> external_ips, logTTL -> log_ttl, s3AccessKey -> s3_access_key.
 */
export function snakeCase(name: string): string {
  const words = name.match(/[A-Z]+s(?![a-z])|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+[a-z]*|[A-Z]/g) ?? [name];
  return words
    .join("_")
    .toLowerCase()
    .replace(/([a-z])_(\d)/g, "$1$2")
    .replace(/[-.]/g, "_");
}
