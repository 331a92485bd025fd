import "server-only";
import http from "node:http";
import https from "node:https";
import { stampPeerAddress } from "./peer-address-stamp";

const INSTALLED = Symbol.for("arco.http.peer-stamp-installed");
const holder = globalThis as { [INSTALLED]?: boolean };

/**
 * Makes every HTTP(S) server in this process stamp its requests with the connection's address (see
 * peer-address-stamp.ts for why). `next start` and `next dev` create their server before instrumentation runs
 * and expose no hook for it, so the stamp goes on the servers' shared prototype, where it also reaches the
 * server that already exists. It runs before any 'request' listener, Next's included. Idempotent.
 */
export function installPeerAddressStamp(): void {
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit;
    Server.prototype.emit = function emitWithPeerStamp(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") stampPeerAddress(args[0] as http.IncomingMessage);
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
  }
}
