export interface ShareItem {
  label: string;
  share: number | null;
  /** The share in words with its base ("38,1 % (157 af 412 sorterede mails)"). */
  text: string;
}

/** Shares as labelled bars; the value is written beside each bar, so nothing depends on colour or length alone. */
export function ShareBars({ items }: { items: readonly ShareItem[] }) {
  return (
    <ul style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: 6 }}>
      {items.map((item) => (
        <li key={item.label}>
          <div style={{ display: "flex", justifyContent: "space-between", fontSize: 12 }}>
            <span>{item.label}</span>
            <strong>{item.text}</strong>
          </div>
          <svg aria-hidden="true" width="100%" height="8" viewBox="0 0 100 8" preserveAspectRatio="none">
            <rect width="100" height="8" fill="#f0f0f0" />
            <rect width={(item.share ?? 0) * 100} height="8" fill="#0f5c8c" />
          </svg>
        </li>
      ))}
    </ul>
  );
}
