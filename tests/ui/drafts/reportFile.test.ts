import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import { readReportFile, reportFileName, reportJson } from '../../../src/ui/drafts/reportFile.ts';

const fileOf = (text: string, name = 'report.json') => new File([text], name, { type: 'application/json' });

describe('report files', () => {
  it('names the file after agency and year, without characters Windows refuses', () => {
    expect(reportFileName(emptyReport({ year: 2025, agency: '某某县/某某局' }))).toBe('某某县_某某局2025年政府信息公开工作年度报告.json');
    expect(reportFileName(emptyReport({ year: 2025, agency: ' ' }))).toBe('未命名机关2025年政府信息公开工作年度报告.json');
  });

  it('opens a saved report, keeping keys it does not know through a save', async () => {
    const report = { ...emptyReport({ year: 2025, agency: '某某县某某局' }), reviewer: { note: '已核' } };
    const opened = await readReportFile(fileOf(reportJson(report)));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(JSON.parse(reportJson(opened.report)).reviewer).toEqual({ note: '已核' });
  });

  it('refuses broken JSON with a Chinese message naming the file', async () => {
    const opened = await readReportFile(fileOf('{"format": ', '坏文件.json'));
    expect(opened).toEqual({ ok: false, error: expect.stringContaining('坏文件.json') });
    if (!opened.ok) expect(opened.error).toMatch(/不是有效的 JSON 文件.*当前草稿没有任何改动/);
  });

  it('refuses a JSON file that is not a report', async () => {
    const opened = await readReportFile(fileOf('{"hello": 1}'));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toContain('不是年度报告文件');
  });
});
