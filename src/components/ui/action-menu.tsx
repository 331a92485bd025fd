"use client";

import { lazy, Suspense, useState, type ReactNode, type Ref } from "react";
import type { IconName } from "./icons";

export interface ActionMenuItem {
  key: string;
  label: string;
  icon?: IconName;
  /** A link (a download), or else `onSelect` runs. */
  href?: string;
  onSelect?: () => void;
  danger?: boolean;
}

export interface ActionMenuProps {
  /** The button's content, and its accessible name when that is not all text. */
  trigger: ReactNode;
  triggerLabel?: string;
  triggerClassName: string;
  triggerRef?: Ref<HTMLButtonElement>;
  items: ActionMenuItem[];
}

const loadMenu = () => import("./action-menu-popup");
const ActionMenuPopup = lazy(() => loadMenu().then((module) => ({ default: module.ActionMenuPopup })));

/**
 * A row's actions as a WAI-ARIA menu (Radix's, for its keyboard and screen-reader behaviour). The menu library
 * with its positioning, focus scope and layers is some 30 kB gzip that a page of rows does not need until one
 * menu is opened: until then this is a plain button, which fetches the menu when it is pointed at or focused
 * and hands over to it, open, when pressed.
 */
export function ActionMenu({ trigger, triggerLabel, triggerClassName, triggerRef, items }: ActionMenuProps) {
  const [activated, setActivated] = useState(false);
  const button = (
    <button
      ref={triggerRef}
      type="button"
      aria-label={triggerLabel}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={() => setActivated(true)}
      className={triggerClassName}
    >
      {trigger}
    </button>
  );
  if (!activated) return button;
  return (
    <Suspense fallback={button}>
      <ActionMenuPopup
        trigger={trigger}
        triggerLabel={triggerLabel}
        triggerClassName={triggerClassName}
        triggerRef={triggerRef}
        items={items}
      />
    </Suspense>
  );
}
