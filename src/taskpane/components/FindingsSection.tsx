import {
  Badge,
  Body1,
  Body1Strong,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Sensitivity } from "../../core/taxonomy";
import type { PaneTriage } from "../engine/pane-triage";
import { useTexts } from "../i18n";
import { groupFindings, isIdentifier } from "./finding-groups";
import { useSectionStyles } from "./section-styles";

const useStyles = makeStyles({
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  group: { listStyle: "none" },
  spots: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  masked: { fontFamily: tokens.fontFamilyMonospace },
});

const badgeColor: Record<Sensitivity, "success" | "informative" | "warning" | "danger"> = {
  ingen: "success",
  almindelige: "informative",
  fortrolige: "warning",
  foelsomme: "danger",
};

/** The sensitive data found, grouped by kind: masked values and where each stands. Values are never shown. */
export function FindingsSection({ triage }: { triage: PaneTriage }) {
  const styles = useStyles();
  const shared = useSectionStyles();
  const { t } = useTexts();
  const groups = groupFindings(triage.findings);
  return (
    <section className={shared.section} aria-labelledby="kanalvagt-findings" data-testid="findings">
      <Subtitle2 as="h2" id="kanalvagt-findings" className={shared.heading}>
        {t.findingsHeading}
      </Subtitle2>
      <div>
        <Badge appearance="tint" color={badgeColor[triage.sensitivity]} data-sensitivity={triage.sensitivity}>
          {t.sensitivity[triage.sensitivity]}
        </Badge>
      </div>
      {groups.length === 0 && (
        <Body1>
          {triage.bodyReadable || !triage.signature.encrypted ? t.noFindings : t.encryptedNoFindings}
        </Body1>
      )}
      {groups.length > 0 && (
        <ul className={styles.groups}>
          {groups.map((group) => (
            <li key={group.kind} className={styles.group}>
              <Body1Strong>{t.kind[group.kind]}</Body1Strong>
              <ul className={styles.spots}>
                {group.spots.map((spot) => (
                  <li key={`${spot.masked}|${spot.where}|${spot.attachment ?? ""}|${spot.page ?? ""}`}>
                    <Caption1>
                      {isIdentifier(group.kind) && <span className={styles.masked}>{spot.masked} </span>}
                      {spot.attachment === undefined
                        ? t.where[spot.where]
                        : t.inAttachment(spot.attachment, spot.page)}
                      {spot.count > 1 && ` (${t.times(spot.count)})`}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
