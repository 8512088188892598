/**
 * Messages in one shape, after vfile-message: where (start, optional end),
 * who spoke (`source` and its `rule`), how bad (`fatal`), and the other places
 * it points at (`cause`). The seed parser, the MDX guard, the registry, the
 * metrics lexicon, the review schemas and the checker all speak this way, and
 * one reporter (`formatDiagnostic`, `githubAnnotation`) prints them all.
 */
export interface Point {
  line: number;
  /** 1-based, in Unicode code points. */
  column: number;
}

export interface Place extends Point {
  /** Path relative to the project root, e.g. `seeds/000_x.txt`. */
  file: string;
}

/** Which part of Kaozheng spoke. */
export type MessageSource = 'seed' | 'mdx' | 'content' | 'registry' | 'metrics' | 'reviews' | 'check';

export type Cause = Place & { message?: string };

export interface Diagnostic extends Place {
  /** Where the problem ends, when it spans more than a point. */
  end?: Point;
  message: string;
  source: MessageSource;
  /** The rule within its source, e.g. `encoding`, `marker-unterminated`, `conflict`. */
  rule: string;
  /** true: the input cannot be used; false: a warning; null: for information. */
  fatal: boolean | null;
  /** The other places the message points at (the seed a content file disagrees with). */
  cause?: Cause | readonly Cause[];
  /** A heading for annotations (GitHub's `title`), when the message has one. */
  title?: string;
}

/** A fatal message of `source`'s `rule` at `place`. */
export function fatal(source: MessageSource, rule: string, place: Place, message: string, cause?: Diagnostic['cause']): Diagnostic {
  return { ...place, message, source, rule, fatal: true, ...(cause ? { cause } : {}) };
}

/** Format a place as `file:line:column`. */
export function formatPlace(place: Place): string {
  return `${place.file}:${place.line}:${place.column}`;
}

const causes = (d: Diagnostic): readonly Cause[] => (d.cause === undefined ? [] : Array.isArray(d.cause) ? d.cause : [d.cause as Cause]);

/** `file:line:col message  source/rule`, then one indented line per cause. */
export function formatDiagnostic(d: Diagnostic): string {
  return [`${formatPlace(d)} ${d.message}  ${d.source}/${d.rule}`, ...causes(d).map((c) => `  ${formatPlace(c)}${c.message ? ` ${c.message}` : ''}`)].join('\n');
}

/** GitHub annotation values: `%`, CR and LF escaped; properties also `:` and `,`. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One GitHub Actions workflow command: `::error file=…,line=…,col=…,title=…::message`. */
export function githubAnnotation(d: Diagnostic): string {
  const level = d.fatal === true ? 'error' : d.fatal === false ? 'warning' : 'notice';
  const end = d.end ? `,endLine=${d.end.line},endColumn=${d.end.column}` : '';
  const also = causes(d).map(formatPlace).join(' ');
  const body = `${d.message}${also ? `\n另见 ${also}` : ''}`;
  return `::${level} file=${escapeProperty(d.file)},line=${d.line},col=${d.column}${end},title=${escapeProperty(d.title ?? `考证 ${d.source}/${d.rule}`)}::${escapeData(body)}`;
}

/** Sort diagnostics by file, line and column so reports are stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column),
  );
}

/** Thrown when input cannot be used; carries every diagnostic of the run. */
export class InputError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    const sorted = sortDiagnostics(diagnostics);
    super(sorted.map(formatDiagnostic).join('\n'));
    this.name = 'InputError';
    this.diagnostics = sorted;
  }
}
