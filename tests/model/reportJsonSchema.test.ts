import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema, reportJsonSchemaText } from '../../src/model/reportJsonSchema.ts';
import { fullReport } from '../fixtures/fullReport.ts';

const publicFile = join(import.meta.dirname, '..', '..', 'public', 'report.schema.json');

type Schema = { properties: Record<string, Schema>; required?: string[]; type?: string; const?: unknown; items?: Schema };

describe('public/report.schema.json', () => {
  it('is what the zod schema generates now (run `npm run schema` after changing src/model/reportSchema.ts)', () => {
    expect(readFileSync(publicFile, 'utf8')).toBe(reportJsonSchemaText());
  });

  it('describes the documented shape: fixed format, required fields, cells, acknowledgements', () => {
    const schema = reportJsonSchema() as unknown as Schema;
    expect(schema.properties.format?.const).toBe('gov-info-annual-report');
    expect(schema.properties.version?.const).toBe(1);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'template', 'meta', 'tables']));
    const meta = schema.properties.meta as Schema;
    expect(meta.required).toEqual(expect.arrayContaining(['agency', 'year']));
    const acknowledged = meta.properties.acknowledged?.items as Schema;
    expect(acknowledged.required).toEqual(['rule', 'cells', 'reason', 'on']);
    const requests = (schema.properties.tables as Schema).properties.requests as Schema;
    expect(Object.keys(requests.properties)).toContain('carriedForward');
    expect(Object.keys((requests.properties.declined as Schema).properties)).toContain('stateSecret');
    // A full report's keys are all described.
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(fullReport)));
  });
});
