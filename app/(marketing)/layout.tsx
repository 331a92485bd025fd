import type { ReactNode } from "react";
import { PublicFrame } from "@/src/components/shell/public-frame";

export default function MarketingLayout({ children }: { children: ReactNode }) {
  return <PublicFrame>{children}</PublicFrame>;
}
