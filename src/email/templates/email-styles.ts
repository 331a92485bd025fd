import type { CSSProperties } from "react";

/**
 * Inline styles shared by the email templates (mail clients ignore stylesheets). Colours keep at least
 * 4.5:1 contrast on white, like the app.
 */
export const emailStyles = {
  body: { backgroundColor: "#f8fafc", color: "#0f172a", fontFamily: "Inter, Arial, Helvetica, sans-serif", margin: 0 },
  container: { backgroundColor: "#ffffff", margin: "24px auto", maxWidth: "560px", padding: "32px 28px" },
  brand: { color: "#4338ca", fontSize: "18px", fontWeight: 700, margin: "0 0 24px" },
  heading: { fontSize: "22px", fontWeight: 700, lineHeight: "30px", margin: "0 0 16px" },
  subheading: { fontSize: "17px", fontWeight: 700, margin: "28px 0 8px" },
  text: { fontSize: "15px", lineHeight: "24px", margin: "0 0 14px" },
  muted: { color: "#475569", fontSize: "13px", lineHeight: "20px", margin: "0 0 8px" },
  button: {
    backgroundColor: "#4338ca",
    borderRadius: "8px",
    color: "#ffffff",
    display: "inline-block",
    fontSize: "15px",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
  secondaryButton: {
    border: "1px solid #4338ca",
    borderRadius: "8px",
    color: "#4338ca",
    display: "inline-block",
    fontSize: "15px",
    fontWeight: 600,
    padding: "11px 19px",
    textDecoration: "none",
  },
  link: { color: "#4338ca", textDecoration: "underline" },
  hr: { borderColor: "#e2e8f0", margin: "32px 0 16px" },
  listItem: { fontSize: "15px", lineHeight: "24px", margin: "0 0 10px" },
} satisfies Record<string, CSSProperties>;
