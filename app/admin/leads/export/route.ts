import { leadsCsv } from "@/src/admin/leads-csv";
import { leadSearchSchema } from "@/src/admin/lead-search";
import { getLeads } from "@/src/admin/queries/get-leads";
import { requireAdmin } from "@/src/admin/require-admin";

/** The leads of the page's filters as CSV (consented leads only, see `leadsCsv`); staff only, like the page. */
export async function GET(request: Request) {
  const { db } = await requireAdmin();
  const search = leadSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { leads } = await getLeads(db, search, null);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(leadsCsv(leads), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="arco-leads-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
