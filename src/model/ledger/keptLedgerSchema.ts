import { z } from 'zod';

/**
 * meta.ledger (free): the ledger count applied to table 三, kept with the draft until the clerk counts again
 * or detaches it — which file, when, the counted cells and the sheet rows each counts (provenance), the lines
 * that could not be counted or need checking, the late answers, and the counted columns of those lines as the
 * ledger wrote them (to list them again). A damaged entry is dropped, never a reason to refuse the file.
 */
export const keptLedgerSchema = z.looseObject({
  fileName: z.string(),
  year: z.number(),
  countedOn: z.string(),
  lines: z.number(),
  countedLines: z.number(),
  cells: z.record(z.string(), z.number()),
  provenance: z.record(z.string(), z.array(z.number())),
  problems: z.array(z.looseObject({ row: z.number(), number: z.string(), problem: z.string(), counted: z.boolean() })),
  late: z.array(z.looseObject({ row: z.number(), message: z.string() })),
  columns: z.array(z.string()),
  rows: z.record(z.string(), z.array(z.string())),
});

export type KeptLedger = z.infer<typeof keptLedgerSchema>;
