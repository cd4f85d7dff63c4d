import { analyse } from "../analyse";
import type { Finding } from "../detect/finding";
import type { DetectionSettings } from "../detect/settings";
import { emptyMail } from "../mail";
import type { RenderedTemplate } from "./render";

/**
 * What the engine finds in a filled template read as a mail of its own (subject and text): the same check the send
 * guard makes. A template with any finding is not offered, whatever put it there (a configured text, a sender's
 * name, a topic's label), so Kanalvagt never proposes a mail it would itself warn about.
 */
export function templateFindings(template: RenderedTemplate, settings: DetectionSettings): Finding[] {
  return analyse({ ...emptyMail(), subject: template.subject, textBody: template.text }, settings).findings;
}
