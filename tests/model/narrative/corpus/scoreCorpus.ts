import type { CellValue } from '../../../../src/model/cellValue.ts';
import type { Finding } from '../../../../src/model/finding.ts';
import { checkCounts } from '../../../../src/model/narrative/checkCounts.ts';
import { tableSum } from '../../../../src/model/narrative/tableSum.ts';
import type { Report } from '../../../../src/model/reportSchema.ts';
import { zeroReport } from '../../../fixtures/buildReport.ts';
import { withText } from '../narrativeFixture.ts';
import { corpusTable, plantedCells, quantities } from './corpusTable.ts';
import { phrases, type CorpusPart, type Phrase } from './phrases.ts';

const placed: Readonly<Record<CorpusPart, (text: string) => { patch: Parameters<typeof withText>[1]; path: string }>> = {
  requests: (text) => ({ patch: { requests: text }, path: 'text.requests' }),
  applications: (text) => ({ patch: { sections: ['', text, '', '', ''] }, path: 'text.overview.sections.1.body' }),
  activeSection: (text) => ({ patch: { sections: [text, '', '', '', ''] }, path: 'text.overview.sections.0.body' }),
  management: (text) => ({ patch: { sections: ['', '', text, '', ''] }, path: 'text.overview.sections.2.body' }),
  active: (text) => ({ patch: { active: text }, path: 'text.active' }),
  appeals: (text) => ({ patch: { appeals: text }, path: 'text.appeals' }),
  intro: (text) => ({ patch: { intro: text }, path: 'text.overview.intro' }),
  other: (text) => ({ patch: { other: text }, path: 'text.other' }),
};

/** A finding that says a figure differs from the table (a term warning whose figure agrees says nothing of the kind). */
const contradiction = (finding: Finding) =>
  finding.rule === 'narrative-count' || (finding.rule === 'narrative-outcome-term' && finding.expected !== undefined && finding.expected !== finding.actual);

export type CorpusMiss = { readonly text: string; readonly planted: string; readonly figure: string };
export type CorpusFalseAlarm = { readonly text: string; readonly planted: string; readonly message: string };

export type CorpusScore = {
  readonly sentences: number;
  readonly statedFigures: number;
  /** Runs: each sentence against its own table (every figure right) and against the table with one cell raised by 3. */
  readonly plantedContradictions: number;
  readonly found: number;
  readonly falseAlarms: readonly CorpusFalseAlarm[];
  /** False alarms on the tables where every stated figure is right. */
  readonly falseAlarmsOnCorrectFigures: number;
  readonly truePositives: number;
  readonly missed: readonly CorpusMiss[];
  readonly recall: number;
  readonly precision: number;
};

function runOne(phrase: Phrase, report: Report, planted: string, score: { found: number; planted: number; misses: CorpusMiss[]; alarms: CorpusFalseAlarm[] }) {
  const { patch, path } = placed[phrase.part](phrase.text);
  const findings = checkCounts(withText(report, patch)).filter((f) => f.cells[0] === path && contradiction(f));
  const left = [...findings];
  for (const [key, value] of phrase.states) {
    if (tableSum(report, quantities[key]) === value) continue;
    score.planted += 1;
    const hit = left.findIndex((f) => f.actual === value);
    if (hit >= 0) {
      score.found += 1;
      left.splice(hit, 1);
    } else {
      score.misses.push({ text: phrase.text, planted, figure: `${key} ${value}` });
    }
  }
  for (const finding of left) score.alarms.push({ text: phrase.text, planted, message: finding.message });
}

// Reports are built once per table (filling the totals is the slow part).
const reports = new Map<string, Report>();
function reportOf(values: Readonly<Record<string, CellValue>>): Report {
  const key = JSON.stringify(values);
  const known = reports.get(key);
  if (known) return known;
  const report = zeroReport(values);
  reports.set(key, report);
  return report;
}

/** Precision and recall of the count check over the phrase corpus. */
export function scoreCorpus(corpus: readonly Phrase[] = phrases): CorpusScore {
  const score = { found: 0, planted: 0, misses: [] as CorpusMiss[], alarms: [] as CorpusFalseAlarm[] };
  let onCorrect = 0;
  for (const phrase of corpus) {
    const table = { ...corpusTable, ...phrase.table };
    const before = score.alarms.length;
    runOne(phrase, reportOf(table), '(none)', score);
    onCorrect += score.alarms.length - before;
    for (const cell of plantedCells) {
      const raised = Math.round(((Number(table[cell] ?? 0)) + 3) * 10) / 10;
      runOne(phrase, reportOf({ ...table, [cell]: raised }), cell, score);
    }
  }
  const truePositives = score.found;
  return {
    sentences: corpus.length,
    statedFigures: corpus.reduce((sum, phrase) => sum + phrase.states.length, 0),
    plantedContradictions: score.planted,
    found: score.found,
    falseAlarms: score.alarms,
    falseAlarmsOnCorrectFigures: onCorrect,
    truePositives,
    missed: score.misses,
    recall: score.planted === 0 ? 1 : score.found / score.planted,
    precision: truePositives + score.alarms.length === 0 ? 1 : truePositives / (truePositives + score.alarms.length),
  };
}

/** The figures as lines for the console (test output, bench). */
export function corpusLines(score: CorpusScore): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `phrase corpus: ${score.sentences} sentences, ${score.statedFigures} stated figures`,
    `recall: ${score.found}/${score.plantedContradictions} planted contradictions found (${pct(score.recall)})`,
    `precision: ${score.truePositives}/${score.truePositives + score.falseAlarms.length} warnings right (${pct(score.precision)}); false alarms on correctly stated figures: ${score.falseAlarmsOnCorrectFigures}`,
  ];
}
