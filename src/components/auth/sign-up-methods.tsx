"use client";

import { useI18n } from "../../i18n/i18n-provider";
import { Tabs } from "../ui/tabs";
import { EmailOtpRequest } from "./email-otp-request";
import { OAuthButtons } from "./oauth-buttons";
import { OrDivider } from "./or-divider";
import { PasswordSignUpForm } from "./password-sign-up-form";
import type { SignUpPrefill } from "./sign-up-prefill";

export function SignUpMethods({ next, prefill }: { next: string; prefill?: SignUpPrefill }) {
  const { t } = useI18n();
  const copy = t.auth.signUp;
  return (
    <div className="grid gap-6">
      <Tabs
        label={copy.methodsLabel}
        items={[
          { id: "password", label: copy.tabs.password, content: <PasswordSignUpForm next={next} prefill={prefill} /> },
          {
            id: "magic-link",
            label: copy.tabs.magicLink,
            content: (
              <EmailOtpRequest
                next={next}
                hint={copy.magicLinkHint}
                submitLabel={copy.magicLinkSubmit}
                prefill={prefill}
              />
            ),
          },
        ]}
      />
      <OrDivider />
      <section aria-label={copy.providersLabel} className="grid gap-3">
        <OAuthButtons next={next} />
      </section>
    </div>
  );
}
