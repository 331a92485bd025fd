import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";

export interface MailMessage {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  /** Free-form labels, e.g. "auth:signup" or "app:welcome". */
  tags: string[];
  /** Extra headers the sender set, e.g. `List-Unsubscribe`, kept so tests can check them. */
  headers?: Record<string, string>;
  receivedAt: string;
}

export type OutgoingMail = Omit<MailMessage, "id" | "receivedAt" | "tags"> & { tags?: string[] };

/**
 * Captures every email the local stack and the app send (the role Inbucket/Mailpit plays in Supabase's
 * local stack). Messages are appended to a JSON-lines file so they survive restarts.
 */
export class Mailbox {
  readonly #messages: MailMessage[] = [];
  readonly #file: string | undefined;

  constructor(file?: string) {
    this.#file = file;
    if (file && existsSync(file)) {
      for (const line of readFileSync(file, "utf8").split("\n")) {
        if (line.trim()) this.#messages.push(JSON.parse(line) as MailMessage);
      }
    }
  }

  deliver(mail: OutgoingMail): MailMessage {
    const message: MailMessage = {
      ...mail,
      to: mail.to.map((a) => a.toLowerCase()),
      tags: mail.tags ?? [],
      id: randomUUID(),
      receivedAt: new Date().toISOString(),
    };
    this.#messages.push(message);
    if (this.#file) {
      mkdirSync(dirname(this.#file), { recursive: true });
      appendFileSync(this.#file, JSON.stringify(message) + "\n");
    }
    return message;
  }

  /** Newest first; `to` filters by recipient (case-insensitive). */
  list(to?: string): MailMessage[] {
    const wanted = to?.toLowerCase();
    return this.#messages.filter((m) => !wanted || m.to.includes(wanted)).reverse();
  }

  get(id: string): MailMessage | undefined {
    return this.#messages.find((m) => m.id === id);
  }
}
