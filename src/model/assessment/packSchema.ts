import { z } from 'zod';
import { rules as engineRules } from '../../template/reportRules.ts';

// spec/assessment-packs.md §1–§2: the pack file. Strict objects: a misspelt field is refused and named, never ignored.

export const packElements = ['six-parts', 'tables-complete', 'tables-balance', 'fee-statement', 'statistics-period', 'agency', 'issued-on'] as const;
export type PackElement = (typeof packElements)[number];

export const packVerdicts = ['错误', '未填', '提醒'] as const;
export type PackVerdict = (typeof packVerdicts)[number];

export const ruleKinds = ['finding', 'element', 'late', 'similar', 'changed', 'old-format'] as const;

const idPattern = /^[a-z0-9-]+$/;
const monthDay = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const id = z.string().regex(idPattern);
const ruleBase = {
  id,
  title: z.string().trim().min(1),
  points: z.number().min(0).finite(),
  per: z.enum(['report', 'occurrence']).optional(),
  cap: z.string().min(1).optional(),
  fix: z.string().trim().min(1).optional(),
};

const findingRule = z.strictObject({ ...ruleBase, kind: z.literal('finding'), rules: z.array(z.string().min(1)).min(1), verdicts: z.array(z.enum(packVerdicts)).min(1).optional() });
const elementRule = z.strictObject({ ...ruleBase, kind: z.literal('element'), elements: z.array(z.enum(packElements)).min(1) });
const lateRule = z.strictObject({ ...ruleBase, kind: z.literal('late') });
const similarRule = z.strictObject({
  ...ruleBase,
  kind: z.literal('similar'),
  against: z.array(z.enum(['last-year', 'other-units'])).min(1),
  over: z.number().min(0).max(1),
});
const changedRule = z.strictObject({ ...ruleBase, kind: z.literal('changed') });
const oldFormatRule = z.strictObject({ ...ruleBase, kind: z.literal('old-format') });

export const packRuleSchema = z.discriminatedUnion('kind', [findingRule, elementRule, lateRule, similarRule, changedRule, oldFormatRule]);

const deadline = z.string().regex(monthDay);

export const packSchema = z
  .strictObject({
    format: z.literal('assessment-pack'),
    version: z.literal(1),
    id,
    name: z.string().trim().min(1),
    edition: z.string().trim().min(1),
    source: z.string().trim().min(1),
    template: z.literal('2021'),
    points: z.number().min(0).finite(),
    deadlines: z.strictObject({ department: deadline.optional(), government: deadline.optional(), other: deadline.optional() }).optional(),
    caps: z.record(z.string().min(1), z.number().min(0).finite()).optional(),
    rules: z.array(packRuleSchema).min(1),
  })
  .superRefine((pack, context) => {
    const seen = new Set<string>();
    pack.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) context.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `duplicate`, params: { why: 'duplicate' } });
      seen.add(rule.id);
      if (rule.cap !== undefined && !(pack.caps && Object.hasOwn(pack.caps, rule.cap))) {
        context.addIssue({ code: 'custom', path: ['rules', index, 'cap'], message: 'unknown cap', params: { why: 'unknown-cap' } });
      }
      // A finding rule names engine rules (template/reportRules.ts): a misspelt id would never match and never deduct.
      if (rule.kind === 'finding') {
        rule.rules.forEach((id, at) => {
          if (!Object.prototype.hasOwnProperty.call(engineRules, id)) context.addIssue({ code: 'custom', path: ['rules', index, 'rules', at], message: 'unknown rule', params: { why: 'unknown-rule' } });
        });
      }
    });
  });

export type AssessmentPack = z.infer<typeof packSchema>;
export type PackRule = z.infer<typeof packRuleSchema>;
export type PackRuleKind = PackRule['kind'];
