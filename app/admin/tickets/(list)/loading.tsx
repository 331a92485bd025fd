import { getTranslations } from "@/src/i18n/get-translations";
import { TicketListSkeleton } from "@/src/tickets/components/ticket-skeletons";

export default async function TicketQueueLoading() {
  const { t } = await getTranslations();
  return <TicketListSkeleton label={t.workspace.loading} />;
}
