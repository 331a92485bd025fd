/** Lengths the ticket forms allow, shared by their validation (server) and their fields (browser) without zod. */
export const SUBJECT_MAX = 200;
export const MESSAGE_MAX = 10_000;
/** Files on one message, as the database allows. */
export const ATTACHMENTS_MAX = 10;
