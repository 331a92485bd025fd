"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { formatters } from "@/src/i18n/formatters";
import { useI18n } from "@/src/i18n/i18n-provider";
import { useSupabasePublicConfig } from "@/src/supabase/supabase-config-provider";
import { prepareUpload } from "../actions/prepare-upload";
import { recordUpload } from "../actions/record-upload";
import { useUploadQueue } from "../upload/use-upload-queue";

type UploadQueue = ReturnType<typeof useUploadQueue>;

const UploadQueueContext = createContext<UploadQueue | null>(null);

export function useUploads(): UploadQueue {
  const value = useContext(UploadQueueContext);
  if (!value) throw new Error("useUploads must be used inside <UploadQueueProvider>");
  return value;
}

/**
 * The file store's uploads, kept by its layout so they carry on, and stay in view, while the person moves between
 * folders. After each file is recorded the current page refreshes (its list and storage meter).
 */
export function UploadQueueProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const { t, locale } = useI18n();
  const supabase = useSupabasePublicConfig();
  const format = useMemo(() => formatters(locale), [locale]);
  const queue = useUploadQueue({
    supabase,
    prepareUpload,
    recordUpload,
    onUploaded: () => router.refresh(),
    t,
    format,
  });
  return <UploadQueueContext value={queue}>{children}</UploadQueueContext>;
}
