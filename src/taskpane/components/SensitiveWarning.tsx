import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneTriage } from "../engine/pane-triage";
import { useTexts } from "../i18n";
import { groupFindings, isIdentifier } from "./finding-groups";

const useStyles = makeStyles({
  steps: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  masked: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "nowrap" },
});

/** Whether the engine found confidential or sensitive data in mail that was not encrypted. */
export function isExposed(triage: PaneTriage): boolean {
  return triage.recommendation.warnings.some((code) => code.startsWith("warn.sensitive-unsecured"));
}

/**
 * The pane's loudest element: sensitive or confidential data arrived by unprotected e-mail. It names what was found
 * (masked) and what the channel strategy asks of the staff member now.
 */
export function SensitiveWarning({ triage }: { triage: PaneTriage }) {
  const styles = useStyles();
  const { t } = useTexts();
  const level = triage.sensitivity === "foelsomme" ? "foelsomme" : "fortrolige";
  const found = groupFindings(triage.findings).map((group) => {
    const name = t.kind[group.kind];
    if (!isIdentifier(group.kind)) return <span key={group.kind}>{name.toLowerCase()}</span>;
    const values = [...new Set(group.spots.map((s) => s.masked))];
    return (
      <span key={group.kind}>
        {name}{" "}
        {values.map((value, i) => (
          <span key={value}>
            {i > 0 && ", "}
            <span className={styles.masked}>{value}</span>
          </span>
        ))}
      </span>
    );
  });
  return (
    <MessageBar
      intent={level === "foelsomme" ? "error" : "warning"}
      layout="multiline"
      data-testid="sensitive-warning"
      aria-labelledby="kanalvagt-warning-title"
    >
      <MessageBarBody>
        <MessageBarTitle id="kanalvagt-warning-title">{t.warningTitle[level]}</MessageBarTitle>
        <div>
          {t.warningIntro[triage.signature.status]}:{" "}
          {found.map((item, i) => (
            <span key={i}>
              {i > 0 && ", "}
              {item}
            </span>
          ))}
          .
        </div>
        <div>{t.warningRequires}</div>
        <ul className={styles.steps}>
          {t.warningSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
