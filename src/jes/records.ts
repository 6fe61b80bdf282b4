/**
 * How records are kept in a data set's file: one record per line, `\n` after each. Records are
 * text (card images for LRECL=80); trailing blanks are kept as written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomicWrite.js';

export function encodeRecords(records: readonly string[]): string {
  return records.length === 0 ? '' : records.join('\n') + '\n';
}

export function decodeRecords(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Records of a file; a file that does not exist reads as empty. */
export function readRecordsFile(path: string): string[] {
  return existsSync(path) ? decodeRecords(readFileSync(path, 'utf8')) : [];
}

/** Replaces (or, with `append`, extends) a file's records atomically. */
export function writeRecordsFile(path: string, records: readonly string[], append = false): void {
  const before = append && existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileAtomic(path, before + encodeRecords(records));
}
