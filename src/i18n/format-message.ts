/** Fills `{name}` placeholders in a dictionary string; unknown placeholders are left visible so they get noticed. */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
