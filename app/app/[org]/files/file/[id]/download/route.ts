import { fileUrlRoute } from "@/src/files/storage/file-url-route";

export const GET = fileUrlRoute("download");
