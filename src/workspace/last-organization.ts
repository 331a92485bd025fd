/** The cookie that remembers the organization a user opened last, so `/app` can take them back to it. */
export const lastOrganizationCookie = "arco_org";

const workspacePath = /^\/app\/([a-z0-9]([a-z0-9-]{0,46}[a-z0-9])?)(\/|$)/;

/**
 * The organization slug a dashboard path opens, if any. Only a preference: `/app` offers it only when the
 * user is a member, and every page checks membership anyway.
 */
export function organizationInPath(pathname: string): string | null {
  return workspacePath.exec(pathname)?.[1] ?? null;
}
