import type { RouteHandler } from "../env.ts";
import { json } from "../http.ts";

export const health: RouteHandler = async () =>
  json({
    version: "local",
    name: "GoTrue",
    description: "GoTrue is a user registration and authentication API",
  });
