// Stands in for the `server-only` package under Vitest, where there is no client bundle to protect.
export {};
