/**
 * A problem found in an input file, located as `file:line:column` (1-based,
 * columns in Unicode code points) with an optional second place as its cause.
 */
export interface Place {
  /** Path relative to the project root, e.g. `seeds/000_x.txt`. */
  file: string;
  line: number;
  column: number;
}

export interface Diagnostic extends Place {
  message: string;
  /** The other place a diagnostic points at (e.g. the seed a content file disagrees with). */
  cause?: Place & { message?: string };
}

/** Format a place as `file:line:column`. */
export function formatPlace(place: Place): string {
  return `${place.file}:${place.line}:${place.column}`;
}

/** Format a diagnostic as one or two lines: `file:line:col message` and its cause. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${formatPlace(d)} ${d.message}`;
  if (!d.cause) return head;
  const note = d.cause.message ? ` ${d.cause.message}` : '';
  return `${head}\n  ${formatPlace(d.cause)}${note}`;
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
  constructor(diagnostics: Diagnostic[]) {
    const sorted = sortDiagnostics(diagnostics);
    super(sorted.map(formatDiagnostic).join('\n'));
    this.name = 'InputError';
    this.diagnostics = sorted;
  }
}
