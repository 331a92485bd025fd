import { escapeHtml } from "./html.ts";

export interface KnownAccount {
  email: string;
  name: string;
}

export interface DevIdentityPage {
  /** e.g. "Google" or "SAML single sign-on (acme.com)". */
  providerLabel: string;
  flowId: string;
  accounts: KnownAccount[];
  error?: string;
  values?: { email: string; name: string };
}

const STYLES = `
  :root { color-scheme: light dark; --bg: #f4f4f5; --card: #fff; --text: #18181b; --muted: #52525b; --line: #d4d4d8;
          --accent: #18181b; --accent-text: #fff; --focus: #2563eb; --error: #b91c1c; }
  @media (prefers-color-scheme: dark) {
    :root { --bg: #09090b; --card: #18181b; --text: #fafafa; --muted: #a1a1aa; --line: #3f3f46;
            --accent: #fafafa; --accent-text: #18181b; --focus: #60a5fa; --error: #f87171; }
  }
  * { box-sizing: border-box; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; padding: 24px; background: var(--bg);
         color: var(--text); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
  main { width: 100%; max-width: 420px; background: var(--card); border: 1px solid var(--line); border-radius: 12px;
         padding: 32px; }
  .badge { display: inline-block; margin: 0 0 12px; padding: 2px 10px; border-radius: 999px; font-size: 12px;
           font-weight: 600; letter-spacing: .02em; text-transform: uppercase; border: 1px solid var(--line);
           color: var(--muted); }
  h1 { margin: 0 0 8px; font-size: 22px; }
  h2 { margin: 24px 0 8px; font-size: 15px; }
  p { margin: 0 0 12px; color: var(--muted); }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
  label { display: block; margin: 12px 0 4px; font-weight: 600; font-size: 14px; }
  input { width: 100%; padding: 10px 12px; border: 1px solid var(--line); border-radius: 8px; font: inherit;
          background: transparent; color: inherit; }
  button { width: 100%; cursor: pointer; font: inherit; border-radius: 8px; padding: 10px 14px; }
  .account { text-align: left; background: transparent; color: inherit; border: 1px solid var(--line); }
  .account span { display: block; font-size: 13px; color: var(--muted); }
  .primary { margin-top: 20px; background: var(--accent); color: var(--accent-text); border: 0; font-weight: 600; }
  :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  .error { color: var(--error); font-weight: 600; }
`;

function layout(body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Development sign-in</title>
<style>${STYLES}</style>
</head>
<body>
<main>
<p class="badge">Local development</p>
${body}
</main>
</body>
</html>`;
}

function accountList(page: DevIdentityPage): string {
  if (page.accounts.length === 0) return "";
  const items = page.accounts
    .map(
      (account) => `<li><form method="post">
<input type="hidden" name="flow" value="${escapeHtml(page.flowId)}">
<input type="hidden" name="email" value="${escapeHtml(account.email)}">
<input type="hidden" name="name" value="${escapeHtml(account.name)}">
<button type="submit" class="account">${escapeHtml(account.name || account.email)}<span>${escapeHtml(account.email)}</span></button>
</form></li>`,
    )
    .join("\n");
  return `<section aria-labelledby="accounts-heading">
<h2 id="accounts-heading">Existing ${escapeHtml(page.providerLabel)} users</h2>
<ul>
${items}
</ul>
</section>`;
}

/** The page that stands in for the identity provider: pick a known account or sign in as anyone. */
export function renderDevIdentityPage(page: DevIdentityPage): string {
  const error = page.error ? `<p class="error" role="alert" id="email-error">${escapeHtml(page.error)}</p>` : "";
  const invalid = page.error ? ' aria-invalid="true" aria-describedby="email-error"' : "";
  return layout(`<h1>Development sign-in</h1>
<p>This page simulates <strong>${escapeHtml(page.providerLabel)}</strong>. No real account is contacted: whoever you enter here is signed in.</p>
${error}
${accountList(page)}
<section aria-labelledby="new-heading">
<h2 id="new-heading">${page.accounts.length ? "Or sign in as someone else" : "Sign in as"}</h2>
<form method="post">
<input type="hidden" name="flow" value="${escapeHtml(page.flowId)}">
<label for="email">Email</label>
<input id="email" name="email" type="email" required autocomplete="email"${invalid} value="${escapeHtml(page.values?.email ?? "")}">
<label for="name">Full name</label>
<input id="name" name="name" autocomplete="name" value="${escapeHtml(page.values?.name ?? "")}">
<button type="submit" class="primary">Continue</button>
</form>
</section>`);
}

/** Shown for unknown, finished or expired flows. */
export function renderDevIdentityProblem(message: string): string {
  return layout(`<h1>Development sign-in</h1>
<p class="error" role="alert">${escapeHtml(message)}</p>
<p>Start the sign-in again from the app.</p>`);
}
