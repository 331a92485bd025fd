"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const EVERY_MS = 1_000;
const GIVE_UP_AFTER = 30;

/**
 * Re-renders the return page each second until the webhook has stored the subscription (the server then
 * renders the new plan instead of this), and after 30 s says that confirmation is slow rather than spin forever.
 */
export function RefreshUntilConfirmed({ waiting, slow }: { waiting: string; slow: string }) {
  const router = useRouter();
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (tries >= GIVE_UP_AFTER) return;
    const timer = setTimeout(() => {
      router.refresh();
      setTries((n) => n + 1);
    }, EVERY_MS);
    return () => clearTimeout(timer);
  }, [router, tries]);
  return (
    <p role="status" aria-live="polite" className="text-sm text-fg-muted">
      {tries >= GIVE_UP_AFTER ? slow : waiting}
    </p>
  );
}
