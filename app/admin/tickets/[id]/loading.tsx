import { getTranslations } from "@/src/i18n/get-translations";
import { TicketSkeleton } from "@/src/tickets/components/ticket-skeletons";

export default async function TicketLoading() {
  const { t } = await getTranslations();
  return <TicketSkeleton label={t.workspace.loading} />;
}
