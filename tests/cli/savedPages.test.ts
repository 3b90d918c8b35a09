import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportText } from '../../src/model/readReport.ts';
import { pageReports, type PageReport } from '../fixtures/publishedPages/pageReports.ts';
import { pageWithFilesFolder, savedPage } from '../fixtures/publishedPages/savedPages.ts';
import { allCells } from '../import/readFixture.ts';
import { runCliCaptured as run } from './runCliCaptured.ts';

const [first, second, third] = pageReports as [PageReport, PageReport, PageReport];
// Published a fortnight after the deadline (1月31日 for a department), though its 成文日期 is in time.
const published = { ...second, publishedOn: '2024-02-14' };

describe('cli on pages saved from 政府网站', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-pages-'));
  const write = (folder: string, file: { name: string; bytes: Uint8Array }) => {
    mkdirSync(folder, { recursive: true });
    const path = join(folder, file.name);
    writeFileSync(path, file.bytes);
    return path;
  };
  const mhtml = write(dir, savedPage(first, 'portal', 'mhtml-blink'));
  const withFiles = pageWithFilesFolder(third, 'gbk');
  const html = write(dir, withFiles.html);
  for (const file of withFiles.files) write(join(dir, withFiles.folder), file);

  it('import reads a .mhtml: every cell, and says 发布日期 and where it was read', async () => {
    const result = await run(['import', mhtml]);
    expect(result.code).toBe(0);
    const read = readReportText(result.out);
    if (!read.ok) throw new Error(read.error);
    expect(allCells(read.report)).toEqual(allCells(first.report));
    expect(read.report.meta).toMatchObject({ agency: first.report.meta.agency, year: 2021, publishedOn: '2022-01-26', publishedOnSource: '网页元数据 PubDate（2022-01-26 09:30）' });
    expect(result.err).toContain('说明 meta.publishedOn：发布日期 2022-01-26，取自网页元数据 PubDate（2022-01-26 09:30）');
  });

  it('import given the .html of a page saved with its _files folder reads the article from the frame there', async () => {
    const result = await run(['import', html]);
    expect(result.code).toBe(0);
    const read = readReportText(result.out);
    if (!read.ok) throw new Error(read.error);
    expect(allCells(read.report)).toEqual(allCells(third.report));
    expect(read.report.meta).toMatchObject({ agency: '临溪县人民政府', year: 2024, publishedOn: third.publishedOn });
    expect(result.err).toContain('内嵌框架已从随网页保存的文件中读取');
  });

  it('validate reads a .mht as any published report', async () => {
    const path = write(join(dir, 'validate'), savedPage(second, 'tableLayout', 'mhtml-base64-gbk'));
    const result = await run(['validate', path, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { files: { findings: { rule: string }[] }[] };
    expect(json.files[0]?.findings.filter((f) => ['blank-cell', 'required-field', 'narrative-year'].includes(f.rule))).toEqual([]);
  });

  it('refuses a hostile .mhtml with one Chinese line', async () => {
    const path = join(dir, 'hostile.mhtml');
    writeFileSync(path, `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n${'--b\r\nContent-Type: image/gif\r\n\r\nGIF\r\n'.repeat(6000)}`);
    const result = await run(['import', path]);
    expect(result).toMatchObject({ code: 2, err: expect.stringMatching(/hostile\.mhtml: 不是有效的网页单文件（\.mhtml\/\.mht）：组成部分超过 5000 个/) });
  });

  it('review of a folder of saved pages: 发布日期 per report, lateness judged by it, the _files folder not read as reports', async () => {
    const folder = join(dir, 'county');
    write(folder, savedPage(first, 'catalogue', 'html-gbk'));
    write(folder, savedPage(published, 'portal', 'mhtml-ie-qp-gb2312'));
    write(folder, withFiles.html);
    for (const file of withFiles.files) write(join(folder, withFiles.folder), file);
    const csvPath = join(dir, 'review.csv');
    const result = await run(['review', folder, '--json', '--csv', csvPath]);
    const json = JSON.parse(result.out) as { reports: Record<string, unknown>[]; unreadable: unknown[] };
    expect(json.unreadable).toEqual([]);
    expect(json.reports).toHaveLength(3);
    const row = (agency: string) => json.reports.find((r) => r.agency === agency);
    expect(row(first.report.meta.agency)).toMatchObject({ publishedOn: '2022-01-26', issuedOn: '2022-01-20', late: false, lateBasis: 'publishedOn' });
    expect(row(second.report.meta.agency)).toMatchObject({ publishedOn: '2024-02-14', issuedOn: '2024-01-25', late: true, lateBasis: 'publishedOn' });
    expect(row('临溪县人民政府')).toMatchObject({ publishedOn: '2025-03-28', late: false, lateBasis: 'publishedOn' });
    const csv = readFileSync(csvPath, 'utf8').split('\r\n');
    expect(csv[0]).toContain('成文日期,发布日期,是否逾期,逾期判断依据');
    expect(csv.find((line) => line.includes(second.report.meta.agency))).toContain('2024-01-25,2024-02-14,逾期,按发布日期');
    const text = await run(['review', folder]);
    expect(text.out).toContain('1 份逾期公布');
    expect(text.out).toMatch(/澄川市自然资源和规划局 2023年：.*逾期（发布日期 2024-02-14）/);
  });

  it('falls back to 成文日期 for a report without 发布日期, and says so', async () => {
    const folder = join(dir, 'json');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.json'), JSON.stringify({ ...first.report, meta: { ...first.report.meta, issuedOn: '2022-02-10' } }));
    const result = await run(['review', folder, '--json']);
    const json = JSON.parse(result.out) as { reports: Record<string, unknown>[] };
    expect(json.reports[0]).toMatchObject({ publishedOn: null, issuedOn: '2022-02-10', late: true, lateBasis: 'issuedOn' });
  });
});
