/** A "YYYY-MM-DD" string, as `<input type="date">` sends and `date` columns hold. */
export const isIsoDate = (value: unknown): value is string =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
