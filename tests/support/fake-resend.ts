import { startFakeHttpServer, type FakeHttpServer } from "./fake-http-server";

/**
 * Resend's API as far as the app uses it: `POST /emails` answers `{ id }`; anything else is a 404 in
 * Resend's error shape. Point RESEND_BASE_URL at `url`.
 */
export function startFakeResend(): Promise<FakeHttpServer> {
  let sent = 0;
  return startFakeHttpServer((request) =>
    request.method === "POST" && request.path === "/emails"
      ? { status: 200, body: { id: `fake-resend-${++sent}` } }
      : { status: 404, body: { statusCode: 404, name: "not_found", message: "Route not found" } },
  );
}
