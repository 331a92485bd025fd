import type { ReactNode } from "react";
import { PublicFrame } from "@/src/components/shell/public-frame";

/** The analyzer and its shareable reports: public pages in the same frame as the landing page. */
export default function FunnelLayout({ children }: { children: ReactNode }) {
  return <PublicFrame>{children}</PublicFrame>;
}
