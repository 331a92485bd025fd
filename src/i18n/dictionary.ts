import { en } from "./en";
import type { Locale } from "./locales";
import { ptBR } from "./pt-BR";

/** Every language has exactly the keys of the reference dictionary; the compiler rejects a missing or extra one. */
export type Dictionary = typeof ptBR;

export type ValidationMessageKey = keyof Dictionary["validation"];

const dictionaries: Record<Locale, Dictionary> = { "pt-BR": ptBR, en };

export function dictionaryFor(locale: Locale): Dictionary {
  return dictionaries[locale];
}
