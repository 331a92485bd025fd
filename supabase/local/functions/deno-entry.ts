// Runs one Supabase edge function under real Deno, the way Supabase's edge runtime does: the function
// calls Deno.serve(handler) and this wrapper pins it to the port the gateway chose for it.
const port = Number(Deno.env.get("ARCO_FUNCTION_PORT"));
const entry = Deno.env.get("ARCO_FUNCTION_ENTRY")!;
const serve = Deno.serve.bind(Deno);

type Handler = (request: Request, info: unknown) => Response | Promise<Response>;

// deno-lint-ignore no-explicit-any
(Deno as any).serve = (first: unknown, second?: unknown) => {
  const handler = (
    typeof first === "function" ? first : (second ?? (first as { handler: Handler }).handler)
  ) as Handler;
  const options = typeof first === "object" && first !== null ? first : {};
  return serve(
    {
      ...options,
      port,
      hostname: "127.0.0.1",
      onListen: () => console.log(`arco-function-ready ${port}`),
    },
    handler,
  );
};

await import(new URL(entry, `file://${Deno.cwd()}/`).href);
