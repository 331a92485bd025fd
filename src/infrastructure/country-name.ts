/**
 * A country's name in the reader's language from its ISO code ("BR" → "Brasil"). Analytics providers also use
 * codes Intl does not know ("XX" for unknown, "T1" for Tor): those are shown as they are rather than failing.
 */
export function countryNames(locale: string): (code: string) => string {
  const names = new Intl.DisplayNames(locale, { type: "region", fallback: "code" });
  return (code) => {
    try {
      return names.of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  };
}
