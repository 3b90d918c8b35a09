// @vitest-environment jsdom
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { setCell } from '../../src/model/cellAccess.ts';
import { emptyReport } from '../../src/model/emptyReport.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { renderCmsHtml } from '../../src/render/html/renderCmsHtml.ts';
import { renderHtml } from '../../src/render/html/renderHtml.ts';
import { sections } from '../../src/template/sections.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { htmlTableGrid } from './htmlTableGrid.ts';
import { cmsConfig, pageConfig } from './htmlValidateConfig.ts';
import { byPosition, distinctReport, expectedCells, officialGrids, officialLabels, tableIds } from './renderFixtures.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const forms = { page: renderHtml, cms: renderCmsHtml } as const;

async function validationErrors(html: string, config: typeof pageConfig): Promise<string[]> {
  const report = await new HtmlValidate(new StaticConfigLoader(config)).validateString(html, 'report.html');
  return report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
}

describe('renderHtml', () => {
  it('passes html-validate (recommended rules) with zero errors', async () => {
    expect(await validationErrors(renderHtml(fullReport), pageConfig)).toEqual([]);
    expect(await validationErrors(renderHtml(emptyReport({ year: 2025, agency: '某某县某某局' })), pageConfig)).toEqual([]);
    const bare = emptyReport({ year: 2025, agency: '' });
    const nothingWritten: Report = { ...bare, text: { ...bare.text, overview: { intro: '', sections: [] } } };
    expect(await validationErrors(renderHtml(nothingWritten), pageConfig)).toEqual([]);
    expect(await validationErrors(renderCmsHtml(nothingWritten), cmsConfig)).toEqual([]);
  });

  it('is one self-contained file: zh-CN, inline style sheet, no script and no external resource', () => {
    const html = renderHtml(fullReport);
    const doc = parse(html);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed, base')).toHaveLength(0);
    expect(doc.querySelectorAll('[src], [href], [srcset]')).toHaveLength(0);
    expect(html).not.toMatch(/url\(|@import|https?:|\/\//i);
    expect(doc.querySelector('meta[name="viewport"]')).not.toBeNull();
  });

  it('has an A4 print style sheet with GB/T 9704 margins', () => {
    const css = parse(renderHtml(fullReport)).querySelector('style')?.textContent ?? '';
    expect(css).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(css).toContain('@media print');
    expect(css).toContain('display: table-header-group');
  });

  it('prints the title, the opening paragraphs, the six headings in order and the numbered sub-headings', () => {
    const doc = parse(renderHtml(fullReport));
    expect(doc.title).toBe('示例市生态环境局2025年政府信息公开工作年度报告');
    expect(doc.querySelector('h1')?.textContent).toBe('示例市生态环境局2025年政府信息公开工作年度报告');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(sections.map((s) => s.heading));
    expect([...doc.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      '（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障',
    ]);
    const paragraphs = [...doc.querySelectorAll('article > p')].map((p) => p.textContent);
    expect(paragraphs[0]).toMatch(/^本报告依据《中华人民共和国政府信息公开条例》/);
    expect(paragraphs).toContain('本年主动公开政府信息情况见下表。');
  });

  it('ends with the agency and the 成文日期 in Arabic numerals', () => {
    const doc = parse(renderHtml(fullReport));
    const lines = [...doc.querySelectorAll('article > div:last-child > p')].map((p) => p.textContent);
    expect(lines).toEqual(['示例市生态环境局', '2026年1月20日']);
  });

  for (const [name, render] of Object.entries(forms)) {
    for (const id of tableIds) {
      it(`${name}: table ${id} reads back as the official layout, cell for cell, each figure in its cell`, () => {
        const doc = parse(render(distinctReport));
        const table = [...doc.querySelectorAll('table')][tableIds.indexOf(id)];
        expect(table).toBeDefined();
        expect(byPosition(htmlTableGrid(table as HTMLTableElement))).toEqual(byPosition(expectedCells(id, true)));
      });

      it(`${name}: table ${id} is labelled by its part's heading`, () => {
        const doc = parse(render(fullReport));
        const table = [...doc.querySelectorAll('table')][tableIds.indexOf(id)];
        const heading = doc.getElementById(table?.getAttribute('aria-labelledby') ?? '');
        expect(heading?.tagName).toBe('H2');
        expect(heading?.textContent).toBe(officialGrids[id].section);
      });
    }

    it(`${name}: repeats the header rows of tables 三 and 四 as <thead> and gives every <th> a scope`, () => {
      const doc = parse(render(fullReport));
      const tablesInDoc = [...doc.querySelectorAll('table')];
      expect(tablesInDoc.map((t) => t.tHead?.rows.length ?? 0)).toEqual([0, 3, 3]);
      expect([...doc.querySelectorAll('th:not([scope])')]).toEqual([]);
    });

    it(`${name}: contains every label of the official layout verbatim`, () => {
      const text = parse(render(fullReport)).body.textContent ?? '';
      for (const label of officialLabels) expect(text).toContain(label);
    });
  }

  it('prints a blank cell as 0, never blank, and a fee with its decimals', () => {
    const report = setCell(setCell(emptyReport({ year: 2025, agency: '某某县某某局' }), 'tables.active.fees.amount', 1.25), 'tables.requests.received.natural', null);
    const doc = parse(renderHtml(report));
    const values = [...doc.querySelectorAll('td')].filter((td) => !td.closest('thead')).map((td) => td.textContent);
    expect(values).toHaveLength(200);
    expect(values.filter((v) => v === '')).toEqual([]);
    expect(values).toContain('1.25');
    expect(values.filter((v) => v === '0')).toHaveLength(199);
  });

  it('prints a cell holding invalid text as typed, for the clerk to see and fix', () => {
    const report = setCell(fullReport, 'tables.requests.received.natural', '五十四');
    const doc = parse(renderHtml(report));
    expect([...doc.querySelectorAll('td')].map((td) => td.textContent)).toContain('五十四');
  });

  it('shows no hand-writing placeholder 年　　月　　日 when no 成文日期 is set (that is for the printed Word copy)', () => {
    const report: Report = { ...fullReport, meta: { ...fullReport.meta, issuedOn: null } };
    for (const html of [renderHtml(report), renderCmsHtml(report)]) {
      const doc = parse(html);
      expect(doc.body.textContent).not.toContain('年　　月　　日');
      expect(doc.querySelector('article > div:last-child > p:last-child')?.textContent).toBe('示例市生态环境局');
    }
    expect(parse(renderHtml(fullReport)).querySelector('article > div:last-child > p:last-child')?.textContent).toBe('2026年1月20日');
  });
});

describe('renderCmsHtml', () => {
  it('passes html-validate with zero errors (inline styles allowed: see htmlValidateConfig)', async () => {
    expect(await validationErrors(renderCmsHtml(fullReport), cmsConfig)).toEqual([]);
  });

  it('is only the report body, styled inline: no document shell, no <style>, no class', () => {
    const html = renderCmsHtml(fullReport);
    expect(html.trimStart()).toMatch(/^<article style="/);
    expect(html).not.toMatch(/<(!doctype|html|head|body|style|script|link|meta|title)\b/i);
    expect(html).not.toMatch(/\sclass=/);
    const doc = parse(html);
    expect(doc.querySelectorAll('[style]').length).toBeGreaterThan(300);
    expect(doc.querySelector('h1')?.getAttribute('style')).toContain('text-align:center');
    expect(doc.querySelector('td')?.getAttribute('style')).toContain('border:1px solid #000');
  });

  it('says the same text as the page', () => {
    const page = parse(renderHtml(fullReport)).querySelector('article')?.textContent;
    const cms = parse(renderCmsHtml(fullReport)).querySelector('article')?.textContent;
    expect(cms).toBe(page);
  });
});
