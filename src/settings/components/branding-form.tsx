"use client";

import { useActionState } from "react";
import { fieldError, idleState, submittedValue, type ActionState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { brandColorContrast, brandColorRules, type BrandColor } from "../contrast-ratio";
import { brandLogoTypes } from "../brand-logo-types";

export interface BrandingDefaults {
  brandName: string;
  primaryColor: string;
  accentColor: string;
  logoUrl: string | null;
  customDomain: string | null;
}

/**
 * The white-label brand: name, logo, primary and accent colours (each with a colour picker beside its hex
 * field, and a contrast check the server repeats), and the custom domain the agency set up, shown read-only.
 */
export function BrandingForm({
  action,
  slug,
  defaults,
}: {
  action: (state: ActionState<{ saved: boolean }>, formData: FormData) => Promise<ActionState<{ saved: boolean }>>;
  slug: string;
  defaults: BrandingDefaults;
}) {
  const { t } = useI18n();
  const copy = t.settings.branding;
  const [state, formAction] = useActionState(action, idleState);
  const value = (field: "brandName" | "primaryColor" | "accentColor") =>
    submittedValue(state, field) ?? defaults[field];

  const colorError = (field: "primaryColor" | "accentColor", color: BrandColor) => {
    if (!fieldError(state, field)) return undefined;
    const submitted = value(field);
    if (!/^#[0-9a-fA-F]{6}$/.test(submitted.trim())) return copy.colorInvalid;
    return formatMessage(color === "primary" ? copy.primaryContrastTooLow : copy.accentContrastTooLow, {
      ratio: String(brandColorContrast(color, submitted.trim())),
      minimum: String(brandColorRules[color].minimum),
    });
  };

  return (
    <form action={formAction} noValidate className="grid gap-5">
      <input type="hidden" name="org" value={slug} />
      <LiveMessage tone="error">
        {state.status === "error" && !state.error.fields ? state.error.message : null}
      </LiveMessage>
      <LiveMessage tone="success">{state.status === "success" ? t.settings.saved : null}</LiveMessage>
      <div className="grid items-start gap-5 sm:grid-cols-2">
        <TextField
          label={copy.brandName}
          name="brandName"
          maxLength={100}
          defaultValue={value("brandName")}
          error={fieldError(state, "brandName") ? copy.brandNameInvalid : undefined}
        />
        <div className="grid gap-2">
          <TextField
            label={copy.logo}
            name="logo"
            type="file"
            accept={brandLogoTypes.join(",")}
            hint={copy.logoHint}
            error={fieldError(state, "logo") ? copy.logoInvalid : undefined}
            inputClassName="py-1.5 file:mr-3 file:rounded-md file:border-0 file:bg-surface-muted file:px-3 file:py-1.5"
          />
          {defaults.logoUrl ? (
            <div className="flex flex-wrap items-center gap-3 text-sm">
              {/* A signed-in route or an external image: next/image's optimizer would fetch it without the session. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={defaults.logoUrl} alt={copy.currentLogo} className="h-10 w-auto max-w-40 object-contain" />
              <label className="inline-flex items-center gap-2">
                <input type="checkbox" name="removeLogo" className="size-4 accent-accent" />
                {copy.removeLogo}
              </label>
            </div>
          ) : null}
        </div>
        <ColorField
          label={copy.primaryColor}
          pickerLabel={copy.colorPicker}
          name="primaryColor"
          hint={copy.primaryColorHint}
          defaultValue={value("primaryColor")}
          error={colorError("primaryColor", "primary")}
        />
        <ColorField
          label={copy.accentColor}
          pickerLabel={copy.colorPicker}
          name="accentColor"
          hint={copy.accentColorHint}
          defaultValue={value("accentColor")}
          error={colorError("accentColor", "accent")}
        />
      </div>
      <div className="text-sm">
        <p className="font-medium">{copy.customDomain}</p>
        <p className="text-fg-muted">{defaults.customDomain ?? copy.customDomainNone}</p>
      </div>
      <div>
        <SubmitButton fullWidth={false}>{copy.submit}</SubmitButton>
      </div>
    </form>
  );
}

/** A hex field with the platform's colour picker beside it; the picker only fills the field. */
function ColorField({
  label,
  pickerLabel,
  name,
  hint,
  defaultValue,
  error,
}: {
  label: string;
  pickerLabel: string;
  name: string;
  hint?: string;
  defaultValue: string;
  error?: string;
}) {
  const pickerValue = /^#[0-9a-fA-F]{6}$/.test(defaultValue) ? defaultValue : "#000000";
  return (
    <div className="flex items-start gap-2">
      <div className="min-w-0 flex-1">
        <TextField
          label={label}
          name={name}
          required
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
          defaultValue={defaultValue}
          hint={hint}
          error={error}
        />
      </div>
      <input
        type="color"
        aria-label={formatMessage(pickerLabel, { field: label })}
        defaultValue={pickerValue}
        className="mt-7 h-10 w-12 shrink-0 cursor-pointer rounded-md border border-border bg-surface"
        onChange={(event) => {
          const field = event.currentTarget.form?.elements.namedItem(name);
          if (field instanceof HTMLInputElement) field.value = event.currentTarget.value.toUpperCase();
        }}
      />
    </div>
  );
}
