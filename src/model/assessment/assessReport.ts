import type { Finding } from '../finding.ts';
import type { Report } from '../reportSchema.ts';
import { validateReport } from '../validateReport.ts';
import { verdictOf, verdictWord } from '../verdict.ts';
import type { AssessmentContext, AssessmentResult, Deduction, Evidence, NotAssessed } from './assessmentResult.ts';
import { elementFixes, kindFixes } from './defaultFixes.ts';
import { missingElement } from './missingElements.ts';
import type { AssessmentPack, PackRule } from './packSchema.ts';
import { describeLateness, publicationLateness } from '../publicationLateness.ts';
import { packDeadlines } from './packDeadlines.ts';

type Outcome =
  | { readonly status: 'pass' }
  | { readonly status: 'deduct'; readonly occurrences: number; readonly evidence: readonly Evidence[]; readonly fix?: string }
  | { readonly status: 'not-assessed'; readonly why: string };

const pass: Outcome = { status: 'pass' };
const quoteLength = 80;
const shortQuote = (text: string) => (text.length > quoteLength ? `${text.slice(0, quoteLength)}…` : text);
const round = (value: number) => Math.round(value * 100) / 100;

function findingEvidence(finding: Finding): Evidence {
  const where = finding.cells[0] ?? '';
  const place = where.startsWith('text.') ? { part: where } : { cell: where };
  return { ...place, quote: finding.message, verdict: verdictWord[verdictOf(finding)], engineRule: finding.rule };
}

function evaluate(rule: PackRule, report: Report, pack: AssessmentPack, context: AssessmentContext, findings: () => readonly Finding[]): Outcome {
  switch (rule.kind) {
    case 'finding': {
      const wanted = new Set(rule.rules);
      const verdicts = new Set<string>(rule.verdicts ?? ['错误', '未填', '提醒']);
      const hits = findings().filter((f) => wanted.has(f.rule) && verdictOf(f) !== 'acknowledged' && verdicts.has(verdictWord[verdictOf(f)]));
      return hits.length === 0 ? pass : { status: 'deduct', occurrences: hits.length, evidence: hits.map(findingEvidence) };
    }
    case 'element': {
      const missing = rule.elements.flatMap((element) => {
        const evidence = missingElement(element, report, element === 'tables-balance' ? findings() : undefined);
        return evidence.length === 0 ? [] : [{ element, evidence }];
      });
      if (missing.length === 0) return pass;
      const fix = missing.map((m) => elementFixes[m.element]).join('；');
      return { status: 'deduct', occurrences: missing.length, evidence: missing.flatMap((m) => m.evidence.map((e) => ({ ...e, element: m.element }))), fix };
    }
    case 'late': {
      const lateness = publicationLateness(report, packDeadlines(pack));
      if (lateness.late === null) return { status: 'not-assessed', why: describeLateness(lateness) };
      if (!lateness.late) return pass;
      const cell = lateness.dateSource === 'publishedOn' ? 'meta.publishedOn' : 'meta.issuedOn';
      return { status: 'deduct', occurrences: 1, evidence: [{ cell, quote: describeLateness(lateness), date: lateness.date, deadline: lateness.deadline }] };
    }
    case 'similar': {
      const evidence: Evidence[] = [];
      const unknown: string[] = [];
      if (rule.against.includes('last-year')) {
        if (!context.lastYear) unknown.push('没有同一机关上一年度的报告');
        else if (context.lastYear.share > rule.over) evidence.push(similarEvidence(context.lastYear, '上一年度报告'));
      }
      if (rule.against.includes('other-units')) {
        if (!context.otherUnits) unknown.push(context.otherUnitsWhy ?? '没有其他单位的报告可比较');
        else context.otherUnits.filter((unit) => unit.share > rule.over).forEach((unit) => evidence.push(similarEvidence(unit, unit.agency || '其他单位')));
      }
      if (evidence.length > 0) return { status: 'deduct', occurrences: evidence.length, evidence };
      return unknown.length === rule.against.length ? { status: 'not-assessed', why: unknown.join('；') } : pass;
    }
    case 'changed': {
      if (!context.copies || context.copies.length === 0) return { status: 'not-assessed', why: '没有同一报告的另一份副本（如签发的定稿和网站上发布的网页）可比较' };
      const differing = context.copies.filter((copy) => copy.differs);
      if (differing.length === 0) return pass;
      return { status: 'deduct', occurrences: differing.length, evidence: differing.flatMap((copy) => copy.where.length === 0 ? [{ file: copy.file }] : copy.where.map((w) => ({ ...w, file: copy.file }))) };
    }
    case 'old-format':
      return context.oldFormat ? { status: 'deduct', occurrences: 1, evidence: [{ quote: '统计表为2019年试行格式（国办公开办函〔2019〕60号）' }] } : pass;
  }
}

function similarEvidence(source: { file: string; share: number; passages: readonly { quote: string }[] }, whose: string): Evidence {
  return {
    file: source.file,
    share: Math.round(source.share * 1000) / 1000,
    quote: shortQuote(source.passages[0]?.quote ?? ''),
    against: whose,
    passages: source.passages.slice(0, 3).map((p) => shortQuote(p.quote)),
  };
}

/**
 * One pack on one report (spec §3): the score is `points` minus the deductions, each cap group's deductions
 * cut to its cap, never below 0. Rules that need what the context lacks are listed in notAssessed.
 */
export function assessReport(report: Report, pack: AssessmentPack, context: AssessmentContext = {}): AssessmentResult {
  const given = context.findings;
  let cached: readonly Finding[] | undefined = typeof given === 'function' ? undefined : given;
  const findings = () => (cached ??= typeof given === 'function' ? given() : validateReport(report, { stage: 'final' }));
  const deductions: Deduction[] = [];
  const notAssessed: NotAssessed[] = [];
  const taken = new Map<string, number>();
  for (const rule of pack.rules) {
    const outcome = evaluate(rule, report, pack, context, findings);
    if (outcome.status === 'not-assessed') notAssessed.push({ rule: rule.id, why: outcome.why });
    if (outcome.status !== 'deduct') continue;
    let points = rule.points * ((rule.per ?? 'report') === 'occurrence' ? outcome.occurrences : 1);
    if (rule.cap !== undefined) {
      const cap = pack.caps?.[rule.cap] ?? Infinity;
      const before = taken.get(rule.cap) ?? 0;
      points = Math.max(0, Math.min(points, cap - before));
      taken.set(rule.cap, before + points);
    }
    deductions.push({ rule: rule.id, title: rule.title, points: round(points), evidence: outcome.evidence, fix: rule.fix ?? outcome.fix ?? kindFixes[rule.kind] });
  }
  const lost = deductions.reduce((sum, d) => sum + d.points, 0);
  return { pack: pack.id, edition: pack.edition, points: pack.points, score: round(Math.max(0, pack.points - lost)), deductions, notAssessed };
}
