"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { LiveMessage } from "@/src/components/ui/live-message";

const NoticeContext = createContext<(message: string) => void>(() => {});

/**
 * One polite live region for the whole team page: what an action in a row or a dialog achieved is said here,
 * above the lists, since the row itself may be gone once the page refreshes (a removed member, a revoked
 * invitation).
 */
export function TeamNotices({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const announce = useCallback((text: string) => setMessage(text), []);
  return (
    <NoticeContext value={announce}>
      <LiveMessage tone="success">{message}</LiveMessage>
      {children}
    </NoticeContext>
  );
}

export function useTeamNotice(): (message: string) => void {
  return useContext(NoticeContext);
}
