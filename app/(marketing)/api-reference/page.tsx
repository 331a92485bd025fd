import type { Metadata } from "next";
import { openApiDocument } from "@/src/api/openapi-document";
import { getApiRateLimits } from "@/src/api/queries/get-api-rate-limits";
import { TableScroll } from "@/src/components/ui/table-scroll";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.publicApi.reference.title, description: t.publicApi.reference.description };
}

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: { type?: string; format?: string; enum?: string[] };
}
interface Operation {
  operationId: string;
  summary: string;
  description: string;
  parameters: Parameter[];
  requestBody?: { content: { "application/json": { schema: { $ref?: string } } } };
}

const schemaName = (ref: string | undefined) => ref?.split("/").at(-1);

/**
 * The public API's readable reference, rendered from the same OpenAPI document the API serves (itself made
 * from the zod schemas), so the page cannot describe an API that differs from the one running.
 */
export default async function ApiReferencePage() {
  const [{ t, locale }, limits] = await Promise.all([getTranslations(), getApiRateLimits()]);
  const copy = t.publicApi.reference;
  const document = openApiDocument("");
  const format = formatters(locale);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })),
  );

  return (
    <div className="mx-auto grid max-w-4xl gap-10 px-4 py-12 sm:px-6">
      <header className="grid gap-3">
        <h1 className="text-3xl font-semibold tracking-tight">{copy.title}</h1>
        <p className="text-fg-muted">{copy.description}</p>
        <p>
          <a href="/api/v1/openapi.json" className="font-semibold text-accent-text underline">
            {copy.openapi}
          </a>
        </p>
      </header>
      <section aria-labelledby="auth" className="grid gap-2">
        <h2 id="auth" className="text-xl font-semibold">
          {copy.authTitle}
        </h2>
        <p>{copy.authBody}</p>
        <pre className="overflow-x-auto rounded-lg bg-surface-muted p-3 text-sm">
          <code>{'curl -H "Authorization: Bearer arco_live_…" https://<host>/api/v1/projects'}</code>
        </pre>
      </section>
      <section aria-labelledby="limits" className="grid gap-2">
        <h2 id="limits" className="text-xl font-semibold">
          {copy.limitsTitle}
        </h2>
        <p>{copy.limitsBody}</p>
        <TableScroll label={copy.limitsTable}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{copy.limitsTable}</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {copy.plan}
                </th>
                <th scope="col" className="py-2 font-semibold">
                  {copy.perMinute}
                </th>
              </tr>
            </thead>
            <tbody>
              {limits.map((limit) => (
                <tr key={limit.key} className="border-b border-border last:border-0">
                  <td className="py-2 pr-4">{limit.name}</td>
                  <td className="py-2 tabular-nums">{format.number(limit.perMinute)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="errors" className="grid gap-2">
        <h2 id="errors" className="text-xl font-semibold">
          {copy.errorsTitle}
        </h2>
        <p>{copy.errorsBody}</p>
      </section>
      <section aria-labelledby="operations" className="grid gap-6">
        <h2 id="operations" className="text-xl font-semibold">
          {copy.endpointsTitle}
        </h2>
        {operations.map(({ path, method, operation }) => (
          <article
            key={operation.operationId}
            id={operation.operationId}
            className="grid gap-2 rounded-xl border border-border p-4"
          >
            <h3 className="flex flex-wrap items-baseline gap-2 font-mono text-sm">
              <span className="rounded bg-accent-soft px-1.5 py-0.5 font-semibold text-accent-text">
                {method.toUpperCase()}
              </span>{" "}
              <span className="break-all">/api/v1{path}</span>
            </h3>
            <p>{operation.summary}</p>
            <p className="text-sm text-fg-muted">
              {copy.scope}: {copy.scopes[method === "get" ? "read" : "write"]}
            </p>
            {operation.parameters.length > 0 ? (
              <div className="grid gap-1">
                <h4 className="text-sm font-semibold">{copy.parameters}</h4>
                <ul className="grid gap-1 text-sm">
                  {operation.parameters.map((parameter) => (
                    <li key={parameter.name}>
                      <code className="font-mono">{parameter.name}</code>{" "}
                      <span className="text-fg-muted">
                        ({parameter.in},{" "}
                        {parameter.schema.format ?? parameter.schema.type ?? parameter.schema.enum?.join(" | ")}
                        {parameter.required ? `, ${copy.required}` : ""})
                      </span>
                      {parameter.description ? ` — ${parameter.description}` : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {operation.requestBody ? (
              <p className="text-sm">
                {copy.requestBody}:{" "}
                <code className="font-mono">
                  {schemaName(operation.requestBody.content["application/json"].schema.$ref)}
                </code>
              </p>
            ) : null}
          </article>
        ))}
      </section>
    </div>
  );
}
