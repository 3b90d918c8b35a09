import { z } from 'zod';
import type { TableId } from '../template/tableTypes.ts';
import { tables } from '../template/tables.ts';
import { cellsOfTable } from './cellCatalog.ts';
import type { CellValue } from './cellValue.ts';
import { lastYearSchema } from './lastYearSchema.ts';
import { acknowledgedSchema } from './acknowledgedSchema.ts';
import { insertedSentencesSchema } from './narrative/insertedSentenceSchema.ts';
import { keptLedgerSchema } from './ledger/keptLedgerSchema.ts';

import { currentVersion, reportFormat } from './reportFormat.ts';


// A missing cell is blank; any other JSON value is kept (as text) so it can be flagged, never dropped.
const cellSchema = z.unknown().default(null).transform((value): CellValue => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
});

type Nested = Map<string, Nested | 'cell'>;

function nestedKeys(table: TableId): Nested {
  const root: Nested = new Map();
  for (const cell of cellsOfTable(table)) {
    let level = root;
    cell.keys.forEach((key, i) => {
      if (i === cell.keys.length - 1) level.set(key, 'cell');
      else {
        const next = level.get(key);
        const child = next instanceof Map ? next : new Map<string, Nested | 'cell'>();
        level.set(key, child);
        level = child;
      }
    });
  }
  return root;
}

// Derived from the template: one object per row group, one cell per value; unknown keys kept.
function objectSchema(level: Nested): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of level) shape[key] = child === 'cell' ? cellSchema : objectSchema(child).prefault({});
  return z.looseObject(shape);
}

/** A table's values: nested objects by cell path. */
export type TableValues = { [key: string]: CellValue | TableValues };

const tablesSchema = z.looseObject(
  Object.fromEntries(tables.map((table) => [table.id, objectSchema(nestedKeys(table.id)).prefault({})])),
) as unknown as z.ZodType<Record<TableId, TableValues>>;

export const agencyKindSchema = z.enum(['department', 'government', 'other']);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const metaSchema = z.looseObject({
  agency: z.string(),
  year: z.number().int().min(2000).max(2100),
  issuedOn: z.string().regex(isoDate, '成文日期应为 YYYY-MM-DD 格式').nullable().optional(),
  agencyKind: agencyKindSchema.optional(),
  /** The planned or actual date of publication (ISO date): what the assessment of lateness reads before 成文日期. */
  publishedOn: z.string().regex(isoDate, '发布日期应为 YYYY-MM-DD 格式').optional(),
  /** Free: where the importer read meta.publishedOn (网页元数据 PubDate …); dropped when the clerk changes the date. */
  publishedOnSource: z.string().optional().catch(undefined),
  /** Free: the administrative level recognised from the agency's name and title (GB/T 2260), see recognizeAgency. */
  // Free fields written by the recogniser: a value this version does not know is dropped, never a reason to refuse the file.
  agencyLevel: z.enum(['national', 'province', 'city', 'county', 'township']).optional().catch(undefined),
  /** Free: the 成文日期 as the published report wrote it (2024年元月6日), kept for date-format. */
  issuedOnText: z.string().optional().catch(undefined),
  /** Free fields (spec §1): contact and publishing details. */
  contact: z.string().optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
  website: z.string().optional(),
  /** Whether this body may make 规章 (国务院部门, 省/设区的市/自治州政府). */
  canMakeRegulations: z.boolean().optional(),
  /** Overrides the legal deadline for publishing (ISO date), e.g. a 乡镇 with a local deadline. */
  deadline: z.string().regex(isoDate).optional(),
  /** Word fonts: the official _GB2312 fonts, or the ones every Windows has. */
  fontProfile: z.enum(['gb2312', 'windows']).optional(),
  /** Last year's figures and text, kept when a draft is built on last year's report (cross-year checks). */
  lastYear: lastYearSchema.optional(),
  /** Warnings marked 已核实, with the reason (src/model/acknowledgement.ts). */
  acknowledged: acknowledgedSchema.optional(),
  /** Free: sentences the product inserted from the tables (src/model/narrative/insertedSentences.ts); a damaged list is dropped, never a reason to refuse the file. */
  insertedSentences: insertedSentencesSchema.optional().catch(undefined),
  /** Free: the ledger count applied to table 三, with its problems and provenance (src/model/ledger/keepLedger.ts). */
  ledger: keptLedgerSchema.optional().catch(undefined),
});

export const subsectionSchema = z.looseObject({
  heading: z.string().default(''),
  body: z.string().default(''),
});

export const textSchema = z.looseObject({
  /** Optional opening paragraph(s) before 一. */
  preamble: z.string().default(''),
  overview: z
    .looseObject({ intro: z.string().default(''), sections: z.array(subsectionSchema).default([]) })
    .prefault({}),
  /** Optional short paragraphs before the tables of 二、三、四. */
  active: z.string().default(''),
  requests: z.string().default(''),
  appeals: z.string().default(''),
  problems: z.string().default(''),
  other: z.string().default(''),
});

export const reportSchema = z.looseObject({
  format: z.literal(reportFormat),
  version: z.literal(currentVersion),
  template: z.literal('2021'),
  meta: metaSchema,
  text: textSchema.prefault({}),
  tables: tablesSchema,
});

export type Report = z.infer<typeof reportSchema>;
export type ReportMeta = z.infer<typeof metaSchema>;
export type ReportText = z.infer<typeof textSchema>;
export type Subsection = z.infer<typeof subsectionSchema>;
export type AgencyKindValue = z.infer<typeof agencyKindSchema>;
