import { openApiDocument } from "@/src/api/openapi-document";

/** The API's OpenAPI 3.1 document; public, like the reference page that renders it. */
export function GET(request: Request): Response {
  return Response.json(openApiDocument(new URL(request.url).origin), {
    headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
}
