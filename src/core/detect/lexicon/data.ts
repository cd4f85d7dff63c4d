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
import { readCategoryLexicon, readCueLexicon } from "./validate";

/** The lexicons shipped in data/, checked once when the engine loads: a broken file fails loudly, naming itself. */
export const BASE_CATEGORY_LEXICONS: Readonly<Record<CategoryKind, CategoryLexicon>> = {
  helbred: readCategoryLexicon(helbred, "helbred.json", "helbred"),
  fagforening: readCategoryLexicon(fagforening, "fagforening.json", "fagforening"),
  religion: readCategoryLexicon(religion, "religion.json", "religion"),
  etnisk: readCategoryLexicon(etnisk, "etnisk.json", "etnisk"),
  politisk: readCategoryLexicon(politisk, "politisk.json", "politisk"),
  seksuel: readCategoryLexicon(seksuel, "seksuel.json", "seksuel"),
  genetisk_biometrisk: readCategoryLexicon(
    genetiskBiometrisk,
    "genetisk_biometrisk.json",
    "genetisk_biometrisk",
  ),
  social: readCategoryLexicon(social, "social.json", "social"),
  strafbare_forhold: readCategoryLexicon(strafbareForhold, "strafbare_forhold.json", "strafbare_forhold"),
};

export const BASE_CUES: CueLexicon = readCueLexicon(cues, "cues.json");
