"use client";

import { useI18n } from "../../i18n/i18n-provider";
import { Tabs } from "../ui/tabs";
import { EmailOtpRequest } from "./email-otp-request";
import { OAuthButtons } from "./oauth-buttons";
import { OrDivider } from "./or-divider";
import { PasswordSignUpForm } from "./password-sign-up-form";

export function SignUpMethods({ next }: { next: string }) {
  const { t } = useI18n();
  const copy = t.auth.signUp;
  return (
    <div className="grid gap-6">
      <Tabs
        label={copy.methodsLabel}
        items={[
          { id: "password", label: copy.tabs.password, content: <PasswordSignUpForm next={next} /> },
          {
            id: "magic-link",
            label: copy.tabs.magicLink,
            content: <EmailOtpRequest next={next} hint={copy.magicLinkHint} submitLabel={copy.magicLinkSubmit} />,
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
