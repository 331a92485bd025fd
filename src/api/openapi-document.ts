import "server-only";
import { z } from "zod";
import { appErrorCodes } from "@/src/errors/app-error";
import type { ApiEndpoint } from "./define-api-endpoint";
import { apiEndpoints } from "./endpoints";

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of the public API, generated from the same zod schemas that validate its requests
 * (zod's own JSON Schema output, draft 2020-12, which OpenAPI 3.1 uses as is). Schemas named with
 * `.meta({ id })` become components; everything else is inlined.
 */
export function openApiDocument(origin: string) {
  const components: Record<string, JsonSchema> = {};

  /** JSON Schema of `schema`, its named parts moved to the components. */
  function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const converted = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });
    const { $schema, $defs, ...rest } = JSON.parse(
      JSON.stringify(converted).replaceAll('"#/$defs/', '"#/components/schemas/'),
    ) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    void $schema;
    Object.assign(components, $defs);
    const id = z.globalRegistry.get(schema)?.id;
    // A named root comes back either as a reference to its own definition (already moved above) or inline.
    if (!id || "$ref" in rest) return rest;
    const { id: _, ...named } = rest;
    void _;
    components[id] = named;
    return { $ref: `#/components/schemas/${id}` };
  }

  function parameters(schema: z.ZodType | undefined, where: "path" | "query") {
    if (!schema) return [];
    const object = toSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    return Object.entries(object.properties ?? {}).map(([name, property]) => {
      const { description, ...propertySchema } = property;
      return {
        name,
        in: where,
        required: where === "path" || (object.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: propertySchema,
      };
    });
  }

  function operation(endpoint: ApiEndpoint) {
    const errorRef = { $ref: "#/components/responses/Error" };
    return {
      operationId: endpoint.operationId,
      tags: [endpoint.tag],
      summary: endpoint.summary,
      description: `Requires a key with the \`${endpoint.scope}\` scope.`,
      parameters: [...parameters(endpoint.params, "path"), ...parameters(endpoint.query, "query")],
      ...(endpoint.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: toSchema(endpoint.body, "input") } },
            },
          }
        : {}),
      responses: {
        [endpoint.status]: {
          description: endpoint.status === 201 ? "Created" : "OK",
          headers: rateLimitHeaders,
          content: { "application/json": { schema: toSchema(endpoint.response, "output") } },
        },
        400: errorRef,
        401: errorRef,
        403: errorRef,
        ...(endpoint.params ? { 404: errorRef } : {}),
        429: errorRef,
      },
    };
  }

  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of apiEndpoints as ApiEndpoint[]) {
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method.toLowerCase()]: operation(endpoint) };
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "Arco API",
      version: "1.0.0",
      description:
        "An organization's data in Arco: projects, domains, performance, uptime and incidents, campaigns, reports and support tickets. Rate limits are per organization and minute, by plan.",
    },
    servers: [{ url: `${origin}/api/v1` }],
    security: [{ apiKey: [] }],
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "An API key (arco_live_…) from Settings → API keys." },
      },
      schemas: {
        ...components,
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", enum: [...appErrorCodes] },
                message: { type: "string", description: "In the request's language (Accept-Language)." },
                field: { type: "string", description: "The invalid field of a 400, e.g. `body.subject`." },
              },
            },
          },
        },
      },
      responses: {
        Error: {
          description:
            "A refusal: 400 invalid input, 401 invalid key, 403 scope or plan, 404 not found, 429 rate limited.",
          headers: { ...rateLimitHeaders, "Retry-After": { schema: { type: "integer" }, description: "On 429." } },
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
    },
  };
}

const rateLimitHeaders = {
  "RateLimit-Limit": { schema: { type: "integer" }, description: "Requests allowed per minute." },
  "RateLimit-Remaining": { schema: { type: "integer" }, description: "Requests left in this minute." },
  "RateLimit-Reset": { schema: { type: "integer" }, description: "Seconds until the minute resets." },
};
