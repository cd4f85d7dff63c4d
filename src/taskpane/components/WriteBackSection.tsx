import { Badge, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Regular, Tag16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { MailRead } from "../../office/mailbox-port";
import type { PaneTriage } from "../engine/pane-triage";
import { useTexts } from "../i18n";
import type { StoredTriage } from "../stored-record";
import type { WriteBack } from "../write-back";
import { useSectionStyles } from "./section-styles";
import { StatusLine, type Status } from "./StatusLine";

const useStyles = makeStyles({
  categories: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, margin: 0, padding: 0 },
  category: { listStyle: "none" },
});

export interface WriteBackSectionProps {
  read: MailRead;
  triage: PaneTriage;
  stored: StoredTriage | undefined;
  actions: WriteBack;
}

/** Categories, "answered through Digital Post" and the stored triage record: what the mailbox remembers. */
export function WriteBackSection({ read, triage, stored, actions }: WriteBackSectionProps) {
  const styles = useStyles();
  const shared = useSectionStyles();
  const { t } = useTexts();
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);
  const { can } = read.actions;
  const readOnly = read.shared !== undefined && !read.shared.canEdit;
  const unavailable = !can.categories && !can.customProperties;

  const run = async (action: () => Promise<Status>): Promise<void> => {
    setBusy(true);
    try {
      setStatus(await action());
    } finally {
      setBusy(false);
    }
  };

  const storedAt = stored?.at
    ? new Intl.DateTimeFormat(t.locale, { dateStyle: "short", timeStyle: "short" }).format(
        new Date(stored.at),
      )
    : undefined;

  return (
    <section className={shared.section} aria-labelledby="kanalvagt-write-back" data-testid="write-back">
      <Subtitle2 as="h2" id="kanalvagt-write-back" className={shared.heading}>
        {t.writeBackHeading}
      </Subtitle2>
      <ul className={styles.categories} aria-label={t.applyCategories}>
        {triage.categories.map((category) => (
          <li key={category.name} className={styles.category}>
            <Badge appearance="outline" color="informative" icon={<Tag16Regular />}>
              {category.name}
            </Badge>
          </li>
        ))}
      </ul>
      <div className={shared.actions}>
        <Button disabled={busy || unavailable} onClick={() => void run(actions.applyCategories)}>
          {t.applyCategories}
        </Button>
        <Button
          disabled={busy || unavailable}
          icon={<CheckmarkCircle16Regular />}
          onClick={() => void run(actions.markAnswered)}
        >
          {t.markAnswered}
        </Button>
      </div>
      {(readOnly || unavailable) && (
        <Caption1>{readOnly ? t.sharedReadOnly : t.writeBackUnavailable}</Caption1>
      )}
      {!unavailable && (
        <Caption1 className={shared.muted} data-testid="record-state">
          {storedAt ? t.recordStored(storedAt) : t.recordNotStored}
        </Caption1>
      )}
      <StatusLine status={status} />
    </section>
  );
}
