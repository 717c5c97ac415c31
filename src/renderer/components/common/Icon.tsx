// A few line icons drawn inline: emoji glyphs depend on the system's fonts and can show as boxes.
const paths = {
  edit: 'M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4',
  archive: 'M4 7h16v3H4zM5 10v9h14v-9M10 14h4',
  restore: 'M4 12a8 8 0 1 0 3-6.2M4 4v5h5',
  delete: 'M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13',
  close: 'M6 6l12 12M18 6L6 18',
};

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={paths[name]} />
    </svg>
  );
}
