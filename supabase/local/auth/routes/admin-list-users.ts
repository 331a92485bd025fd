import type { RouteHandler } from "../env.ts";
import { badRequest } from "../errors.ts";
import { json } from "../http.ts";
import { requireAdmin } from "../require-admin.ts";
import { serializeUser, type IdentityRow, type UserRow } from "../users.ts";

const DEFAULT_PER_PAGE = 50;
const MAX_PER_PAGE = 1000;

function pageParam(value: string | null, fallback: number): number {
  if (!value) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw badRequest("validation_failed", "Bad Pagination Parameters");
  return Number(value);
}

/** GET /admin/users — newest first, with GoTrue's X-Total-Count and Link headers (page kept first). */
export const listUsers: RouteHandler = async (env, request) => {
  await requireAdmin(env, request);
  const page = pageParam(request.url.searchParams.get("page"), 1);
  const perPage = Math.min(pageParam(request.url.searchParams.get("per_page"), DEFAULT_PER_PAGE), MAX_PER_PAGE);
  const filter = request.url.searchParams.get("filter")?.trim();
  const match = filter ? `%${filter.replace(/[\\%_]/g, "\\$&")}%` : "%";
  const [count] = await env.sql<{ total: number }[]>`
    select count(*)::int as total from auth.users
    where coalesce(email, '') ilike ${match} or coalesce(raw_user_meta_data ->> 'full_name', '') ilike ${match}`;
  const users = await env.sql<UserRow[]>`
    select * from auth.users
    where coalesce(email, '') ilike ${match} or coalesce(raw_user_meta_data ->> 'full_name', '') ilike ${match}
    order by created_at desc, id limit ${perPage} offset ${(page - 1) * perPage}`;
  const identities = users.length
    ? await env.sql<
        IdentityRow[]
      >`select * from auth.identities where user_id in ${env.sql(users.map((u) => u.id))} order by created_at, id`
    : [];

  const total = count?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const links: string[] = [];
  if (page < lastPage) links.push(`</admin/users?page=${page + 1}&per_page=${perPage}>; rel="next"`);
  links.push(`</admin/users?page=${lastPage}&per_page=${perPage}>; rel="last"`);
  return json(
    {
      users: users.map((user) =>
        serializeUser(
          user,
          identities.filter((i) => i.user_id === user.id),
        ),
      ),
      aud: "authenticated",
    },
    200,
    { "X-Total-Count": String(total), Link: links.join(", ") },
  );
};
