import { useState } from 'react';
import { type ReadCsv, readCsv } from '../../../shared/csv';

export type CsvFile = { name: string; size: number } & ReadCsv;

/** Lets the browser paint (a progress line) before a long synchronous step. */
export const nextPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads a chosen file as a CSV table; `reading` is on while it does. */
export function useCsvFile() {
  const [file, setFile] = useState<CsvFile | null>(null);
  const [reading, setReading] = useState<{ name: string; size: number } | null>(null);
  const choose = async (chosen: File | undefined): Promise<CsvFile | null> => {
    setFile(null);
    if (!chosen) return null;
    const meta = { name: chosen.name, size: chosen.size };
    setReading(meta);
    try {
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      await nextPaint();
      const read: CsvFile = { ...meta, ...readCsv(bytes) };
      setFile(read);
      return read;
    } catch {
      const failed: CsvFile = { ...meta, ok: false, message: 'The file could not be read. Check that it is still there and choose it again.' };
      setFile(failed);
      return failed;
    } finally {
      setReading(null);
    }
  };
  return { file, reading, choose };
}

export function sizeText(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}
