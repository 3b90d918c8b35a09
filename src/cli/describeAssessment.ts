import type { AssessmentResult } from '../model/assessment/assessmentResult.ts';

const evidenceText = (e: { cell?: string; part?: string; quote?: string; file?: string; share?: number }) =>
  [e.file, e.share !== undefined ? `重复 ${Math.round(e.share * 100)}%` : undefined, e.quote, e.cell ?? e.part].filter((x) => x !== undefined && x !== '').join('  ');

/** The assessment in readable lines: the score, each deduction with its evidence and what to do, what was not assessed. */
export function describeAssessment(result: AssessmentResult): string[] {
  return [
    `  评估（${result.pack} ${result.edition}）：${result.score} / ${result.points} 分${result.deductions.length === 0 ? '，没有扣分' : ''}`,
    ...result.deductions.flatMap((d) => [
      `    −${d.points} ${d.title} [${d.rule}]`,
      ...d.evidence.slice(0, 3).map((e) => `      ${evidenceText(e)}`),
      ...(d.evidence.length > 3 ? [`      …另有 ${d.evidence.length - 3} 处`] : []),
      `      → ${d.fix}`,
    ]),
    ...result.notAssessed.map((n) => `    未评估 ${n.rule}：${n.why}`),
  ];
}
