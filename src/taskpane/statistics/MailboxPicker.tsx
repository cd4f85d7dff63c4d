import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { MailboxChoice } from "./statistics-source";
import type { StatisticsTexts } from "./statistics-texts";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  list: {
    listStyle: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});

export interface MailboxPickerProps {
  texts: StatisticsTexts;
  /** The configured mailboxes (or the demo emulator's). */
  available: readonly MailboxChoice[];
  chosen: readonly MailboxChoice[];
  onChange: (chosen: MailboxChoice[]) => void;
}

const sameAddress = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The mailboxes to show side by side: chosen from the configured list, or typed. */
export function MailboxPicker({ texts, available, chosen, onChange }: MailboxPickerProps) {
  const styles = useStyles();
  const offered = available.filter((m) => !chosen.some((c) => sameAddress(c.address, m.address)));
  const [picked, setPicked] = useState("");
  const [typed, setTyped] = useState("");
  const [typedError, setTypedError] = useState(false);
  const pickedAddress = offered.some((m) => m.address === picked) ? picked : (offered[0]?.address ?? "");

  function add(choice: MailboxChoice): void {
    if (!chosen.some((c) => sameAddress(c.address, choice.address))) onChange([...chosen, choice]);
  }

  function addTyped(): void {
    const address = typed.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
      setTypedError(true);
      return;
    }
    add(available.find((m) => sameAddress(m.address, address)) ?? { address });
    setTyped("");
    setTypedError(false);
  }

  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS }}>
      <legend>{texts.chosen}</legend>
      {chosen.length === 0 ? (
        <p style={{ margin: 0 }}>{texts.noneChosen}</p>
      ) : (
        <ul className={styles.list}>
          {chosen.map((m) => (
            <li key={m.address}>
              {m.label ?? m.address}{" "}
              <Button
                size="small"
                appearance="subtle"
                aria-label={texts.remove(m.label ?? m.address)}
                onClick={() => onChange(chosen.filter((c) => c.address !== m.address))}
              >
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      {offered.length > 0 && (
        <div className={styles.row}>
          <Field label={texts.addConfigured}>
            <Select value={pickedAddress} onChange={(_, data) => setPicked(data.value)}>
              {offered.map((m) => (
                <option key={m.address} value={m.address}>
                  {m.label ?? m.address}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            onClick={() => {
              const choice = offered.find((m) => m.address === pickedAddress);
              if (choice) add(choice);
            }}
          >
            {texts.add}
          </Button>
        </div>
      )}
      <div className={styles.row}>
        <Field
          label={texts.typedMailbox}
          validationState={typedError ? "error" : "none"}
          {...(typedError ? { validationMessage: texts.badAddress } : {})}
        >
          <Input
            type="email"
            value={typed}
            onChange={(_, data) => setTyped(data.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") addTyped();
            }}
          />
        </Field>
        <Button onClick={addTyped}>{texts.add}</Button>
      </div>
    </fieldset>
  );
}
