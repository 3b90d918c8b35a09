import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/importReport.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { setCell } from '../../src/model/cellAccess.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { readFixture } from './readFixture.ts';

// The fixture's fictional transport bureau, re-signed: the text and figures stay ours, only the names change.
function published(title: string, signature: string, date = '2025年1月18日'): string {
  return readFixture('pipe-rows.txt')
    .replace('示例县交通运输局2024年政府信息公开工作年度报告', title)
    .replace(/示例县交通运输局\n2025年1月18日/, `${signature}\n${date}`);
}

async function imported(text: string): Promise<Report> {
  const result = await importReport({ kind: 'text', data: text });
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

const withRegulations = (report: Report) => setCell(report, 'tables.active.regulations.inForce', 3);
const rules = (report: Report) => validateReport(report).map((finding) => finding.rule);

describe('importing: who the agency is (GB/T 2260 names)', () => {
  it('reads a city government\'s own report (title names only the city) as a 设区的市 government that makes 规章', async () => {
    const report = await imported(published('湖州市2024年政府信息公开工作年度报告', '湖州市人民政府办公室', '2025年3月20日'));
    expect(report.meta).toMatchObject({ agencyKind: 'government', agencyLevel: 'city', canMakeRegulations: true, issuedOn: '2025-03-20' });
    expect(rules(withRegulations(report))).not.toContain('regulations-not-allowed');
    const result = await importReport({ kind: 'text', data: published('湖州市2024年政府信息公开工作年度报告', '湖州市人民政府办公室') });
    expect(result.ok && result.notes.find((note) => note.paths.includes('meta.agencyKind'))).toMatchObject({
      level: 'info',
      message: '机关按名称和标题识别为：设区的市人民政府，可制定规章；公布时限为次年3月31日；如有不同，请在基本信息中更改',
    });
    // a government's own report is due by 3月31日, so 3月20日 is not late
    expect(rules(report)).not.toContain('late-issue');
  });

  it('reads a county-level 中心 (事业单位) as other: its 规章 figures are flagged', async () => {
    const report = await imported(published('石首市水利工程服务中心2024年政府信息公开工作年度报告', '石首市水利工程服务中心'));
    expect(report.meta).toMatchObject({ agencyKind: 'other', agencyLevel: 'county' });
    expect(report.meta.canMakeRegulations).toBeUndefined();
    expect(rules(withRegulations(report))).toContain('regulations-not-allowed');
  });

  it('reads a city department as a department, due by 1月31日', async () => {
    const report = await imported(published('湖州市交通运输局2024年政府信息公开工作年度报告', '湖州市交通运输局', '2025年2月10日'));
    expect(report.meta).toMatchObject({ agencyKind: 'department', agencyLevel: 'city' });
    expect(rules(report)).toContain('late-issue');
  });

  it('reads a 县级市 government as a government that makes no 规章', async () => {
    const report = await imported(published('石首市2024年政府信息公开工作年度报告', '石首市人民政府'));
    expect(report.meta).toMatchObject({ agencyKind: 'government', agencyLevel: 'county' });
    expect(rules(withRegulations(report))).toContain('regulations-not-allowed');
  });
});
