import type { ReactNode } from "react";
import { UploadQueueProvider } from "@/src/files/components/upload-queue-provider";

/** Every page of the file store shares one upload queue, which carries on from folder to folder. */
export default function FilesLayout({ children }: { children: ReactNode }) {
  return <UploadQueueProvider>{children}</UploadQueueProvider>;
}
