import selfsigned from "selfsigned";

const DAY = 86_400_000;

export interface TestCertificate {
  key: string;
  cert: string;
}

/** A certificate authority made for one test run: the TLS checks trust it explicitly, nothing else does. */
export async function createTestCa(): Promise<TestCertificate> {
  const ca = await selfsigned.generate([{ name: "commonName", value: "Arco Test CA" }], {
    keySize: 2048,
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true, critical: true },
      { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  return { key: ca.private, cert: ca.cert };
}

/**
 * A server certificate for `name`, valid from `fromDays` to `toDays` days from now (negative: in the past),
 * signed by `ca`, or self-signed without one.
 */
export async function createServerCertificate(
  name: string,
  { fromDays, toDays, ca }: { fromDays: number; toDays: number; ca?: TestCertificate },
): Promise<TestCertificate> {
  const pems = await selfsigned.generate([{ name: "commonName", value: name }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate: new Date(Date.now() + fromDays * DAY),
    notAfterDate: new Date(Date.now() + toDays * DAY),
    extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: name }] }],
    ...(ca ? { ca: { key: ca.key, cert: ca.cert } } : {}),
  });
  return { key: pems.private, cert: pems.cert };
}
