/** How long a "view as" session may last, in minutes (the database caps it at an hour). Shared with the form. */
export const viewAsDurations = [15, 30, 60] as const;
