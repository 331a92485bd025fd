/**
 * The report job writes each PDF, with the service role, to this private bucket under the organization's
 * folder: apart from the client file store, so reports neither count against the storage quota nor can be
 * removed by the organization's admins or the orphan sweep (see its migration). A module of its own so the
 * job can name it without loading the request-bound Supabase client.
 */
export const reportsBucket = "report-pdfs";
