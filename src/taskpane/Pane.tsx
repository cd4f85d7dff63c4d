import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Lang } from "../core/i18n/reason-text";
import type { MailboxPort } from "../office/mailbox-port";
import type { TriageEngine } from "./engine/triage-engine";
import { LangContext, paneTexts, useTexts } from "./i18n";
import { StatisticsTab } from "./StatisticsTab";
import { markAttachmentsShown, markTriageShown } from "./timings";
import type { MailState } from "./selection";
import { useSelectedMail } from "./use-selected-mail";
import { canSend, writeBack } from "./write-back";
import { ComposeView } from "./compose/ComposeView";
import type { SettledConfig } from "./config/pane-config";
import { useSettled } from "./use-settled";
import { ConfigFileNotice } from "./components/ConfigFileNotice";
import { ModelFileNotice } from "./components/ModelFileNotice";
import type { ModelSettled } from "./engine/worker-protocol";
import { AssessmentSection } from "./components/AssessmentSection";
import { AttachmentsSection } from "./components/AttachmentsSection";
import { FindingsSection } from "./components/FindingsSection";
import { MailSummary } from "./components/MailSummary";
import { NotesSection } from "./components/NotesSection";
import { PaneNotice } from "./components/PaneNotice";
import { ReplySection } from "./components/ReplySection";
import { isExposed, SensitiveWarning } from "./components/SensitiveWarning";
import { SignatureSection } from "./components/SignatureSection";
import { useSectionStyles } from "./components/section-styles";
import { WriteBackSection } from "./components/WriteBackSection";

const useStyles = makeStyles({
  views: { display: "flex", gap: tokens.spacingHorizontalXS },
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export interface PaneProps {
  lang: Lang;
  /** Undefined when the page is not running inside Outlook. */
  mailbox?: MailboxPort;
  engine: TriageEngine;
  /** The demo's local Graph emulator for the statistics; in Outlook they sign in to Microsoft Graph. */
  statisticsEmulatorUrl?: string;
  /** The add-in's kanalvagt-config.json once fetched and checked (index.tsx); without it the pane shows no notice. */
  config?: Promise<SettledConfig>;
  /** The learned model the configuration names, once loaded or refused (index.tsx); without it, no notice. */
  model?: Promise<ModelSettled>;
}

type View = "mail" | "statistics";

/** The task pane: the selected mail and Kanalvagt's verdict on it, in Danish or English; and the statistics. */
export function Pane({ lang, mailbox, engine, statisticsEmulatorUrl, config, model }: PaneProps) {
  const styles = useStyles();
  const hidden = useSectionStyles();
  const t = paneTexts[lang];
  const [view, setView] = useState<View>("mail");
  // The mail view stays mounted while the statistics show, so coming back does not analyse the mail again.
  return (
    <FluentProvider theme={webLightTheme} lang={t.locale}>
      <LangContext.Provider value={lang}>
        <main className={styles.root} aria-labelledby="kanalvagt-title">
          <h1 id="kanalvagt-title" className={hidden.visuallyHidden}>
            Kanalvagt
          </h1>
          {mailbox && (
            <nav className={styles.views} aria-label={t.views}>
              {(["mail", "statistics"] as const).map((option) => (
                <Button
                  key={option}
                  size="small"
                  appearance={view === option ? "primary" : "subtle"}
                  aria-pressed={view === option}
                  onClick={() => setView(option)}
                >
                  {option === "mail" ? t.triageTab : t.statistics}
                </Button>
              ))}
            </nav>
          )}
          <div style={{ display: view === "mail" ? "contents" : "none" }}>
            {mailbox ? (
              <SelectedMail mailbox={mailbox} engine={engine} config={config} model={model} />
            ) : (
              <NotInOutlook />
            )}
          </div>
          {view === "statistics" && <StatisticsTab emulatorUrl={statisticsEmulatorUrl} config={config} />}
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}

function NotInOutlook() {
  const { t } = useTexts();
  return <PaneNotice intent="info" title={t.notInOutlookTitle} body={t.notInOutlookBody} />;
}

interface SelectedMailProps {
  mailbox: MailboxPort;
  engine: TriageEngine;
  config: Promise<SettledConfig> | undefined;
  model: Promise<ModelSettled> | undefined;
}

function SelectedMail({ mailbox, engine, config, model }: SelectedMailProps) {
  const { t } = useTexts();
  const { selected, followFailed, correct, setStored, reload } = useSelectedMail(mailbox, engine);
  const settled = useSettled(config);
  const modelInUse = useSettled(model);
  useEffect(() => {
    // The first triage used the cached copy or the default; the file says otherwise, so the mail is read again.
    if (settled?.changed) reload();
  }, [settled, reload]);
  useEffect(() => {
    // The first triage did not wait for the learned model; now it has loaded (or been dropped), so read it again.
    if (modelInUse?.changed) reload();
  }, [modelInUse, reload]);
  return (
    <>
      {followFailed && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.followFailed}</MessageBarBody>
        </MessageBar>
      )}
      {selected.kind === "loading" && <Spinner size="small" label={t.loading} />}
      {selected.kind === "empty" && <PaneNotice intent="info" title={t.emptyTitle} body={t.emptyBody} />}
      {selected.kind === "error" && (
        <PaneNotice intent="error" title={t.errorTitle} body={t.errorAdvice} detail={selected.detail} />
      )}
      {selected.kind === "mail" && <MailTriage state={selected} correct={correct} setStored={setStored} />}
      {selected.kind === "compose" && <ComposeView state={selected} onCheckAgain={reload} />}
      {settled?.notice && <ConfigFileNotice notice={settled.notice} />}
      {modelInUse?.notice && <ModelFileNotice notice={modelInUse.notice} />}
    </>
  );
}

interface MailTriageProps {
  state: MailState;
  correct: ReturnType<typeof useSelectedMail>["correct"];
  setStored: ReturnType<typeof useSelectedMail>["setStored"];
}

function MailTriage({ state, correct, setStored }: MailTriageProps) {
  const { t } = useTexts();
  const { read, triage, analysisError, stored, ticket } = state;
  const actions = useMemo(
    () => (triage ? writeBack(read, triage, t, setStored) : undefined),
    [read, triage, t, setStored],
  );
  const timed = useRef(0);
  useEffect(() => {
    if (!triage || timed.current === ticket) return;
    timed.current = ticket;
    // The next frame: React has committed and the browser has painted the verdict.
    requestAnimationFrame(() => markTriageShown());
  }, [triage, ticket]);
  const attachmentsTimed = useRef(0);
  useEffect(() => {
    if (!triage?.attachments || attachmentsTimed.current === ticket) return;
    attachmentsTimed.current = ticket;
    requestAnimationFrame(() => markAttachmentsShown());
  }, [triage, ticket]);

  return (
    <>
      {!triage && !analysisError && <Spinner size="small" label={t.analysing} role="status" />}
      {analysisError && (
        <PaneNotice
          intent="error"
          title={t.analysisFailedTitle}
          body={t.analysisFailedBody}
          detail={analysisError}
        />
      )}
      {triage && actions && (
        // Action first: the warning and the recommended answer with its button, then the assessment and the
        // details; what Outlook already shows (subject, sender) last and folded.
        <div data-testid="triage" data-mail-key={read.key} style={{ display: "contents" }}>
          {isExposed(triage) && <SensitiveWarning triage={triage} />}
          <ReplySection
            triage={triage}
            mail={read.mail}
            onSend={actions.send}
            canSend={(template) => canSend(read, template)}
          />
          <NotesSection triage={triage} />
          <AssessmentSection
            triage={triage}
            onCorrect={async (correction) => {
              try {
                return await actions.storeCorrection(await correct(correction));
              } catch (error) {
                return {
                  tone: "error",
                  text: t.actionFailed,
                  detail: error instanceof Error ? error.message : String(error),
                };
              }
            }}
          />
          <FindingsSection triage={triage} />
          <AttachmentsSection state={state} />
          <SignatureSection signature={triage.signature} gaps={read.gaps} />
          <WriteBackSection read={read} triage={triage} stored={stored} actions={actions} />
          {triage.unfilled.length > 0 && (
            <PaneNotice
              intent="info"
              title={t.settingsNoticeTitle}
              body={t.settingsNotice(triage.unfilled.join(", "))}
            />
          )}
        </div>
      )}
      <MailSummary read={read} triage={triage} />
    </>
  );
}
