import { DEFAULT_CONFIG } from "../core/config/load";
import type { TriageRecord } from "../core/record";
import { TOPICS, type Handling, type Sender, type Topic } from "../core/taxonomy";
import { LAST_VERB_PROPERTY, LAST_VERB_TIME_PROPERTY, TRIAGE_RECORD_PROPERTY } from "../graph/properties";
import texts from "./generated-text.json";
import { pick, unit } from "./hash";
import type { MessageContent, MessageSource, StoredMessage } from "./mailbox";

/**
 * A large mailbox computed, not stored: message i's fields are a pure function of (seed, i), its time grows with i,
 * so 200,000 messages cost a table of days and nothing per message. Older mail is mostly triaged and answered,
 * the last days mostly not, as in a real shared mailbox.
 */
export interface GeneratedMailboxOptions {
  /** The shared mailbox's address (the To of every message). */
  address: string;
  count: number;
  seed?: number;
  /** End of the period (exclusive); the messages fill the `days` before it. */
  end: Date;
  days?: number;
}

const DAY = 86_400_000;
const MINUTE = 60_000;
/** Mail arrives from 06:00 to 20:00 UTC, i.e. from early morning to evening Danish time. */
const DAY_START = 6 * 3_600_000;
const DAY_SPAN = 14 * 3_600_000;
/** Relative volume by weekday (Sunday first): Mondays busiest, weekends quiet. */
const WEEKDAY_WEIGHT = [0.1, 1.4, 1.1, 1.0, 1.0, 0.8, 0.12];

const SALT = {
  handling: 1,
  topic: 2,
  sender: 3,
  address: 4,
  triaged: 5,
  answer: 6,
  delay: 7,
  read: 8,
  sensitivity: 9,
  signature: 10,
  attachments: 11,
  flag: 12,
  subject: 13,
  filler: 14,
};

const HANDLING_WEIGHTS: (readonly [Handling, number])[] = [
  ["sag", 45],
  ["generel", 20],
  ["selvbetjening", 15],
  ["booking", 7],
  ["ingen", 13],
];

const SENDER_WEIGHTS: (readonly [Sender, number])[] = [
  ["borger", 70],
  ["virksomhed", 12],
  ["forening", 4],
  ["myndighed", 5],
  ["maskine", 9],
];

const FREEMAIL = ["gmail.com", "hotmail.com", "outlook.dk", "live.dk", "mail.dk", "yahoo.dk"];
const AUTHORITIES = [
  "post@udbetalingdanmark.example",
  "post@politi.example",
  "kontakt@region.example",
  "post@skat.example",
];

/** Hours from arrival to reply, weighted: most within a working day, a tail of several days. */
const REPLY_DELAY_HOURS: (readonly [number, number])[] = [
  [1, 20],
  [3, 25],
  [8, 20],
  [24, 18],
  [48, 10],
  [120, 7],
];

type Signature = TriageRecord["signature"];

interface Facts {
  handling: Handling;
  topic: Topic;
  sender: Sender;
  signature: Signature;
  sensitivity: TriageRecord["sensitivity"];
  klage: boolean;
}

/** The S/MIME part of an encrypted or signed generated mail; its bytes are not generated. */
const SMIME_PART = { id: "AAMkAtt1", isInline: false, kind: "file" } as const;

export class GeneratedMailbox implements MessageSource {
  readonly size: number;
  private readonly seed: number;
  private readonly start: number;
  private readonly end: number;
  /** cumulative[d] = number of messages before day d. */
  private readonly cumulative: Int32Array;
  private readonly seedTag: string;

  constructor(private readonly options: GeneratedMailboxOptions) {
    if (!Number.isInteger(options.count) || options.count < 0)
      throw new RangeError("count must be a whole number ≥ 0");
    const days = options.days ?? 365;
    this.size = options.count;
    this.seed = options.seed ?? 1;
    this.end = options.end.getTime();
    this.start = this.end - days * DAY;
    this.seedTag = (this.seed >>> 0).toString(16).padStart(8, "0");
    const weights = Array.from(
      { length: days },
      (_, d) => WEEKDAY_WEIGHT[new Date(this.start + d * DAY).getUTCDay()] ?? 1,
    );
    const total = weights.reduce((a, b) => a + b, 0);
    this.cumulative = new Int32Array(days + 1);
    let running = 0;
    for (let d = 0; d < days; d++) {
      running += weights[d] ?? 0;
      this.cumulative[d + 1] = Math.round((this.size * running) / total);
    }
  }

  receivedAt(index: number): number {
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.cumulative[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    const first = this.cumulative[lo] ?? 0;
    const inDay = (this.cumulative[lo + 1] ?? first + 1) - first;
    const offset = Math.floor(((index - first) * DAY_SPAN) / inDay / MINUTE) * MINUTE;
    return this.start + lo * DAY + DAY_START + offset;
  }

  idAt(index: number): string {
    const filler = [1, 2, 3, 4, 5, 6]
      .map((k) =>
        Math.floor(unit(this.seed, index, SALT.filler * 10 + k) * 0xffffffff)
          .toString(16)
          .padStart(8, "0"),
      )
      .join("");
    return `AAMkADE${this.seedTag}${index.toString(36).padStart(7, "0")}${filler}AAA=`;
  }

  indexOf(id: string): number | undefined {
    const match = /^AAMkADE([0-9a-f]{8})([0-9a-z]{7})/.exec(id);
    if (!match || match[1] !== this.seedTag) return undefined;
    const index = parseInt(match[2] ?? "", 36);
    return index < this.size && this.idAt(index) === id ? index : undefined;
  }

  private facts(index: number): Facts {
    const r = (salt: number): number => unit(this.seed, index, salt);
    const sender = pick(SENDER_WEIGHTS, r(SALT.sender));
    const handling = sender === "maskine" ? "ingen" : pick(HANDLING_WEIGHTS, r(SALT.handling));
    const topic = TOPICS[Math.floor(r(SALT.topic) * TOPICS.length)] ?? "andet";
    const signature = pick<Signature>(
      [
        ["unsigned", 96],
        ["signed", 3],
        ["encrypted", 1],
      ],
      r(SALT.signature),
    );
    const s = r(SALT.sensitivity);
    const sensitivity =
      handling !== "sag" || signature === "encrypted"
        ? s < 0.3
          ? "almindelige"
          : "ingen"
        : s < 0.15
          ? "foelsomme"
          : s < 0.5
            ? "fortrolige"
            : "almindelige";
    return {
      handling,
      topic,
      sender,
      signature,
      sensitivity,
      klage: handling === "sag" && r(SALT.flag) < 0.05,
    };
  }

  private fromAddress(index: number, sender: Sender): string {
    const r = unit(this.seed, index, SALT.address);
    const n = Math.floor(r * 20_000);
    switch (sender) {
      case "borger":
        return `borger${n}@${FREEMAIL[n % FREEMAIL.length] ?? "mail.dk"}`;
      case "virksomhed":
        return `info@firma${n % 400}.example`;
      case "forening":
        return `kasserer@forening${n % 120}.example`;
      case "myndighed":
        return AUTHORITIES[n % AUTHORITIES.length] ?? "post@myndighed.example";
      default:
        return `noreply@nyhedsbrev${n % 30}.example`;
    }
  }

  at(index: number): StoredMessage {
    const received = this.receivedAt(index);
    const facts = this.facts(index);
    const r = (salt: number): number => unit(this.seed, index, salt);
    const categoryNames = DEFAULT_CONFIG.categories;
    const properties: Record<string, string> = {};
    const categories: string[] = [];
    const age = this.end - received;
    const triaged = age > DAY && r(SALT.triaged) < 0.8;
    if (triaged) {
      properties[TRIAGE_RECORD_PROPERTY] = JSON.stringify(this.record(facts, received));
      categories.push(categoryNames.handling[facts.handling].name);
      if (facts.klage) categories.push(categoryNames.flags.klage.name);
      if (
        (facts.sensitivity === "foelsomme" || facts.sensitivity === "fortrolige") &&
        facts.signature === "unsigned"
      ) {
        categories.push(categoryNames.sensitive.name);
      }
    }
    let isRead = age > 2 * DAY ? r(SALT.read) < 0.9 : r(SALT.read) < 0.4;
    if (facts.handling !== "ingen") {
      const answer = r(SALT.answer);
      const repliedAt = received + pick(REPLY_DELAY_HOURS, r(SALT.delay)) * 3_600_000;
      if (answer < 0.6 && repliedAt < this.end) {
        properties[LAST_VERB_PROPERTY] = answer < 0.5 ? "102" : "103";
        properties[LAST_VERB_TIME_PROPERTY] = new Date(repliedAt).toISOString().replace(/\.\d{3}Z$/, "Z");
        isRead = true;
      } else if (answer < 0.75 && triaged && facts.handling === "sag") {
        categories.push(categoryNames.answeredViaDigitalPost.name);
        isRead = true;
      }
    }
    return {
      id: this.idAt(index),
      received,
      from: this.fromAddress(index, facts.sender),
      isRead,
      categories,
      conversationId: `AAQkADE${this.seedTag}${Math.floor(index / 3)
        .toString(36)
        .padStart(7, "0")}`,
      hasAttachments: r(SALT.attachments) < 0.12 || facts.signature !== "unsigned",
      properties,
    };
  }

  private record(facts: Facts, received: number): TriageRecord {
    const kinds: TriageRecord["kinds"] =
      facts.sensitivity === "foelsomme"
        ? { helbred: 1 }
        : facts.sensitivity === "fortrolige"
          ? { cpr: 1 }
          : {};
    const channel =
      facts.handling === "sag" || facts.handling === "generel" ? "digital-post" : facts.handling;
    return {
      v: 1,
      handling: facts.handling,
      flags: facts.klage ? ["klage"] : [],
      topic: facts.topic,
      sender: facts.sender,
      lang: "da",
      sensitivity: facts.sensitivity,
      kinds,
      signature: facts.signature,
      channel,
      journalise: facts.handling === "sag",
      versions: { engine: "emulator", model: "emulator", config: DEFAULT_CONFIG.version },
      at: new Date(received + 5 * MINUTE).toISOString(),
    };
  }

  content(index: number): MessageContent {
    const facts = this.facts(index);
    const r = (salt: number): number => unit(this.seed, index, salt);
    const subjects = (texts.subjects as Record<string, string[]>)[facts.topic] ?? texts.subjects.andet;
    const subject = subjects[Math.floor(r(SALT.subject) * subjects.length)] ?? "Henvendelse";
    const opening = texts.openings[index % texts.openings.length] ?? "Hej";
    const closing = texts.closings[index % texts.closings.length] ?? "Hilsen";
    const from = this.fromAddress(index, facts.sender);
    const body = texts.bodies[facts.handling].replace("{topic}", subject.toLowerCase());
    const encrypted = facts.signature === "encrypted";
    const contentType =
      facts.signature === "signed"
        ? 'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256'
        : encrypted
          ? 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'
          : "text/plain; charset=utf-8";
    const headers = [
      { name: "From", value: from },
      { name: "To", value: this.options.address },
      { name: "Subject", value: subject },
      { name: "Date", value: new Date(this.receivedAt(index)).toUTCString() },
      { name: "Message-ID", value: `<${this.idAt(index).slice(7, 22)}@emulator.example>` },
      { name: "MIME-Version", value: "1.0" },
      { name: "Content-Type", value: contentType },
    ];
    if (facts.sender === "maskine") {
      headers.push(
        { name: "Precedence", value: "bulk" },
        { name: "List-Unsubscribe", value: `<mailto:${from}>` },
      );
    }
    const attachments = encrypted
      ? [{ ...SMIME_PART, name: "smime.p7m", contentType: "application/pkcs7-mime", size: 4096 }]
      : facts.signature === "signed"
        ? [{ ...SMIME_PART, name: "smime.p7s", contentType: "application/pkcs7-signature", size: 2048 }]
        : [];
    return {
      subject,
      to: [this.options.address],
      cc: [],
      body: { contentType: "text", content: encrypted ? "" : `${opening}\n\n${body}\n\n${closing}\n` },
      headers,
      attachments,
      itemClass: encrypted
        ? "IPM.Note.SMIME"
        : facts.signature === "signed"
          ? "IPM.Note.SMIME.MultipartSigned"
          : "IPM.Note",
    };
  }
}
