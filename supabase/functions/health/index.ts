import { handleHealth } from "./handler.ts";

Deno.serve((request) => handleHealth(request, (name) => Deno.env.get(name)));
