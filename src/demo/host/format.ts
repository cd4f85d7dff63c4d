const time = new Intl.DateTimeFormat("da-DK", { hour: "2-digit", minute: "2-digit" });
const day = new Intl.DateTimeFormat("da-DK", { weekday: "short", day: "numeric", month: "numeric" });
const full = new Intl.DateTimeFormat("da-DK", { dateStyle: "full", timeStyle: "short" });

function sameDay(a: Date, b: Date): boolean {
  return a.toDateString() === b.toDateString();
}

/** As Outlook's message list: the time for today's mail, "I går" and the time, else the weekday and date. */
export function listTime(received: Date, now: Date): string {
  if (sameDay(received, now)) return time.format(received);
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (sameDay(received, yesterday)) return `I går ${time.format(received)}`;
  return day.format(received);
}

export function fullTime(received: Date): string {
  return full.format(received);
}

/** The first words of the body, as the list's preview line. */
export function preview(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 120);
}
