import { z } from "zod";
import { organizationSlugSchema } from "@/src/workspace/require-workspace";
import { brandLogoMaxBytes, brandLogoTypes } from "./brand-logo-types";
import { brandColorContrast, brandColorRules, type BrandColor } from "./contrast-ratio";

/** Time zones this runtime knows (IANA names); the database's own cast refuses anything else too. */
const timeZones = new Set(Intl.supportedValuesOf("timeZone"));

/** The general settings form; the form words each field's error itself (see GeneralSettingsForm). */
export const generalSettingsSchema = z.object({
  name: z.string().trim().min(1, "nameInvalid").max(200, "nameInvalid"),
  slug: z.string().trim().toLowerCase().pipe(organizationSlugSchema),
  timeZone: z.string().refine((zone) => timeZones.has(zone), "timeZoneInvalid"),
  locale: z.enum(["pt-BR", "en"]),
  billingEmail: z
    .string()
    .trim()
    .transform((value) => value || null)
    .pipe(z.email("billingEmailInvalid").max(254, "billingEmailInvalid").nullable()),
});
export type GeneralSettings = z.output<typeof generalSettingsSchema>;

const hexColor = (color: BrandColor) =>
  z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "colorInvalid")
    .transform((value) => value.toUpperCase())
    .refine((value) => brandColorContrast(color, value) >= brandColorRules[color].minimum, "contrastTooLow");

/** The white-label form. */
export const brandingSchema = z.object({
  brandName: z.string().trim().max(100, "brandNameInvalid"),
  primaryColor: hexColor("primary"),
  accentColor: hexColor("accent"),
  logo: z
    .instanceof(File)
    .refine((file) => file.size > 0 && file.size <= brandLogoMaxBytes, "logoInvalid")
    .refine((file) => (brandLogoTypes as readonly string[]).includes(file.type), "logoInvalid")
    .optional(),
  removeLogo: z.literal("on").optional(),
});
export type Branding = z.output<typeof brandingSchema>;

/** Deleting the organization: the owner types its slug. */
export const deleteOrganizationSchema = z.object({ confirmation: z.string().trim().max(100) });
