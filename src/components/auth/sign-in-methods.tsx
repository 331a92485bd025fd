"use client";

import { useI18n } from "../../i18n/i18n-provider";
import { Tabs } from "../ui/tabs";
import { EmailOtpRequest } from "./email-otp-request";
import { OAuthButtons } from "./oauth-buttons";
import { OrDivider } from "./or-divider";
import { PasswordSignInForm } from "./password-sign-in-form";
import { SsoForm } from "./sso-form";
import { VerifyCodeForm } from "./verify-code-form";

/**
 * Every way to sign in: email link, email code and password as tabs, then the identity providers. `email`
 * prefills the address (an invitation is for one address).
 */
export function SignInMethods({ next, email }: { next: string; email?: string }) {
  const { t } = useI18n();
  const copy = t.auth.signIn;
  return (
    <div className="grid gap-6">
      <Tabs
        label={copy.methodsLabel}
        items={[
          {
            id: "magic-link",
            label: copy.tabs.magicLink,
            content: (
              <EmailOtpRequest
                next={next}
                hint={copy.magicLinkHint}
                submitLabel={copy.magicLinkSubmit}
                prefill={{ email }}
              />
            ),
          },
          {
            id: "code",
            label: copy.tabs.code,
            content: (
              <EmailOtpRequest
                next={next}
                hint={copy.codeHint}
                submitLabel={copy.codeRequest}
                prefill={{ email }}
                afterSent={(email, restart) => <VerifyCodeForm email={email} next={next} restart={restart} />}
              />
            ),
          },
          { id: "password", label: copy.tabs.password, content: <PasswordSignInForm next={next} email={email} /> },
        ]}
      />
      <OrDivider />
      <section aria-label={copy.providersLabel} className="grid gap-3">
        <OAuthButtons next={next} />
        <SsoForm next={next} />
      </section>
    </div>
  );
}
