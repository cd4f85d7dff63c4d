import type { CategoryKind } from "../../taxonomy";
import cues from "./data/cues.json";
import etnisk from "./data/etnisk.json";
import fagforening from "./data/fagforening.json";
import genetiskBiometrisk from "./data/genetisk_biometrisk.json";
import helbred from "./data/helbred.json";
import politisk from "./data/politisk.json";
import religion from "./data/religion.json";
import seksuel from "./data/seksuel.json";
import social from "./data/social.json";
import strafbareForhold from "./data/strafbare_forhold.json";
import type { CategoryLexicon, CueLexicon } from "./types";

/** The shipped category files as imported, by the category each must hold. */
export const SHIPPED_CATEGORY_FILES: Readonly<Record<CategoryKind, unknown>> = {
  helbred,
  fagforening,
  religion,
  etnisk,
  politisk,
  seksuel,
  genetisk_biometrisk: genetiskBiometrisk,
  social,
  strafbare_forhold: strafbareForhold,
};
export const SHIPPED_CUE_FILE: unknown = cues;

/*
 * The lexicons shipped in data/ are build-time data: checkShippedLexicons (validate.ts) reads them entry by entry in a
 * unit test and in `npm run lexicon-stems`, and fails naming the file and entry. Checking them again at every start
 * cost the pane's triage worker part of its first triage; an admin's additions are still checked when compiled.
 */
export const BASE_CATEGORY_LEXICONS = SHIPPED_CATEGORY_FILES as Readonly<
  Record<CategoryKind, CategoryLexicon>
>;
export const BASE_CUES = SHIPPED_CUE_FILE as CueLexicon;
