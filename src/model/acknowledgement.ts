import type { Finding } from './finding.ts';
import type { Report } from './reportSchema.ts';
import { verdictOf } from './verdict.ts';

/**
 * A warning the clerk checked and kept (已核实), as stored in `meta.acknowledged`:
 * `rule` and `cells` name the warning (as in the finding), `reason` is the clerk's words, `on` the ISO date.
 * `values` holds a fingerprint of each of `cells` at that moment (the JSON of the value; a long text as its
 * length and a hash) and `figures` the numbers the warning's message named. The acknowledgement applies
 * only while both are unchanged: when the figures a warning is about change, the warning comes back.
 */
export type Acknowledgement = {
  readonly rule: string;
  readonly cells: readonly string[];
  readonly reason: string;
  readonly on: string;
  readonly values?: readonly string[];
  readonly figures?: string;
};

/** The longest reason kept: a short note, not a second report. */
export const maxReasonLength = 200;

/** The value at any dotted path of the report (meta, text, tables); undefined when absent. */
function valueAt(report: Report, path: string): unknown {
  let node: unknown = report;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

// FNV-1a, 32 bits: enough to notice that a text changed; not a security measure.
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function fingerprint(report: Report, path: string): string {
  const json = JSON.stringify(valueAt(report, path) ?? null);
  return json.length <= 40 ? json : `${json.length}#${hash(json)}`;
}

/** The numbers a message names, in order: when they change, what the warning is about changed. */
export const messageFigures = (message: string): string => (message.normalize('NFKC').match(/\d+(\.\d+)?/g) ?? []).join(',');

/** Only 提醒 can be marked 已核实: errors and blank cells must be resolved. */
export const canAcknowledge = (finding: Finding): boolean => finding.severity === 'warning' && verdictOf(finding) !== 'blank';

export const sameCells = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((cell, i) => cell === b[i]);

const holds = (report: Report, entry: Acknowledgement, finding: Finding): boolean =>
  entry.rule === finding.rule
  && sameCells(entry.cells, finding.cells)
  && (entry.values === undefined || sameCells(entry.values, finding.cells.map((cell) => fingerprint(report, cell))))
  && (entry.figures === undefined || entry.figures === messageFigures(finding.message));

export const entries = (report: Report): readonly Acknowledgement[] => (report.meta.acknowledged ?? []) as readonly Acknowledgement[];

/** The findings with `acknowledged: {reason, on}` on each warning whose acknowledgement still holds. */
export function applyAcknowledgements(report: Report, findings: readonly Finding[]): Finding[] {
  const list = entries(report);
  if (list.length === 0) return [...findings];
  return findings.map((finding) => {
    if (!canAcknowledge(finding)) return finding;
    const entry = list.find((candidate) => holds(report, candidate, finding));
    return entry ? { ...finding, acknowledged: { reason: entry.reason, on: entry.on } } : finding;
  });
}
