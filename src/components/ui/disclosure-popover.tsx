"use client";

import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from "react";

/**
 * A button that shows and hides a panel below it (WAI-ARIA's disclosure pattern): for the top bar's account
 * panel and organization list, which hold links and a form rather than menu commands. The panel closes on
 * Escape (focus back on the button), on a press outside, and when a link in it is followed. Hand-written
 * because a menu library's positioning, focus trapping and scroll locking (some 35 kB gzip on every dashboard
 * page) buy nothing here: the panel sits in the flow under its button.
 */
export function DisclosurePopover({
  trigger,
  triggerLabel,
  triggerClassName,
  panelClassName,
  children,
}: {
  trigger: ReactNode;
  /** The button's accessible name when `trigger` is not text (or not all of it should be read). */
  triggerLabel?: string;
  triggerClassName: string;
  panelClassName: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    }
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  function closeOnLink(event: MouseEvent<HTMLDivElement>) {
    if ((event.target as Element).closest("a")) setOpen(false);
  }

  return (
    <div ref={rootRef} className="relative min-w-0">
      <button
        ref={buttonRef}
        type="button"
        aria-label={triggerLabel}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className={triggerClassName}
      >
        {trigger}
      </button>
      {/* Enter on a link is a click too, so keyboard users close the panel the same way. */}
      <div id={panelId} hidden={!open} onClick={closeOnLink} className={panelClassName}>
        {children}
      </div>
    </div>
  );
}
