import type { Evidence } from '../../model/assessment/assessmentResult.ts';
import type { Finding } from '../../model/finding.ts';
import type { Review, ReviewedReport, YearAggregate } from '../../model/review/reviewReports.ts';
import { tableLayout } from '../../model/tableLayout.ts';
import { tables } from '../../template/tables.ts';
import { escapeHtml } from '../escapeHtml.ts';
import type { HtmlStyler } from '../html/htmlStyler.ts';
import { columnClass, columnCss } from '../html/htmlStyler.ts';
import { columnShares } from '../columnShares.ts';
import { htmlDocument } from '../html/htmlDocument.ts';
import { tableHtml } from '../html/tableHtml.ts';
import { xmlSafeText } from '../xmlSafeReport.ts';
import { ruleTitle } from '../../model/ruleTitles.ts';
import { columnsFor } from './reviewColumns.ts';
import { reviewScript } from './reviewScript.ts';
import { reviewStyleSheet } from './reviewStyles.ts';

const severityNames = { error: '错误', warning: '提醒' } as const;

const officialStyler: HtmlStyler = {
  element: (name) => ` class="r-${name}"`,
  table: () => ' class="official"',
  column: (table, index) => ` class="${columnClass(table, index)}"`,
};

const columnRules = tables.flatMap((table) => columnShares[table.id].map((_, i) => `.${columnClass(table.id, i)} { ${columnCss(table.id, i)}; }`)).join('\n');

const reportId = (index: number) => `report-${index + 1}`;

function findingItem(finding: Finding): string {
  const suspect = (finding as { suspect?: { cell?: unknown; value?: unknown } }).suspect;
  const suspectText = suspect && typeof suspect.cell === 'string'
    ? `（疑似错格：<span class="cell">${escapeHtml(suspect.cell)}</span>，应为 ${escapeHtml(String(suspect.value))}）` : '';
  return `<li><span class="${finding.severity}">${severityNames[finding.severity]}</span> <span class="rule" title="${escapeHtml(finding.rule)}">${escapeHtml(ruleTitle(finding.rule))}</span>：${escapeHtml(finding.message)}${suspectText} <span class="cell">${escapeHtml(finding.cells[0] ?? '')}</span></li>`;
}

function summaryHtml(review: Review): string {
  const s = review.summary;
  const item = (label: string, value: number) => `<li>${label}<br><strong>${value}</strong></li>`;
  return `<ul class="summary">${[
    item('读取的报告', s.reports), item('无法读取的文件', s.unreadable), item('有错误的报告', s.withErrors),
    item('有提醒的报告', s.withWarnings), item('逾期公布', s.late), item('找到上年报告', s.withLastYear),
    item('与上年重复率超过50%', s.repeatOver50), item('疑似错格', s.suspects),
  ].join('')}</ul>`;
}

function reviewTableHtml(review: Review): string {
  const reviewColumns = columnsFor(review.reviewed.map((r) => r.row));
  // Columns that do not fit 1366 px are shown on demand (a checkbox before the table; works without script).
  const classOf = (column: (typeof reviewColumns)[number], numeric = false) => {
    const names = [numeric ? 'number' : '', column.main ? '' : 'more', column.nowrap ? 'nowrap' : ''].filter(Boolean);
    return names.length > 0 ? ` class="${names.join(' ')}"` : '';
  };
  const head = reviewColumns.map((column, i) => `<th scope="col" data-column="${i}"${classOf(column)}><button type="button">${escapeHtml(column.label)}</button></th>`).join('');
  const rows = review.reviewed.map(({ row }, index) => {
    const cells = reviewColumns.map((column) => {
      const sort = column.sortValue(row);
      const text = escapeHtml((column.display ?? column.text)(row));
      const hint = column.hint?.(row);
      const content = column.id === 'agency' ? `<a href="#${reportId(index)}">${text}</a>` : column.clip ? `<span class="clip">${text}</span>` : text;
      return `<td${classOf(column, typeof sort === 'number')}${hint ? ` title="${escapeHtml(hint)}"` : ''} data-sort="${escapeHtml(sort === null ? '' : String(sort))}">${content}</td>`;
    }).join('');
    return `<tr${row.errors > 0 ? ' class="has-errors"' : ''} data-errors="${row.errors}">${cells}</tr>`;
  }).join('\n');
  return `<input type="checkbox" id="more-columns" class="more-toggle"><label for="more-columns">显示全部列（层级、类型、成文日期、跨年度问题、公开率等指标）</label><div class="wide"><table class="review" id="review-table"><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

function detailHtml(entry: ReviewedReport, index: number): string {
  const { row, findings } = entry;
  const title = `${row.agency || '（未写明机关）'} ${row.year}年`;
  const list = findings.length === 0 ? '<p>没有发现问题。</p>' : `<ul class="findings">${findings.map(findingItem).join('')}</ul>`;
  return `<section class="report-detail" id="${reportId(index)}"><h3>${escapeHtml(title)}</h3><p class="cell">${escapeHtml(row.file)}${row.lastYear ? `　上年报告：${escapeHtml(row.lastYear)}` : ''}</p>${assessmentHtml(row)}${list}</section>`;
}

function assessmentHtml(row: ReviewedReport['row']): string {
  const result = row.assessment;
  if (!result) return '';
  const evidence = (e: Evidence) => [e.quote, e.file ? `（${e.file}${e.share !== undefined ? `，重复 ${Math.round(e.share * 100)}%` : ''}）` : '', e.cell ?? e.part ? ` <span class="cell">${escapeHtml(e.cell ?? e.part ?? '')}</span>` : '']
    .map((part, i) => (i < 2 ? escapeHtml(part ?? '') : part)).join('');
  const items = result.deductions.map((d) => `<li><span class="rule" title="${escapeHtml(d.rule)}">${escapeHtml(d.title)}</span> −${d.points}<ul>${d.evidence.slice(0, 5).map((e) => `<li>${evidence(e)}</li>`).join('')}</ul>怎么改：${escapeHtml(d.fix)}</li>`).join('');
  const skipped = result.notAssessed.map((n) => `<li>未评估 <span title="${escapeHtml(n.rule)}">${escapeHtml(n.rule)}</span>：${escapeHtml(n.why)}</li>`).join('');
  return `<p><strong>得分 ${result.score} / ${result.points}</strong>（${escapeHtml(result.pack)} ${escapeHtml(result.edition)}）</p><ul class="deductions">${items}${skipped}</ul>`;
}

function aggregateHtml(aggregate: YearAggregate): string {
  const grids = tables.map((table) => tableHtml(tableLayout(table), aggregate.report, officialStyler, `aggregate-${aggregate.year}`)).join('\n');
  const findings = aggregate.findings.length === 0 ? '<p>汇总表的各项合计均平衡。</p>' : `<ul class="findings">${aggregate.findings.map(findingItem).join('')}</ul>`;
  const missing = Object.keys(aggregate.missing).length;
  const note = missing > 0 ? `<p>有 ${missing} 个单元格在部分报告中空白或无效，未计入汇总。</p>` : '';
  return `<section><h3 id="aggregate-${aggregate.year}">${aggregate.year}年度汇总（${aggregate.reports} 份报告）</h3>${note}${findings}${grids}</section>`;
}

/** The review as one self-contained page: no request elsewhere, sortable and filterable, prints on A4 landscape. */
export function renderReviewHtml(review: Review, title = '政府信息公开工作年度报告审查结果'): string {
  const unreadable = review.unreadable.length === 0 ? ''
    : `<h2>无法读取的文件</h2><ul class="unreadable">${review.unreadable.map((u) => `<li>${escapeHtml(u.file)}：${escapeHtml(u.error)}</li>`).join('')}</ul>`;
  // Text from the reports goes through escapeHtml; characters XML forbids (NUL, U+FFFE) are dropped too.
  return xmlSafeText(htmlDocument({
    title,
    policy: "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
    css: `${reviewStyleSheet}\n${columnRules}`,
    body: [
      '<main>',
      `<h1>${escapeHtml(title)}</h1>`,
      summaryHtml(review),
      unreadable,
      '<h2>逐份报告（问题多的在前）</h2>',
      '<div class="filters"><label>筛选 <input type="search" id="review-filter" placeholder="机关名称、年度、规则"></label> <label><input type="checkbox" id="review-errors-only"> 只看有错误的报告</label></div>',
      reviewTableHtml(review),
      '<h2>各报告的问题</h2>',
      review.reviewed.map(detailHtml).join('\n'),
      '<h2>汇总</h2>',
      review.aggregates.map(aggregateHtml).join('\n'),
      '</main>',
    ].join('\n'),
    script: reviewScript,
  }));
}
