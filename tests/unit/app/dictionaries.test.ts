import { describe, expect, it } from "vitest";
import { appErrorCodes } from "../../../src/errors/app-error";
import { en } from "../../../src/i18n/en";
import { ptBR } from "../../../src/i18n/pt-BR";

/** Every leaf as "path → text", to compare the languages' shapes and placeholders. */
function leaves(value: unknown, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  if (typeof value === "string") return result.set(prefix, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [path, text] of leaves(child, prefix ? `${prefix}.${key}` : key)) result.set(path, text);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("dictionaries", () => {
  const pt = leaves(ptBR);
  const english = leaves(en);

  it("have the same keys", () => {
    expect([...english.keys()].sort()).toEqual([...pt.keys()].sort());
  });

  it("use the same placeholders for each message", () => {
    for (const [path, text] of pt) expect(placeholders(english.get(path) ?? ""), path).toEqual(placeholders(text));
  });

  it("have no empty messages", () => {
    for (const [path, text] of [...pt, ...english]) expect(text.trim(), path).not.toBe("");
  });

  it("translate every action error code", () => {
    expect(Object.keys(ptBR.errors).sort()).toEqual([...appErrorCodes].sort());
  });
});
