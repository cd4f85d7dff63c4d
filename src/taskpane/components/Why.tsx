import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { describeReason } from "../../core/i18n/describe-reason";
import { useTexts } from "../i18n";
import { useSectionStyles } from "./section-styles";

const useStyles = makeStyles({
  details: { fontSize: tokens.fontSizeBase200 },
  summary: {
    cursor: "pointer",
    width: "fit-content",
    color: tokens.colorBrandForegroundLink,
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  reasons: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** A "Hvorfor?" disclosure listing the reasons behind one decision, in the pane's language. */
export function Why({ about, reasons }: { about: string; reasons: string[] }) {
  const styles = useStyles();
  const shared = useSectionStyles();
  const { lang, t } = useTexts();
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>
        {t.why}
        <span className={shared.visuallyHidden}> ({about})</span>
      </summary>
      <ul className={styles.reasons}>
        {reasons.length === 0 && (
          <li>
            <Caption1>{t.whyNone}</Caption1>
          </li>
        )}
        {reasons.map((code) => (
          <li key={code}>
            <Caption1>{describeReason(code, lang)}</Caption1>
          </li>
        ))}
      </ul>
    </details>
  );
}
