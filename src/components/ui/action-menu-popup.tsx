"use client";

import { DropdownMenu } from "radix-ui";
import type { ActionMenuProps } from "./action-menu";
import { cx } from "./cx";
import { Icon } from "./icons";

/** The menu itself, loaded on first use by `ActionMenu`, which it replaces already open. */
export function ActionMenuPopup({ trigger, triggerLabel, triggerClassName, triggerRef, items }: ActionMenuProps) {
  return (
    // Not modal: the dialogs an item opens take the focus over from the menu as it closes.
    <DropdownMenu.Root modal={false} defaultOpen>
      <DropdownMenu.Trigger
        ref={triggerRef}
        aria-label={triggerLabel}
        className={cx(triggerClassName, "data-[state=open]:bg-surface-muted")}
      >
        {trigger}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-40 min-w-48 rounded-xl border border-border bg-surface p-1.5 text-sm shadow-lg"
        >
          {items.map((item) => {
            const className = cx(
              "flex cursor-pointer items-center gap-2.5 rounded-lg px-2.5 py-2 font-medium outline-none",
              item.danger ? "text-danger data-highlighted:bg-danger-soft" : "data-highlighted:bg-surface-muted",
            );
            const body = (
              <>
                {item.icon ? <Icon name={item.icon} className="size-4" /> : null}
                {item.label}
              </>
            );
            return item.href ? (
              <DropdownMenu.Item key={item.key} asChild className={className}>
                <a href={item.href}>{body}</a>
              </DropdownMenu.Item>
            ) : (
              <DropdownMenu.Item key={item.key} className={className} onSelect={item.onSelect}>
                {body}
              </DropdownMenu.Item>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
