/**
 * A choice among codes the core knows (a format, a channel, a mood), each worded for the window;
 * what comes back is one of the codes, never the DOM's bare string.
 */
export function CodeSelect<C extends string>({ label, codes, value, onChange, word }: { label: string; codes: readonly C[]; value: C; onChange: (code: C) => void; word: (code: C) => string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(codes.find((code) => code === e.target.value) ?? value)}>
        {codes.map((code) => (
          <option key={code} value={code}>
            {word(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
