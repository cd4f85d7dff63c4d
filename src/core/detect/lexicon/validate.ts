import { CATEGORY_KINDS, type CategoryKind } from "../../taxonomy";
import { foldText } from "./fold";
import {
  COMPOUND_MODES,
  LEXICON_LANGS,
  type CategoryLexicon,
  type CompoundMode,
  type CueLexicon,
  type ExcludeTerm,
  type LexiconLang,
  type LexiconTerm,
  type TermsByLang,
  type WordsByLang,
} from "./types";

/** Thrown when a lexicon file or an admin's lexicon addition cannot be used; the message says where and why. */
export class LexiconError extends Error {
  override name = "LexiconError";
}

/** What is wrong with a term (a word or phrase an admin typed), or null when it can be used. */
export function termTextProblem(term: string): string | null {
  const folded = foldText(term);
  if (folded.length === 0) return `"${term}" has no letters or digits`;
  if (folded.includes("*"))
    return `"${term}" has letters outside the Latin alphabet, which the matcher cannot fold`;
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(where: string, problem: string): never {
  throw new LexiconError(`${where}: ${problem}. Correct the lexicon entry and load the configuration again.`);
}

function readCompound(value: unknown, where: string): CompoundMode | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (COMPOUND_MODES as readonly string[]).includes(value)) {
    return value as CompoundMode;
  }
  return fail(where, `compound must be one of ${COMPOUND_MODES.join(", ")}`);
}

export function readTerm(value: unknown, where: string): LexiconTerm {
  if (!isRecord(value)) return fail(where, "expected an object with term and weight");
  const { term, weight, compound, stem } = value;
  if (typeof term !== "string") return fail(where, "term must be text");
  const problem = termTextProblem(term);
  if (problem !== null) return fail(where, problem);
  if (typeof weight !== "number" || !(weight >= 0 && weight <= 1)) {
    return fail(where, "weight must be a number from 0 to 1");
  }
  if (stem !== undefined && typeof stem !== "boolean") return fail(where, "stem must be true or false");
  const mode = readCompound(compound, where);
  return {
    term,
    weight,
    ...(mode === undefined ? {} : { compound: mode }),
    ...(stem === undefined ? {} : { stem }),
  };
}

/** Per language, a list read item by item with `readItem`; what the list holds is named `items` in messages. */
function readByLang<T>(
  value: unknown,
  where: string,
  items: string,
  readItem: (item: unknown, where: string) => T,
): Partial<Record<LexiconLang, T[]>> {
  if (!isRecord(value)) return fail(where, "expected an object with the languages da, en, de");
  const out: Partial<Record<LexiconLang, T[]>> = {};
  for (const [lang, list] of Object.entries(value)) {
    if (!(LEXICON_LANGS as readonly string[]).includes(lang)) {
      return fail(`${where}.${lang}`, `unknown language; use ${LEXICON_LANGS.join(", ")}`);
    }
    if (!Array.isArray(list)) return fail(`${where}.${lang}`, `expected a list of ${items}`);
    out[lang as LexiconLang] = list.map((item: unknown, i) => readItem(item, `${where}.${lang}[${i}]`));
  }
  return out;
}

const readTermsByLang = (value: unknown, where: string): TermsByLang =>
  readByLang(value, where, "terms", readTerm);

function readWord(value: unknown, where: string): string {
  if (typeof value !== "string") return fail(where, "expected a word");
  const problem = termTextProblem(value);
  return problem === null ? value : fail(where, problem);
}

const readWordsByLang = (value: unknown, where: string): WordsByLang =>
  readByLang(value, where, "words", readWord);

function readExclude(value: unknown, where: string): ExcludeTerm {
  const term = typeof value === "string" ? value : isRecord(value) ? value.term : undefined;
  if (typeof term !== "string") return fail(where, "expected a word or {term, compound}");
  const problem = termTextProblem(term);
  if (problem !== null) return fail(where, problem);
  const compound = isRecord(value) ? readCompound(value.compound, where) : undefined;
  return compound === undefined ? term : { term, compound };
}

export function readCategoryLexicon(value: unknown, file: string, kind: CategoryKind): CategoryLexicon {
  if (!isRecord(value)) return fail(file, "expected a JSON object");
  if (value.kind !== kind || !(CATEGORY_KINDS as readonly unknown[]).includes(value.kind)) {
    return fail(file, `kind must be "${kind}"`);
  }
  const lexicon: CategoryLexicon = { kind, terms: readTermsByLang(value.terms, `${file}: terms`) };
  if (value.disclosure !== undefined) {
    lexicon.disclosure = readTermsByLang(value.disclosure, `${file}: disclosure`);
  }
  if (value.generalQuestion !== undefined) {
    lexicon.generalQuestion = readTermsByLang(value.generalQuestion, `${file}: generalQuestion`);
  }
  if (value.personTerms !== undefined) {
    lexicon.personTerms = readTermsByLang(value.personTerms, `${file}: personTerms`);
  }
  if (value.exclude !== undefined) {
    if (!Array.isArray(value.exclude)) return fail(`${file}: exclude`, "expected a list");
    lexicon.exclude = value.exclude.map((e, i) => readExclude(e, `${file}: exclude[${i}]`));
  }
  return lexicon;
}

export function readCueLexicon(value: unknown, file: string): CueLexicon {
  if (!isRecord(value)) return fail(file, "expected a JSON object");
  const { questionMark } = value;
  if (typeof questionMark !== "number" || !(questionMark >= 0 && questionMark <= 1)) {
    return fail(`${file}: questionMark`, "must be a number from 0 to 1");
  }
  return {
    disclosure: readTermsByLang(value.disclosure, `${file}: disclosure`),
    generalQuestion: readTermsByLang(value.generalQuestion, `${file}: generalQuestion`),
    person: readWordsByLang(value.person, `${file}: person`),
    questionMark,
  };
}

/**
 * Reads every shipped lexicon file as an admin's would be read and returns them as read; throws a LexiconError naming
 * the first bad entry. Run at build time (unit test, `npm run lexicon-stems`), not at start: see data.ts.
 */
export function checkShippedLexicons(
  categoryFiles: Readonly<Record<CategoryKind, unknown>>,
  cueFile: unknown,
): { categories: Record<CategoryKind, CategoryLexicon>; cues: CueLexicon } {
  const categories = Object.fromEntries(
    CATEGORY_KINDS.map((kind) => [kind, readCategoryLexicon(categoryFiles[kind], `${kind}.json`, kind)]),
  ) as Record<CategoryKind, CategoryLexicon>;
  return { categories, cues: readCueLexicon(cueFile, "cues.json") };
}
