import { Badge, Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import {
  LockClosed16Regular,
  ShieldCheckmark16Regular,
  ShieldDismiss16Regular,
  ShieldQuestion16Regular,
} from "@fluentui/react-icons";
import type { SignatureState, SignatureStatus } from "../../core/analysis";
import { describeReason } from "../../core/i18n/describe-reason";
import type { ReadGap } from "../../office/mailbox-port";
import { useTexts } from "../i18n";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  heading: { margin: 0 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  why: { color: tokens.colorNeutralForeground3 },
});

const look: Record<
  SignatureStatus,
  { color: "success" | "brand" | "warning" | "informative"; icon: JSX.Element }
> = {
  signed: { color: "success", icon: <ShieldCheckmark16Regular /> },
  encrypted: { color: "brand", icon: <LockClosed16Regular /> },
  unsigned: { color: "warning", icon: <ShieldDismiss16Regular /> },
  unknown: { color: "informative", icon: <ShieldQuestion16Regular /> },
};

/** Whether the mail was signed or encrypted, what that means, and which signal decided it. */
export function SignatureSection({ signature, gaps }: { signature: SignatureState; gaps: ReadGap[] }) {
  const styles = useStyles();
  const { lang, t } = useTexts();
  const { color, icon } = look[signature.status];
  // A missing header block matters only when it left the verdict open; otherwise it would be noise.
  const explainedGaps = signature.status === "unknown" ? gaps : [];
  return (
    <section className={styles.section} aria-labelledby="kanalvagt-signature" data-testid="signature">
      <Subtitle2 as="h2" id="kanalvagt-signature" className={styles.heading}>
        {t.signatureHeading}
      </Subtitle2>
      <Badge appearance="tint" color={color} icon={icon} size="large" data-status={signature.status}>
        {t.signatureStatus[signature.status]}
      </Badge>
      <Body1>{t.signatureMeaning[signature.status]}</Body1>
      <Caption1 as="h3" className={styles.why}>
        {t.whyHeading}
      </Caption1>
      <ul className={styles.reasons}>
        {signature.reasons.map((code) => (
          <li key={code}>
            <Caption1>{describeReason(code, lang)}</Caption1>
          </li>
        ))}
        {explainedGaps.map((gap) => (
          <li key={gap}>
            <Caption1>{t.readGap[gap]}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
