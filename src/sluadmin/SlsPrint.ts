/**
 * The SLSPRINT listing: 132-column print lines in pages of 60. Every page starts with the two
 * heading lines of the page layout below and a blank line; a section (one per utility function,
 * the first being the Control Card Image Listing) starts a new page, and its column headings
 * repeat at the top of each of its pages.
 *
 * Without PARM=MIXED every line is printed in upper case (the listing of an upper-case-only
 * printer); with it, text keeps its case. Times come from the Date the writer is given (the
 * simulated clock), printed as UTC so listings do not depend on the machine's time zone.
 *
 * With a `sink` the listing is a stream: whole pages go to the sink as they fill (a few at a
 * time), and flush() sends the rest, so a report of a million lines is never held in memory.
 * Without one, records() gives every line printed.
 */
import type { Diagnostic } from '../core/Diagnostic.js';
import { sim } from '../core/simMessages.js';
import { sls } from './messages.js';
import type { Report } from './types.js';

/**
 * The page layout in one place. The real product's heading wording differs by release and could
 * not be confirmed; this keeps its shape: program and release, product title and page number on
 * the first line; time, report title and date on the second.
 */
export const PAGE_LAYOUT = {
  width: 132,
  linesPerPage: 60,
  program: 'SLUADMIN',
  release: '7.3.0',
  product: 'StorageTek Enterprise Library Software Utility',
  /** Heading lines plus the blank line after them. */
  headingLines: 3,
} as const;

export interface SlsPrintOptions {
  mixed: boolean;
  now: Date;
  linesPerPage?: number;
  /** Where the printed lines go, page by page; without it they are kept for records(). */
  sink?: (records: string[]) => void;
}

/** What a section said first: the raw material of a step's failure reason. */
export interface SectionNotes {
  first?: Diagnostic;
  warning?: Diagnostic;
  error?: Diagnostic;
}

/** A message printed by id: SIM/ELS ids end in E (error) or W (warning); SLS ids all end in I. */
function severityOf(id: string): Diagnostic['severity'] {
  return id.endsWith('E') ? 'error' : id.endsWith('W') ? 'warning' : 'info';
}

/** Lines a streaming listing gathers before it sends its full pages to the sink. */
const FLUSH_LINES = 2000;

export class SlsPrint implements Report {
  private out: string[] = [];
  private readonly sink: ((records: string[]) => void) | undefined;
  private readonly mixed: boolean;
  private readonly time: string;
  private readonly date: string;
  private readonly linesPerPage: number;
  private page = 0;
  /** Lines on the current page, headings included. */
  private used = 0;
  private title = '';
  private columns: string[] = [];
  /** Body lines printed on the current page of the current section. */
  private bodyOnPage = 0;
  /** The first heading line without its page number (trailing blanks trimmed). */
  private banner: string | undefined;
  /** The second heading line of the current section. */
  private titleLine: { title: string; text: string } | undefined;

  constructor(opts: SlsPrintOptions) {
    this.mixed = opts.mixed;
    this.sink = opts.sink;
    this.linesPerPage = Math.max(PAGE_LAYOUT.headingLines + 10, opts.linesPerPage ?? PAGE_LAYOUT.linesPerPage);
    const iso = opts.now.toISOString();
    this.date = iso.slice(0, 10);
    this.time = iso.slice(11, 19);
  }

  /** The first message of the current section, and its first warning and first error. */
  private notes: SectionNotes = {};

  /** What the current section has said so far: its first message, first warning and first error. */
  sectionNotes(): SectionNotes {
    return this.notes;
  }

  private note(d: Diagnostic): void {
    if (d.id === 'SLS0155I') return;
    this.notes.first ??= d;
    if (d.severity === 'error') this.notes.error ??= d;
    else if (d.severity === 'warning') this.notes.warning ??= d;
  }

  /** Starts a new section on a new page, titled for the function (`Scratch Update`, `VTV Report`). */
  section(title: string): void {
    this.notes = {};
    this.title = title;
    this.columns = [];
    this.newPage();
  }

  /** Column headings for the rest of the section; a new page unless nothing is printed on this one yet. */
  headings(lines: string[]): void {
    this.columns = [...lines];
    if (this.page === 0 || this.bodyOnPage > 0) {
      this.newPage();
    } else {
      for (const l of this.columns) this.emit(l);
    }
  }

  line(text = ''): void {
    if (this.page === 0) this.newPage();
    if (this.used >= this.linesPerPage) this.newPage();
    this.emit(text);
    this.bodyOnPage++;
  }

  /** A message from the SLS catalogue (or elsim's SIM catalogue), printed as `ID text`. */
  message(id: string, ...inserts: (string | number)[]): void {
    let text: string;
    if (id in sls.defs) text = sls.text(id as keyof typeof sls.defs, ...inserts);
    else if (id in sim.defs) text = sim.text(id as keyof typeof sim.defs, ...inserts);
    else throw new Error(`message ${id} is in neither the SLS nor the SIM catalogue`);
    this.line(`${id} ${text}`);
    this.note({ id, severity: severityOf(id), text });
  }

  /** A message already built as a Diagnostic (validation, reader notes). */
  diagnostic(d: Diagnostic): void {
    this.line(`${d.id} ${d.text}`);
    this.note(d);
  }

  /** Every record written so far (of a streaming listing: those not yet sent to its sink). */
  records(): string[] {
    return [...this.out];
  }

  /** Sends the lines printed so far to the sink. */
  flush(): void {
    if (this.sink === undefined || this.out.length === 0) return;
    const lines = this.out;
    this.out = [];
    this.sink(lines);
  }

  private newPage(): void {
    if (this.out.length >= FLUSH_LINES) this.flush();
    this.page++;
    this.used = 0;
    this.bodyOnPage = 0;
    const L = PAGE_LAYOUT;
    const pageNo = `Page ${String(this.page).padStart(4, '0')}`;
    // The fixed part of the first heading line and the section's second line are built once.
    if (this.banner === undefined) this.banner = spread(`${L.program} (${L.release})`, L.product, '', L.width);
    this.emit(this.banner.length < L.width - pageNo.length ? this.banner.padEnd(L.width - pageNo.length) + pageNo : spread(`${L.program} (${L.release})`, L.product, pageNo, L.width));
    if (this.titleLine === undefined || this.titleLine.title !== this.title) {
      this.titleLine = { title: this.title, text: spread(`TIME ${this.time}`, this.title, `DATE ${this.date}`, L.width) };
    }
    this.emit(this.titleLine.text);
    this.emit('');
    for (const l of this.columns) this.emit(l);
  }

  private emit(text: string): void {
    const t = text.trimEnd();
    this.out.push(this.mixed ? t : t.toUpperCase());
    this.used++;
  }
}

/**
 * Left text, centre text centred on the line, right text ending in the last column; a later
 * part overwrites an earlier one where they meet, and nothing goes past the width.
 */
export function spread(left: string, centre: string, right: string, width: number): string {
  let line = '';
  const put = (at: number, s: string): void => {
    if (at < 0) {
      s = s.slice(-at);
      at = 0;
    }
    const part = s.slice(0, Math.max(0, width - at));
    if (part === '') return;
    line = (line.length < at ? line.padEnd(at) : line.slice(0, at)) + part + line.slice(at + part.length);
  };
  put(0, left);
  put(Math.max(left.length + 1, Math.floor((width - centre.length) / 2)), centre);
  put(width - right.length, right);
  return line.trimEnd();
}
