import { z } from "zod";
import { searchParam } from "../../auth/search-param";

/** What a sign-up from the analyzer's report arrives with: the email given there and the analysis to import. */
export interface SignUpPrefill {
  email?: string;
  analysisId?: string;
}

/** Reads `?email=&analysis=` leniently: a malformed value is dropped, never an error on the sign-up page. */
export function signUpPrefill(params: Record<string, string | string[] | undefined>): SignUpPrefill {
  const email = z.email().max(320).safeParse(searchParam(params.email)?.trim());
  const analysisId = z.uuid().safeParse(searchParam(params.analysis));
  return { email: email.data, analysisId: analysisId.data };
}
