import "server-only";
import { checkServerIdentity, connect, type DetailedPeerCertificate, type PeerCertificate } from "node:tls";
import type { CertificateSummary } from "@/src/db/schema";

export interface CertificateReading {
  certificate: CertificateSummary | null;
  /** Why the certificate is not trusted for the name (`CERT_HAS_EXPIRED`, `ERR_TLS_CERT_ALTNAME_INVALID`…), or why none was read. */
  error: string | null;
}

export interface ReadCertificateOptions {
  /** The vetted address to connect to; the name is still sent (SNI) and checked. */
  address: string;
  port?: number;
  timeoutMs?: number;
  /** Extra trusted roots (tests' own CA); the runtime's store otherwise. */
  ca?: string[];
}

/** A certificate entity's organization, else its common name (a field repeated in the DN comes as a list). */
function name(entity: PeerCertificate["subject"] | undefined): string | null {
  const value = entity?.O ?? entity?.CN;
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/**
 * Reads the certificate a server presents for `servername` in a real TLS handshake, without trusting it
 * blindly: the chain is verified against the trust store and the name against the certificate, and what failed
 * is reported beside the certificate itself, so an expired or wrong-name certificate is still described.
 */
export function readCertificate(servername: string, options: ReadCertificateOptions): Promise<CertificateReading> {
  return new Promise((resolve) => {
    const socket = connect({
      host: options.address,
      port: options.port ?? 443,
      servername,
      rejectUnauthorized: false,
      ...(options.ca ? { ca: options.ca } : {}),
      timeout: options.timeoutMs ?? 10_000,
    });
    const finish = (reading: CertificateReading) => {
      socket.destroy();
      resolve(reading);
    };
    socket.once("timeout", () => finish({ certificate: null, error: "timeout" }));
    socket.once("error", (error: NodeJS.ErrnoException) =>
      finish({ certificate: null, error: error.code ?? "handshake_failed" }),
    );
    socket.once("secureConnect", () => {
      const peer = socket.getPeerCertificate(true);
      if (!peer || !peer.valid_to) return finish({ certificate: null, error: "no_certificate" });
      const identity = checkServerIdentity(servername, peer) as (Error & { code?: string }) | undefined;
      const trustError = socket.authorizationError ? String(socket.authorizationError) : null;
      const error = trustError ?? identity?.code ?? null;
      finish({ certificate: summarize(peer, error === null), error });
    });
  });
}

function summarize(peer: DetailedPeerCertificate, authorized: boolean): CertificateSummary {
  const chain: CertificateSummary["chain"] = [];
  const seen = new Set<string>();
  for (let cert: DetailedPeerCertificate | undefined = peer; cert && !seen.has(cert.fingerprint256);) {
    seen.add(cert.fingerprint256);
    chain.push({
      subject: name(cert.subject),
      issuer: name(cert.issuer),
      validTo: new Date(cert.valid_to).toISOString(),
    });
    cert = cert.issuerCertificate;
  }
  const names = (peer.subjectaltname ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.startsWith("DNS:"))
    .map((entry) => entry.slice(4));
  return {
    issuer: name(peer.issuer),
    subject: [peer.subject?.CN].flat()[0] ?? null,
    validFrom: new Date(peer.valid_from).toISOString(),
    validTo: new Date(peer.valid_to).toISOString(),
    names,
    chain,
    authorized,
  };
}
