import { NextResponse, type NextRequest } from "next/server";
import { unsubscribeLead } from "@/src/leads/unsubscribe-lead";

function failure(status: number, code: string, message: string) {
  return NextResponse.json({ error: { code, message } }, { status });
}

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the URL in the
 * `List-Unsubscribe` header, with no cookies and no page to show. The token in the URL is the credential.
 */
export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token");
  try {
    if (!(await unsubscribeLead(token))) {
      return failure(400, "invalid_token", "This unsubscribe link is not valid.");
    }
  } catch (error) {
    console.error("[api/unsubscribe] failed:", error);
    return failure(500, "unexpected", "Something went wrong on our side. Please try again.");
  }
  return NextResponse.json({ unsubscribed: true });
}

/**
 * The same URL opened in a browser. A GET must never unsubscribe (link scanners and previews fetch it), so
 * it leads to the page that asks for confirmation.
 */
export function GET(request: NextRequest) {
  const page = new URL("/unsubscribe", request.url);
  const token = request.nextUrl.searchParams.get("token");
  if (token) page.searchParams.set("token", token);
  return NextResponse.redirect(page, 303);
}
