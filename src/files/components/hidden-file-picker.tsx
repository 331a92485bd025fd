"use client";

import type { Ref } from "react";

/**
 * The browser's file chooser, kept out of sight and out of the tab order: a visible button opens it (`ref`'s
 * `click()`), so the control people see is labelled and styled like the rest. Several files at once; each
 * choice is handed over and the input cleared, so choosing the same file again still counts.
 */
export function HiddenFilePicker({
  ref,
  onFiles,
  testId,
}: {
  ref: Ref<HTMLInputElement>;
  onFiles: (files: File[]) => void;
  testId: string;
}) {
  return (
    <input
      ref={ref}
      type="file"
      multiple
      hidden
      tabIndex={-1}
      aria-hidden="true"
      data-testid={testId}
      onChange={(event) => {
        onFiles([...(event.currentTarget.files ?? [])]);
        event.currentTarget.value = "";
      }}
    />
  );
}
