import type { searchPtBR } from "./search.pt-BR";

/** The client dashboard's semantic search. */
export const searchEn: typeof searchPtBR = {
  nav: "Search",
  title: "Search",
  description: "Ask in plain words about the organization's projects, tickets, incidents, deliveries and reports.",
  label: "What are you looking for?",
  placeholder: "what did we decide about the checkout incident?",
  submit: "Search",
  results: "Results",
  startTitle: "Ask anything",
  startBody: "Search finds passages by meaning, not only by exact words, and takes you to their source.",
  emptyTitle: "Nothing found",
  emptyBody: "Try other words, or a shorter question.",
  offline:
    "Search in development mode: without an OpenAI key, passages are compared by their words, not their meaning.",
  failed: "Search did not answer just now. Try again in a moment.",
  kinds: {
    project: "Project",
    ticket: "Ticket",
    ticket_message: "Ticket message",
    delivery: "Delivery",
    incident: "Incident",
    report: "Report",
  },
  match: "{percent} match",
  admin: {
    title: "Search every client",
    description:
      "Ask across all clients' projects, tickets (internal notes included), incidents, deliveries and reports.",
    placeholder: "which clients had a certificate expire?",
    organization: "Client",
  },
};
