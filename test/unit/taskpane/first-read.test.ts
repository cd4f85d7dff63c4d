import { startFirstRead } from "../../../src/taskpane/first-read";
import { FakeMailbox, mailRead } from "./fake-mailbox";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("startFirstRead", () => {
  test("asks Outlook for the selected mail at once, and the pane's first read gets that answer", async () => {
    const outlook = new FakeMailbox();
    const mailbox = startFirstRead(outlook);
    expect(outlook.pending).toHaveLength(1);
    const first = mailbox.readCurrentMail();
    expect(outlook.pending).toHaveLength(1);
    const read = mailRead({ subject: "Flytning" });
    outlook.answer(0, read);
    await expect(first).resolves.toBe(read);
  });

  test("later reads ask Outlook afresh", async () => {
    const outlook = new FakeMailbox();
    const mailbox = startFirstRead(outlook);
    void mailbox.readCurrentMail();
    const second = mailbox.readCurrentMail();
    expect(outlook.pending).toHaveLength(2);
    const read = mailRead({ subject: "Pas" });
    outlook.answer(1, read);
    await expect(second).resolves.toBe(read);
  });

  test("a selection change before the pane asks drops the early read: the pane reads the mail now selected", async () => {
    const outlook = new FakeMailbox();
    const mailbox = startFirstRead(outlook);
    await settle();
    outlook.changeItem();
    const first = mailbox.readCurrentMail();
    expect(outlook.pending).toHaveLength(2);
    const now = mailRead({ subject: "Pas" });
    outlook.answer(1, now);
    await expect(first).resolves.toBe(now);
  });

  test("a failed early read is reported to the pane when it asks, not lost", async () => {
    const outlook = new FakeMailbox();
    const mailbox = startFirstRead(outlook);
    outlook.fail(0, new Error("Outlook did not answer"));
    await settle();
    await expect(mailbox.readCurrentMail()).rejects.toThrow("Outlook did not answer");
  });

  test("it stops following selection changes once the pane has its first read", async () => {
    const outlook = new FakeMailbox();
    const mailbox = startFirstRead(outlook);
    await settle();
    expect(outlook.listeners.size).toBe(1);
    void mailbox.readCurrentMail();
    await settle();
    expect(outlook.listeners.size).toBe(0);
  });
});
