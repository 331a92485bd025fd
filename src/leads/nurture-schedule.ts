/** Days after consent on which a lead's nurture emails go out, each with its own content, in this order. */
export const nurtureDays = [3, 7, 14, 30] as const;

export type NurtureDay = (typeof nurtureDays)[number];
