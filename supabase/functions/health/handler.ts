// Proves the functions path end to end: the request reached real Deno with Supabase's environment.
export function handleHealth(request: Request, env: (name: string) => string | undefined): Response {
  const configured = ["SUPABASE_URL", "SUPABASE_ANON_KEY", "SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_DB_URL"].filter((n) =>
    env(n),
  );
  const body = {
    status: "ok",
    runtime: `deno ${Deno.version.deno}`,
    method: request.method,
    environment: configured,
    time: new Date().toISOString(),
  };
  return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
}
