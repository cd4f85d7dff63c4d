import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  Checkbox,
  Label,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type ChangeEvent } from "react";
import {
  FLAGS,
  HANDLINGS,
  SENDERS,
  TOPICS,
  type Flag,
  type Handling,
  type Sender,
  type Topic,
} from "../../core/taxonomy";
import type { Decided } from "../../core/triage-types";
import type { Correction, PaneTriage } from "../engine/pane-triage";
import { useTexts } from "../i18n";
import { useSectionStyles } from "./section-styles";
import { StatusLine, type Status } from "./StatusLine";
import { Why } from "./Why";

const useStyles = makeStyles({
  rows: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0 },
  row: { display: "flex", flexDirection: "column", gap: "2px" },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, display: "flex", flexDirection: "column", gap: "2px" },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  flags: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  fieldset: { border: "none", padding: 0, margin: 0, minWidth: 0 },
  legend: { padding: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    margin: 0,
    border: "none",
  },
  field: { display: "flex", flexDirection: "column", gap: "2px" },
});

export interface AssessmentSectionProps {
  triage: PaneTriage;
  /** Applies and stores the correction; resolves with what to tell staff. */
  onCorrect: (correction: Correction) => Promise<Status>;
}

interface RowProps<T extends string> {
  label: string;
  decided: Decided<T>;
  textOf: (value: T) => string;
  corrected: boolean;
  /** One click on one of an unsure field's likeliest values corrects the field to it. */
  onChoose: (value: T) => void;
}

function Row<T extends string>({ label, decided, textOf, corrected, onChoose }: RowProps<T>) {
  const styles = useStyles();
  const { t } = useTexts();
  const choices = corrected ? undefined : decided.choices;
  return (
    <div className={styles.row} data-unsure={choices ? "true" : undefined}>
      <dt className={styles.term}>{label}</dt>
      <dd className={styles.value}>
        {choices ? (
          // Unsure: no figure (a "38 % sikker" helps nobody), only the two likeliest values to pick from.
          <>
            <Caption1>{t.unsure}</Caption1>
            <span className={styles.line} role="group" aria-label={t.chooseValue(label)}>
              {choices.map((choice) => (
                <Button key={choice.value} size="small" onClick={() => onChoose(choice.value)}>
                  {textOf(choice.value)}
                </Button>
              ))}
            </span>
          </>
        ) : (
          <span className={styles.line}>
            <Body1Strong>{textOf(decided.value)}</Body1Strong>
            <Caption1>
              {corrected ? t.correctedByStaff : t.confidence(Math.round(decided.confidence * 100))}
            </Caption1>
          </span>
        )}
        {!corrected && <Why about={label} reasons={decided.reasons} />}
      </dd>
    </div>
  );
}

/** Handling, topic and sender type, each with how sure the engine is and why; staff may correct them. */
export function AssessmentSection({ triage, onCorrect }: AssessmentSectionProps) {
  const styles = useStyles();
  const shared = useSectionStyles();
  const { lang, t } = useTexts();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<Status>();
  const { classification, correction } = triage;
  const topicText = (topic: Topic): string => triage.topicLabels[topic][lang];
  const choose = (field: keyof Correction) => (value: Correction[typeof field]) => {
    void onCorrect({ ...correction, [field]: value }).then(setStatus);
  };
  return (
    <section className={shared.section} aria-labelledby="kanalvagt-assessment">
      <Subtitle2 as="h2" id="kanalvagt-assessment" className={shared.heading}>
        {t.assessmentHeading}
      </Subtitle2>
      {classification.flags.length > 0 && (
        <div className={styles.flags}>
          {classification.flags.map((flag) => (
            <Badge key={flag.value} appearance="filled" color="danger" data-flag={flag.value}>
              {t.flag[flag.value]}
            </Badge>
          ))}
        </div>
      )}
      <dl className={styles.rows} data-testid="assessment">
        <Row
          label={t.handlingLabel}
          decided={classification.handling}
          textOf={(value) => t.handling[value]}
          corrected={correction?.handling !== undefined}
          onChoose={choose("handling")}
        />
        <Row
          label={t.topicLabel}
          decided={classification.topic}
          textOf={topicText}
          corrected={correction?.topic !== undefined}
          onChoose={choose("topic")}
        />
        <Row
          label={t.senderLabel}
          decided={classification.sender}
          textOf={(value) => t.sender[value]}
          corrected={correction?.sender !== undefined}
          onChoose={choose("sender")}
        />
      </dl>
      {editing ? (
        <CorrectionForm
          triage={triage}
          topicText={topicText}
          onCancel={() => setEditing(false)}
          onSave={async (next) => {
            setStatus(await onCorrect(next));
            setEditing(false);
          }}
        />
      ) : (
        <div className={shared.actions}>
          <Button size="small" onClick={() => setEditing(true)}>
            {t.correct}
          </Button>
        </div>
      )}
      <StatusLine status={status} />
    </section>
  );
}

interface CorrectionFormProps {
  triage: PaneTriage;
  topicText: (topic: Topic) => string;
  onCancel: () => void;
  onSave: (correction: Correction) => Promise<void>;
}

function CorrectionForm({ triage, topicText, onCancel, onSave }: CorrectionFormProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const ids = { handling: useId(), topic: useId(), sender: useId() };
  const { classification, correction } = triage;
  const [handling, setHandling] = useState<Handling>(classification.handling.value);
  const [topic, setTopic] = useState<Topic>(classification.topic.value);
  const [sender, setSender] = useState<Sender>(classification.sender.value);
  const engineFlags = classification.flags.map((flag) => flag.value);
  const [flags, setFlags] = useState<readonly Flag[]>(engineFlags);
  const [saving, setSaving] = useState(false);
  const toggle = (flag: Flag, on: boolean): void =>
    setFlags((shown) => FLAGS.filter((f) => (f === flag ? on : shown.includes(f))));
  const pick =
    <T extends string>(set: (value: T) => void) =>
    (event: ChangeEvent<HTMLSelectElement>) =>
      // The options are the taxonomy's values, so the chosen value is one of them.
      set(event.target.value as T);

  const save = async (): Promise<void> => {
    // Only what staff changed (or corrected before) counts as a correction; the rest stays the engine's.
    const next: Correction = {};
    if (handling !== classification.handling.value || correction?.handling) next.handling = handling;
    if (topic !== classification.topic.value || correction?.topic) next.topic = topic;
    if (sender !== classification.sender.value || correction?.sender) next.sender = sender;
    const sameFlags =
      flags.length === engineFlags.length && flags.every((flag) => engineFlags.includes(flag));
    if (!sameFlags || correction?.flags) next.flags = [...flags];
    setSaving(true);
    try {
      await onSave(next);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-label={t.correctHeading}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className={styles.field}>
        <Label htmlFor={ids.handling}>{t.handlingLabel}</Label>
        <Select id={ids.handling} value={handling} onChange={pick<Handling>(setHandling)}>
          {HANDLINGS.map((h) => (
            <option key={h} value={h}>
              {t.handling[h]}
            </option>
          ))}
        </Select>
      </div>
      <div className={styles.field}>
        <Label htmlFor={ids.topic}>{t.topicLabel}</Label>
        <Select id={ids.topic} value={topic} onChange={pick<Topic>(setTopic)}>
          {TOPICS.map((tp) => (
            <option key={tp} value={tp}>
              {topicText(tp)}
            </option>
          ))}
        </Select>
      </div>
      <div className={styles.field}>
        <Label htmlFor={ids.sender}>{t.senderLabel}</Label>
        <Select id={ids.sender} value={sender} onChange={pick<Sender>(setSender)}>
          {SENDERS.map((s) => (
            <option key={s} value={s}>
              {t.sender[s]}
            </option>
          ))}
        </Select>
      </div>
      <fieldset className={`${styles.field} ${styles.fieldset}`}>
        <legend className={styles.legend}>{t.flagsLabel}</legend>
        <span className={styles.line}>
          {FLAGS.map((flag) => (
            <Checkbox
              key={flag}
              label={t.flag[flag]}
              checked={flags.includes(flag)}
              onChange={(_event, data) => toggle(flag, data.checked === true)}
            />
          ))}
        </span>
      </fieldset>
      <div className={styles.field}>
        <span className={styles.line}>
          <Button type="submit" appearance="primary" size="small" disabled={saving}>
            {t.saveCorrection}
          </Button>
          <Button size="small" onClick={onCancel} disabled={saving}>
            {t.cancel}
          </Button>
        </span>
      </div>
    </form>
  );
}
