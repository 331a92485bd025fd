import { Text } from "@react-email/components";
import { emailStyles } from "./email-styles";

/** Label and value pairs, one per line and in order ("Down since: 14:05"). */
export function FactList({ facts }: { facts: [string, string][] }) {
  return facts.map(([label, value]) => (
    <Text key={label} style={{ ...emailStyles.text, margin: "0 0 6px" }}>
      <strong>{label}:</strong> {value}
    </Text>
  ));
}
