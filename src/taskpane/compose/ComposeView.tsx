import {
  Body1Strong,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwise16Regular } from "@fluentui/react-icons";
import { maskCprInText } from "../../core/privacy/mask-cpr-in-text";
import { attachmentPlaces, countText } from "../../core/send-guard/alert-text";
import type { KindSummary } from "../../core/send-guard/decide";
import type { ComposeCheck } from "../engine/compose-check";
import { useTexts } from "../i18n";
import { PaneNotice } from "../components/PaneNotice";
import { useSectionStyles } from "../components/section-styles";
import type { ComposeState } from "../selection";
import { composeTexts, type ComposeTexts } from "./compose-texts";

const useStyles = makeStyles({
  masked: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "nowrap" },
  address: { wordBreak: "break-all" },
});

type Verdict = { intent: "error" | "warning" | "success" | "info"; title: string; body: string };

function verdictOf(check: ComposeCheck, c: ComposeTexts): Verdict {
  const { decision } = check;
  if (decision.action === "block") {
    return { intent: "error", title: c.blockedTitle, body: c.blockedBody(decision.externalRecipients) };
  }
  if (decision.reason === "encrypted")
    return { intent: "success", title: c.encryptedTitle, body: c.encryptedBody };
  if (check.content)
    return { intent: "warning", title: c.internalWithDataTitle, body: c.internalWithDataBody };
  if (check.recipients === 0) return { intent: "info", title: c.noRecipientsTitle, body: c.noRecipientsBody };
  return { intent: "success", title: c.clearTitle, body: c.clearBody };
}

/**
 * Beside a mail being written (opened from the compose form or the send guard's alert): whether the send guard will
 * stop it, what it found (kinds, counts, masked numbers – never the values), whether the quoted history holds it,
 * who outside the municipality would get it, and what to do instead. "Tjek igen" reads the mail again.
 */
export function ComposeView({ state, onCheckAgain }: { state: ComposeState; onCheckAgain: () => void }) {
  const styles = useStyles();
  const shared = useSectionStyles();
  const { lang, t } = useTexts();
  const c = composeTexts[lang];
  const { read, check, checkError } = state;

  const kindLine = (summary: KindSummary) => {
    const name = t.kind[summary.kind];
    const count = countText(summary, lang);
    const where = attachmentPlaces(summary, lang);
    if (summary.masked.length === 0) return c.passages(count, name) + where;
    return (
      <>
        {c.count(count, name)}{" "}
        {summary.masked.map((value, i) => (
          <span key={value}>
            {i > 0 && ", "}
            <span className={styles.masked}>{value}</span>
          </span>
        ))}
        {(summary.moreThan || summary.count > summary.masked.length) && ", …"}
        {where}
      </>
    );
  };

  return (
    <section className={shared.section} aria-labelledby="kanalvagt-compose" data-testid="compose">
      <Subtitle2 as="h2" id="kanalvagt-compose" className={shared.heading}>
        {c.heading}
      </Subtitle2>
      {!check && !checkError && <Spinner size="small" label={c.checking} role="status" />}
      {checkError && (
        <PaneNotice intent="error" title={c.checkFailedTitle} body={c.checkFailedBody} detail={checkError} />
      )}
      {check && (
        <div data-testid="compose-check" style={{ display: "contents" }}>
          <Verdict verdict={verdictOf(check, c)} />
          {check.content && (
            <>
              <Subtitle2 as="h3" className={shared.heading}>
                {c.foundHeading}
              </Subtitle2>
              <ul className={shared.list} data-testid="compose-found">
                {check.content.kinds.map((summary) => (
                  <li key={summary.kind}>{kindLine(summary)}</li>
                ))}
              </ul>
              {check.content.inSubject && <div>{c.inSubject}</div>}
              {check.content.inQuoted && <div data-testid="compose-quoted">{c.inQuoted}</div>}
            </>
          )}
          <ComposeAttachments check={check} listed={read.outgoing.mail.attachments.length} />
          <Subtitle2 as="h3" className={shared.heading}>
            {c.recipientsHeading}
          </Subtitle2>
          {check.external.length === 0 ? (
            <div className={shared.muted}>{c.allInternal(check.recipients)}</div>
          ) : (
            <ul className={shared.list} data-testid="compose-external">
              {check.external.map((address, i) => (
                <li key={`${address}-${i}`} className={styles.address}>
                  {maskCprInText(address) || c.noAddress}
                </li>
              ))}
            </ul>
          )}
          {check.content && (
            <>
              <Subtitle2 as="h3" className={shared.heading}>
                {c.adviceHeading}
              </Subtitle2>
              <ul className={shared.list} data-testid="compose-advice">
                {check.content.inQuoted && <li>{c.adviceQuoted}</li>}
                <li>{c.adviceRemove}</li>
                <li>{c.adviceDigitalPost}</li>
              </ul>
            </>
          )}
          {read.mailbox === "shared" && <div className={shared.muted}>{c.sharedMailbox}</div>}
        </div>
      )}
      <div className={shared.actions}>
        <Button icon={<ArrowClockwise16Regular />} onClick={onCheckAgain} disabled={!check && !checkError}>
          {c.checkAgain}
        </Button>
      </div>
    </section>
  );
}

/**
 * The attachments' state beside the verdict: being read (the verdict above is then on the text and the names only), or
 * which could not be read and why, as in the reading pane. Findings in them are in the list above, by file.
 */
function ComposeAttachments({ check, listed }: { check: ComposeCheck; listed: number }) {
  const shared = useSectionStyles();
  const { t } = useTexts();
  if (listed === 0) return null;
  if (!check.attachmentsRead) {
    return (
      <Spinner
        size="tiny"
        label={t.attachmentsReading}
        role="status"
        data-testid="compose-attachments-reading"
      />
    );
  }
  if (check.unchecked.length === 0) return null;
  return (
    <>
      <Body1Strong>{t.notReadTitle}</Body1Strong>
      <ul className={shared.list} data-testid="compose-not-read">
        {check.unchecked.map((file, i) => (
          <li key={`${i}|${file.name}`}>
            <Caption1>
              {file.name}: {t.notRead[file.reason]}
            </Caption1>
          </li>
        ))}
      </ul>
      <Caption1 className={shared.muted}>{t.notReadAdvice}</Caption1>
    </>
  );
}

function Verdict({ verdict }: { verdict: Verdict }) {
  return (
    <MessageBar intent={verdict.intent} layout="multiline" data-testid="compose-verdict">
      <MessageBarBody>
        <MessageBarTitle>{verdict.title}</MessageBarTitle>
        {verdict.body}
      </MessageBarBody>
    </MessageBar>
  );
}
