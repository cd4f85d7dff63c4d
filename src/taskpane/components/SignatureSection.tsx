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
import { useSectionStyles } from "./section-styles";

const useStyles = makeStyles({
  section: { alignItems: "flex-start" },
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

/** The signature state as a badge; used in the mail's header and in the signature section. */
export function SignatureBadge({ status, marked = false }: { status: SignatureStatus; marked?: boolean }) {
  const { t } = useTexts();
  const { color, icon } = look[status];
  return (
    <Badge appearance="tint" color={color} icon={icon} size="large" data-status={marked ? status : undefined}>
      {t.signatureStatus[status]}
    </Badge>
  );
}

/** Whether the mail was signed or encrypted, what that means, and which signal decided it. */
export function SignatureSection({ signature, gaps }: { signature: SignatureState; gaps: ReadGap[] }) {
  const styles = useStyles();
  const shared = useSectionStyles();
  const { lang, t } = useTexts();
  // A missing header block matters only when it left the verdict open; otherwise it would be noise.
  const explainedGaps = signature.status === "unknown" ? gaps.filter((gap) => gap.startsWith("headers")) : [];
  return (
    <section
      className={`${shared.section} ${styles.section}`}
      aria-labelledby="kanalvagt-signature"
      data-testid="signature"
    >
      <Subtitle2 as="h2" id="kanalvagt-signature" className={shared.heading}>
        {t.signatureHeading}
      </Subtitle2>
      <SignatureBadge status={signature.status} marked />
      <Body1>{t.signatureMeaning[signature.status]}</Body1>
      <Caption1 as="h3" className={styles.why}>
        {t.whyHeading}
      </Caption1>
      <ul className={shared.list}>
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
