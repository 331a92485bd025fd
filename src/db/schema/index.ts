export * from "./staff";
export * from "./job-runs";
