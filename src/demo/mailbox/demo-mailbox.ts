import type { DemoItem } from "../protocol";
import type { SampleMail } from "./sample-mail";
import { toDemoItem } from "./sample-mail";
import { sampleMails } from "./sample-mails";

/** A mail in the demo's list: how it reads to staff, and the item Outlook hands the add-in. */
export interface DemoMail {
  sample: SampleMail;
  item: DemoItem;
  received: Date;
}

/** The demo mailbox as it stands when the page opens: newest first. */
export function openDemoMailbox(now: Date, mails: SampleMail[] = sampleMails): DemoMail[] {
  return mails
    .map((sample) => {
      const item = toDemoItem(sample, now);
      return { sample, item, received: new Date(item.dateTimeCreated) };
    })
    .sort((a, b) => b.received.getTime() - a.received.getTime());
}
