// The rule catalogue per language (titles and explanations for the finding cards), fetched once and shared.
import * as api from "./api";
import type { RuleInfo } from "./api";

const byLanguage = new Map<string, Promise<Map<string, RuleInfo>>>();

/** The rules of a language by id; a failed fetch is forgotten so the next check asks again. */
export function rulesFor(language: string): Promise<Map<string, RuleInfo>> {
  let rules = byLanguage.get(language);
  if (!rules) {
    rules = api.listRules(language).then((list) => new Map(list.map((r) => [r.id, r])));
    rules.catch(() => byLanguage.delete(language));
    byLanguage.set(language, rules);
  }
  return rules;
}

/** As rulesFor, but a card can do without titles: no rules rather than no result. */
export function rulesOrNone(language: string): Promise<Map<string, RuleInfo>> {
  return rulesFor(language).catch(() => new Map<string, RuleInfo>());
}
