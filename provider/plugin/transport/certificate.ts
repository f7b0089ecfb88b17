import { generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import * as der from "./der.ts";

/**
 * The per-process certificate for go-plugin AutoMTLS: ECDSA P-256, self-signed,
 * SAN localhost (and 127.0.0.1), both server and client EKUs, usable as its own CA,
 * as the host checks. Built in DER by hand so that no X.509 library loads at start-up.
 */
export interface Certificate {
  der: Uint8Array;
  pem: string;
  keyPem: string;
  key: KeyObject;
}

const OID = {
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  commonName: "2.5.4.3",
  organization: "2.5.4.10",
  basicConstraints: "2.5.29.19",
  keyUsage: "2.5.29.15",
  extKeyUsage: "2.5.29.37",
  subjectAltName: "2.5.29.17",
  serverAuth: "1.3.6.1.5.5.7.3.1",
  clientAuth: "1.3.6.1.5.5.7.3.2",
};

function extension(id: string, critical: boolean, value: Uint8Array): Uint8Array {
  return der.sequence(der.oid(id), ...(critical ? [der.boolean(true)] : []), der.octetString(value));
}

/** `organization` names who made the plugin in the subject; the host checks only the SAN and the chain. */
export function createCertificate(organization = "terraform-plugin", now = new Date()): Certificate {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const spki = publicKey.export({ type: "spki", format: "der" });
  const name = der.sequence(
    der.set(der.sequence(der.oid(OID.organization), der.utf8String(organization))),
    der.set(der.sequence(der.oid(OID.commonName), der.utf8String("localhost"))),
  );
  const algorithm = der.sequence(der.oid(OID.ecdsaWithSha256));
  const notBefore = new Date(now.getTime() - 30_000);
  const notAfter = new Date(now.getTime() + 10 * 365 * 24 * 3600 * 1000);
  const serial = randomBytes(16);
  serial[0]! &= 0x7f;
  const keyUsage = der.bitString(Uint8Array.of(0xac), 2); // digitalSignature, keyEncipherment, keyAgreement, keyCertSign
  const tbs = der.sequence(
    der.explicit(0, der.integer(Uint8Array.of(2))),
    der.integer(serial),
    algorithm,
    name,
    der.sequence(der.time(notBefore), der.time(notAfter)),
    name,
    spki,
    der.explicit(
      3,
      der.sequence(
        extension(OID.basicConstraints, true, der.sequence(der.boolean(true))),
        extension(OID.keyUsage, true, keyUsage),
        extension(OID.extKeyUsage, false, der.sequence(der.oid(OID.serverAuth), der.oid(OID.clientAuth))),
        extension(
          OID.subjectAltName,
          false,
          der.sequence(der.tlv(0x82, Buffer.from("localhost")), der.tlv(0x87, Uint8Array.of(127, 0, 0, 1))),
        ),
      ),
    ),
  );
  const signature = sign("sha256", tbs, privateKey); // ECDSA signatures come DER-encoded, as X.509 wants
  const cert = der.sequence(tbs, algorithm, der.bitString(signature));
  const b64 = Buffer.from(cert).toString("base64");
  return {
    der: cert,
    pem: `-----BEGIN CERTIFICATE-----\n${b64.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----\n`,
    keyPem: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    key: privateKey,
  };
}

/** The handshake line's form: standard base64 of the DER, without '=' padding. */
export function handshakeCertificate(cert: Certificate): string {
  return Buffer.from(cert.der).toString("base64").replace(/=+$/, "");
}
