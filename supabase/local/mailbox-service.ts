import { z } from "zod";
import { bearerToken, verifyJwt } from "./jwt.ts";
import type { Mailbox, MailMessage } from "./mailbox.ts";
import type { StackKeys } from "./keys.ts";
import type { Service } from "./types.ts";

const outgoingSchema = z.object({
  from: z.string().min(1),
  to: z.array(z.email()).min(1),
  subject: z.string().min(1).max(998),
  html: z.string().optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  headers: z.record(z.string(), z.string()).optional(),
});

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · Local mailbox</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#0f172a;background:#f8fafc}main{max-width:960px;margin:0 auto;padding:24px}
h1{font-size:22px}table{width:100%;border-collapse:collapse;background:#fff}th,td{text-align:left;padding:8px 12px;border-bottom:1px solid #e2e8f0}
a{color:#4338ca}iframe{width:100%;height:70vh;border:1px solid #e2e8f0;background:#fff}.meta{color:#475569}</style></head>
<body><main>${body}</main></body></html>`;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}

function listPage(messages: MailMessage[]): Response {
  const rows = messages
    .map(
      (m) =>
        `<tr><td><a href="/mailbox/${m.id}">${escapeHtml(m.subject)}</a></td><td>${escapeHtml(m.to.join(", "))}</td><td>${escapeHtml(m.receivedAt)}</td></tr>`,
    )
    .join("");
  const empty = `<p>No email yet. Everything Arco and the local Auth send lands here.</p>`;
  return page(
    "Inbox",
    `<h1>Local mailbox</h1><p class="meta">JSON: <code>/mailbox/api/messages?to=&lt;email&gt;</code></p>${
      messages.length
        ? `<table><thead><tr><th>Subject</th><th>To</th><th>Received</th></tr></thead><tbody>${rows}</tbody></table>`
        : empty
    }`,
  );
}

function messagePage(m: MailMessage): Response {
  const content = m.html
    ? `<iframe title="Message body" sandbox srcdoc="${escapeHtml(m.html)}"></iframe>`
    : `<pre>${escapeHtml(m.text ?? "")}</pre>`;
  return page(
    m.subject,
    `<p><a href="/mailbox">← Inbox</a></p><h1>${escapeHtml(m.subject)}</h1><p class="meta">From ${escapeHtml(m.from)} to ${escapeHtml(m.to.join(", "))} · ${escapeHtml(m.receivedAt)}</p>${content}`,
  );
}

/** The local mailbox over HTTP: a page to read mail, JSON for tests, and a delivery endpoint for the app. */
export function createMailboxService(mailbox: Mailbox, keys: StackKeys): Service {
  return {
    async handle(req, { path }) {
      const url = new URL(req.url);
      if (path === "/api/messages" && req.method === "GET") {
        return json(200, { messages: mailbox.list(url.searchParams.get("to") ?? undefined) });
      }
      if (path === "/api/messages" && req.method === "POST") {
        const claims = await verifyJwt(keys, bearerToken(req));
        if (claims?.role !== "service_role")
          return json(401, { code: "unauthorized", message: "Service role key required" });
        const parsed = outgoingSchema.safeParse(await req.json().catch(() => null));
        if (!parsed.success) return json(400, { code: "validation_failed", message: parsed.error.issues[0]?.message });
        return json(201, mailbox.deliver(parsed.data));
      }
      const apiMatch = /^\/api\/messages\/([\w-]+)$/.exec(path);
      if (apiMatch && req.method === "GET") {
        const message = mailbox.get(apiMatch[1]!);
        return message ? json(200, message) : json(404, { code: "not_found", message: "No such message" });
      }
      if ((path === "/" || path === "") && req.method === "GET")
        return listPage(mailbox.list(url.searchParams.get("to") ?? undefined));
      const pageMatch = /^\/([\w-]+)$/.exec(path);
      const message = pageMatch && req.method === "GET" ? mailbox.get(pageMatch[1]!) : undefined;
      return message ? messagePage(message) : json(404, { code: "not_found", message: "No such page" });
    },
  };
}
