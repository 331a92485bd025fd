import { z } from "zod";
import { isIsoDate } from "./iso-date";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalDate = z.preprocess(blankToUndefined, z.iso.date().optional());

/**
 * What a client may write on a project: its name, description and wished-for dates. Status, completion, budget
 * and manager are the agency's (the database refuses them from clients), so the form has no such fields.
 */
export const projectFormSchema = z
  .object({
    name: z.string().trim().min(1).max(120, "name_too_long"),
    description: z.preprocess(
      (value) => (typeof value === "string" ? blankToUndefined(value.trim()) : value),
      z.string().max(2000).optional(),
    ),
    startDate: optionalDate,
    dueDate: optionalDate,
  })
  // ISO dates compare as strings; the database checks the same (projects_dates_check). Checked even when
  // another field is wrong, so the form shows every mistake at once.
  .refine(
    (project) => !isIsoDate(project.startDate) || !isIsoDate(project.dueDate) || project.dueDate >= project.startDate,
    {
      path: ["dueDate"],
      when: (payload) => typeof payload.value === "object" && payload.value !== null,
    },
  );

export type ProjectFormInput = z.output<typeof projectFormSchema>;

/** The columns a client writes, from the form's input (an omitted optional field clears the column). */
export function projectValues(input: ProjectFormInput) {
  return {
    name: input.name,
    description: input.description ?? null,
    startDate: input.startDate ?? null,
    dueDate: input.dueDate ?? null,
  };
}

export type ProjectValues = ReturnType<typeof projectValues>;
