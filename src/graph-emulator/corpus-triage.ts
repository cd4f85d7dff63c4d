import { createHash } from "node:crypto";
import { DEFAULT_CONFIG } from "../core/config/default-config";
import type { Mail } from "../core/mail";
import { triageRecord } from "../core/record-of-triage";
import { triage } from "../core/triage";
import { LAST_VERB_PROPERTY, LAST_VERB_TIME_PROPERTY, TRIAGE_RECORD_PROPERTY } from "../graph/properties";
import { pick, unit } from "./hash";
import type { StoredMessage } from "./mailbox";

/** Hours from arrival to reply: mostly within the working day. */
const REPLY_DELAY_HOURS: (readonly [number, number])[] = [
  [1, 30],
  [2, 30],
  [4, 25],
  [6, 15],
];

const MINUTE = 60_000;
const SALT = { triaged: 1, answer: 2, delay: 3, at: 4 } as const;

/**
 * What a corpus message looks like after Kanalvagt has been at work: a share `triaged` of the messages (chosen by a
 * hash of the id, so the same ones on every run) carry the triage record the real engine gives the parsed mail and its
 * categories, and some of those are answered by reply or via Digital Post, so every statistic has data.
 */
export function triagedState(
  mail: Mail,
  id: string,
  received: number,
  end: number,
  triaged: number,
): Pick<StoredMessage, "properties" | "categories" | "isRead"> {
  const h = createHash("sha256").update(id).digest().readUInt32BE(0);
  const r = (salt: number): number => unit(h, 0, salt);
  if (r(SALT.triaged) >= triaged) return { properties: {}, categories: [], isRead: false };
  const result = triage(mail, DEFAULT_CONFIG, new Date(received));
  const at = Math.min(end, received + Math.floor(1 + r(SALT.at) * 30) * MINUTE);
  const properties: Record<string, string> = {
    [TRIAGE_RECORD_PROPERTY]: JSON.stringify(triageRecord(result, new Date(at))),
  };
  const categories = [...result.recommendation.categories];
  if (result.classification.handling.value !== "ingen") {
    const answer = r(SALT.answer);
    const repliedAt = received + pick(REPLY_DELAY_HOURS, r(SALT.delay)) * 3_600_000;
    if (answer < 0.5 && repliedAt < end) {
      properties[LAST_VERB_PROPERTY] = "102";
      properties[LAST_VERB_TIME_PROPERTY] = new Date(repliedAt).toISOString().replace(/\.\d{3}Z$/, "Z");
    } else if (answer < 0.7) {
      categories.push(DEFAULT_CONFIG.categories.answeredViaDigitalPost.name);
    }
  }
  return { properties, categories: [...new Set(categories)], isRead: true };
}
