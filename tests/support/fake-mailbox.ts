import { startFakeHttpServer, type FakeHttpServer } from "./fake-http-server";

/** The local mailbox's delivery endpoint: `POST /api/messages` answers 201 with the stored message. */
export function startFakeMailbox(): Promise<FakeHttpServer> {
  let delivered = 0;
  return startFakeHttpServer((request) =>
    request.method === "POST" && request.path === "/api/messages"
      ? { status: 201, body: { id: `fake-mail-${++delivered}`, ...(request.body as object) } }
      : { status: 404, body: { code: "not_found", message: "No such page" } },
  );
}
