import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../src/import/decodeHtmlBytes.ts';
import { detectInputKind } from '../../src/import/detectInputKind.ts';
import { importReport } from '../../src/import/importReport.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { cmsPage, cmsStyles } from '../fixtures/publishedPages/cmsPages.ts';
import { pageReports, type PageReport } from '../fixtures/publishedPages/pageReports.ts';
import { pageWithFilesFolder, savedForms, savedPage } from '../fixtures/publishedPages/savedPages.ts';
import { allCells } from './readFixture.ts';

// Words of the site around the report (menus, breadcrumbs, related links, footers) that must stay out of its text.
const siteWords = /首页|当前位置|所在的位置|相关文章|相关链接|上一篇|下一篇|主办单位|网站标识码|ICP备|打印本页|关闭窗口|浏览次数|点击数|无障碍浏览|领导信箱|附件/;

async function imported(name: string, bytes: Uint8Array) {
  const detected = detectInputKind(name, bytes);
  if (!detected.ok) throw new Error(detected.error);
  const result = await importReport(detected.input);
  if (!result.ok) throw new Error(result.error);
  return result;
}

function expectSameReport(report: Report, page: PageReport): void {
  const source = page.report;
  expect(allCells(report)).toEqual(allCells(source));
  expect(report.meta).toMatchObject({
    agency: source.meta.agency, year: source.meta.year, issuedOn: source.meta.issuedOn,
    agencyKind: source.meta.agencyKind, publishedOn: page.publishedOn,
  });
  expect(report.text.preamble).toBe(source.text.preamble);
  expect(report.text.overview).toEqual(source.text.overview);
  expect(report.text.problems).toBe(source.text.problems);
  expect(report.text.other).toBe(source.text.other);
  for (const part of [report.text.preamble, report.text.active, report.text.requests, report.text.appeals, report.text.problems, report.text.other]) {
    expect(part).not.toMatch(siteWords);
  }
  const undeserved = validateReport(report).filter((f) => ['required-field', 'blank-cell', 'narrative-year'].includes(f.rule));
  expect(undeserved).toEqual([]);
}

describe('importReport: published pages as 政府网站 serve them, menus, metadata and all', () => {
  for (const page of pageReports) {
    for (const style of cmsStyles) {
      for (const form of savedForms) {
        // A framed page's article is in its frame: saved as .html it needs its _files folder (below).
        if (style === 'framed' && form.startsWith('html')) continue;
        it(`${page.report.meta.agency} ${page.report.meta.year}, ${style}, saved as ${form}: every cell, agency, year and 发布日期`, async () => {
          const saved = savedPage(page, style, form);
          const { report, notes } = await imported(saved.name, saved.bytes);
          expectSameReport(report, page);
          expect(notes.find((note) => note.paths.includes('meta.publishedOn'))?.message).toMatch(new RegExp(`^发布日期 ${page.publishedOn}，取自`));
        });
      }
    }
  }

  it('reads a page saved with its _files folder: the article from the frame saved beside it', async () => {
    for (const page of pageReports) {
      for (const charset of ['utf-8', 'gbk'] as const) {
        const saved = pageWithFilesFolder(page, charset);
        const frames = new Map(saved.files.filter((file) => file.name.endsWith('.html')).map((file) => [`${saved.folder}/${file.name}`, decodeHtmlBytes(file.bytes)]));
        const result = await importReport({ kind: 'html', data: decodeHtmlBytes(saved.html.bytes), frames });
        if (!result.ok) throw new Error(result.error);
        expectSameReport(result.report, page);
      }
    }
  });

  it('names where the date of publication was read: PubDate in any case, or the page\'s 发布日期 cell', async () => {
    const page = pageReports[0] as PageReport;
    const noteOf = async (style: (typeof cmsStyles)[number]) => {
      const saved = savedPage(page, style, 'html-utf8');
      const { notes } = await imported(saved.name, saved.bytes);
      return notes.find((note) => note.paths.includes('meta.publishedOn'))?.message;
    };
    expect(await noteOf('portal')).toBe(`发布日期 ${page.publishedOn}，取自网页元数据 PubDate（${page.publishedOn} 09:30）`);
    expect(await noteOf('tableLayout')).toBe(`发布日期 ${page.publishedOn}，取自网页元数据 PubDate（${page.publishedOn} 16:05:12）`);
    expect(await noteOf('catalogue')).toBe(`发布日期 ${page.publishedOn}，取自网页上的“发布日期：${page.publishedOn}”`);
  });

  it('keeps to the report when the page also prints an outline of its parts (plain text, not links) beside the menu', async () => {
    const page = pageReports[1] as PageReport;
    const outline = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']
      .map((heading) => `<p>${heading}</p>`).join('');
    const html = cmsPage(page, 'portal', 'utf-8').replace('<div class="main-right">', `<div class="outline"><p>本文目录</p>${outline}</div><div class="main-right">`);
    const result = await importReport({ kind: 'html', data: html });
    if (!result.ok) throw new Error(result.error);
    expectSameReport(result.report, page);
  });

  it('reads titles with the year first and a 来源 of 本网 as no agency', async () => {
    const page = pageReports[0] as PageReport;
    const { agency, year } = page.report.meta;
    const html = cmsPage(page, 'portal', 'utf-8')
      .replaceAll(`${agency}${year}年政府信息公开工作年度报告`, `${year}年度${agency}政府信息公开工作年度报告`)
      .replace(/<meta name="ContentSource" content="[^"]*">/, '<meta name="ContentSource" content="本网">');
    const result = await importReport({ kind: 'html', data: html });
    if (!result.ok) throw new Error(result.error);
    expectSameReport(result.report, page);
    expect(result.notes.some((note) => note.message.includes('本网'))).toBe(false);
  });

  it('never anchors a table or the year on a menu, even one written as plain text (规章, 行政规范性文件, 2019年 …)', async () => {
    const page = pageReports[2] as PageReport;
    // The menu's links turned into plain cells: nothing but the article region tells them from the report.
    const html = cmsPage(page, 'tableLayout', 'utf-8').replace(/<a href="\/col\/col\d+\/index.html" target="_blank" title="[^"]*">([^<]*)<\/a>/g, '$1');
    expect(html).toMatch(/<td height=26 class="menu-item">规章<\/td>/);
    const result = await importReport({ kind: 'html', data: html });
    if (!result.ok) throw new Error(result.error);
    expectSameReport(result.report, page);
  });
});
