"use client";

import { useActionState } from "react";
import { fieldError, idleState, submittedValue, type ActionState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SelectField } from "@/src/components/ui/select-field";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { useI18n } from "@/src/i18n/i18n-provider";

export interface GeneralSettingsDefaults {
  name: string;
  slug: string;
  timeZone: string;
  locale: "pt-BR" | "en";
  billingEmail: string;
}

/**
 * The organization's name, dashboard address, time zone, language and billing email. Errors are worded here
 * per field from the settings dictionary; a slug another organization uses or used comes back as `conflict`.
 */
export function GeneralSettingsForm({
  action,
  slug,
  defaults,
  timeZones,
  justSaved,
}: {
  action: (state: ActionState<{ saved: boolean }>, formData: FormData) => Promise<ActionState<{ saved: boolean }>>;
  slug: string;
  defaults: GeneralSettingsDefaults;
  timeZones: string[];
  justSaved: boolean;
}) {
  const { t } = useI18n();
  const copy = t.settings.general;
  const [state, formAction] = useActionState(action, idleState);
  const value = (field: keyof GeneralSettingsDefaults) => submittedValue(state, field) ?? defaults[field];
  const conflict = state.status === "error" && state.error.code === "conflict";
  const saved = state.status === "success" || (justSaved && state.status === "idle");

  return (
    <form action={formAction} noValidate className="grid gap-5">
      <input type="hidden" name="org" value={slug} />
      <LiveMessage tone="error">
        {state.status === "error" && !state.error.fields ? (conflict ? copy.slugTaken : state.error.message) : null}
      </LiveMessage>
      <LiveMessage tone="success">{saved ? t.settings.saved : null}</LiveMessage>
      <div className="grid items-start gap-5 sm:grid-cols-2">
        <TextField
          label={copy.name}
          name="name"
          required
          maxLength={200}
          autoComplete="organization"
          defaultValue={value("name")}
          error={fieldError(state, "name") ? copy.nameInvalid : undefined}
        />
        <TextField
          label={copy.slug}
          name="slug"
          required
          maxLength={48}
          autoComplete="off"
          spellCheck={false}
          defaultValue={value("slug")}
          hint={copy.slugHint}
          error={fieldError(state, "slug") ? copy.slugInvalid : conflict ? copy.slugTaken : undefined}
        />
        <SelectField
          label={copy.timeZone}
          name="timeZone"
          defaultValue={value("timeZone")}
          hint={copy.timeZoneHint}
          error={fieldError(state, "timeZone") ? copy.timeZoneInvalid : undefined}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </SelectField>
        <SelectField label={copy.locale} name="locale" defaultValue={value("locale")}>
          {(["pt-BR", "en"] as const).map((locale) => (
            <option key={locale} value={locale}>
              {copy.locales[locale]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={copy.billingEmail}
          name="billingEmail"
          type="email"
          maxLength={254}
          autoComplete="email"
          defaultValue={value("billingEmail")}
          hint={copy.billingEmailHint}
          error={fieldError(state, "billingEmail") ? copy.billingEmailInvalid : undefined}
        />
      </div>
      <div>
        <SubmitButton fullWidth={false}>{copy.submit}</SubmitButton>
      </div>
    </form>
  );
}
