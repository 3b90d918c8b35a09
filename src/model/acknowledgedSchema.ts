import { z } from 'zod';

/**
 * meta.acknowledged: warnings the clerk checked and kept (已核实), each with a short reason.
 * `rule`, `cells`, `reason`, `on` as documented; `values` (the fingerprints of `cells` when acknowledged)
 * and `figures` (the numbers its message named) let the warning come back when what it is about changes.
 */
export const acknowledgementSchema = z.looseObject({
  rule: z.string(),
  cells: z.array(z.string()),
  reason: z.string(),
  on: z.string(),
  values: z.array(z.string()).optional(),
  figures: z.string().optional(),
});

export const acknowledgedSchema = z.array(acknowledgementSchema);
