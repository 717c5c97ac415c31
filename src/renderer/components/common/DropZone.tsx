import { useState, type ReactNode } from 'react';

interface DropZoneProps {
  label: string;
  accept?: string;
  onFiles: (files: File[]) => void;
  children?: ReactNode;
}

/** A place to drop files that is also a button opening the file picker (keyboard and mouse alike). */
export function DropZone({ label, accept = 'image/*', onFiles, children }: DropZoneProps) {
  const [over, setOver] = useState(false);
  return (
    <label
      className={`dropzone${over ? ' dropzone--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setOver(false);
        onFiles([...e.dataTransfer.files]);
      }}
    >
      <input
        type="file"
        accept={accept}
        className="visually-hidden"
        aria-label={label}
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      {children ?? <span>{label}</span>}
    </label>
  );
}
