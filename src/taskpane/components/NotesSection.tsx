import { Body1, Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarClock20Regular, Folder20Regular } from "@fluentui/react-icons";
import { describeReason } from "../../core/i18n/describe-reason";
import type { Lang } from "../../core/i18n/reason-text";
import type { PaneTriage } from "../engine/pane-triage";
import { useTexts } from "../i18n";
import { useSectionStyles } from "./section-styles";

const useStyles = makeStyles({
  note: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  icon: { flexShrink: 0, color: tokens.colorBrandForeground1, marginTop: "2px" },
  texts: { display: "flex", flexDirection: "column", gap: "2px" },
});

/**
 * Warnings the pane shows in its own way (the big warning, the deadline, the journal reminder, the unsure fields in
 * the assessment) are left out here.
 */
const SHOWN_ELSEWHERE = [
  "warn.sensitive-unsecured",
  "warn.no-email-reply",
  "warn.no-forward-external",
  "warn.answer-digital-post",
  "warn.journalise",
  "warn.aktindsigt-deadline",
  "warn.unsure-",
];

/** "torsdag 4. december 2025": the weekday first, so a deadline reads at a glance. */
export function formatDeadline(isoDate: string, lang: Lang, locale: string): string {
  // Noon UTC keeps the calendar day whatever the viewer's time zone.
  const date = new Date(`${isoDate}T12:00:00Z`);
  const part = (options: Intl.DateTimeFormatOptions): string =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(date);
  const weekday = part({ weekday: "long" });
  return lang === "da"
    ? `${weekday} ${part({ day: "numeric" })} ${part({ month: "long" })} ${part({ year: "numeric" })}`
    : `${weekday} ${part({ day: "numeric", month: "long", year: "numeric" })}`;
}

/** The aktindsigt deadline, the journalisation reminder and any further advice from the channel strategy. */
export function NotesSection({ triage }: { triage: PaneTriage }) {
  const styles = useStyles();
  const shared = useSectionStyles();
  const { lang, t } = useTexts();
  const { aktindsigtDeadline, journalise, warnings } = triage.recommendation;
  const others = warnings.filter((code) => !SHOWN_ELSEWHERE.some((prefix) => code.startsWith(prefix)));
  if (!aktindsigtDeadline && !journalise && others.length === 0) return null;
  return (
    <section className={shared.section} aria-label={t.otherAdvice} data-testid="notes">
      {aktindsigtDeadline && (
        <div className={styles.note} data-testid="deadline">
          <CalendarClock20Regular className={styles.icon} aria-hidden />
          <span className={styles.texts}>
            <Body1Strong>{t.deadline(formatDeadline(aktindsigtDeadline, lang, t.locale))}</Body1Strong>
            <Caption1>{t.deadlineNote}</Caption1>
          </span>
        </div>
      )}
      {journalise && (
        <div className={styles.note} data-testid="journalise">
          <Folder20Regular className={styles.icon} aria-hidden />
          {/* "Det er en sag" only beside the handling Sag: sensitive data is journalised whatever the handling. */}
          <Body1>{t.journalise[triage.classification.handling.value === "sag" ? "case" : "other"]}</Body1>
        </div>
      )}
      {others.length > 0 && (
        <ul className={shared.list}>
          {others.map((code) => (
            <li key={code}>
              <Caption1>{describeReason(code, lang)}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
