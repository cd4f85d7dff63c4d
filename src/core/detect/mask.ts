/** Safe-to-show forms of identifiers: enough to recognise which one it is, never enough to use it. */

/** "DDMMYY-****": the birth date is shown, the serial never. */
export function maskCpr(value: string): string {
  return `${value.slice(0, 6)}-****`;
}

/** Country and check digits plus the last two characters, in groups of four: "DK50 **** **** **** 43". */
export function maskIban(electronic: string): string {
  const head = electronic.slice(0, 4);
  const hidden = maskAllBut(electronic.slice(4), 2);
  return [head, ...(hidden.match(/.{1,4}/g) ?? [])].join(" ");
}

/** "****1234": the registration number hidden, only the account's last digits shown (two for short accounts). */
export function maskBankAccount(account: string): string {
  return `****${account.slice(account.length >= 8 ? -4 : -2)}`;
}

/** Every character but the last `keep` replaced by "*". */
export function maskAllBut(value: string, keep: number): string {
  const shown = Math.min(keep, Math.max(0, value.length - 1));
  return "*".repeat(value.length - shown) + value.slice(value.length - shown);
}
