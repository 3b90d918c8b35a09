import { setCell } from '../model/cellAccess.ts';
import { formatChineseDate } from '../model/dates.ts';
import { currentVersion, reportFormat } from '../model/reportFormat.ts';
import { reportSchema, type Report } from '../model/reportSchema.ts';
import { cellStream } from './cellStream.ts';
import { detectAgency } from './detectAgencyKind.ts';
import { oldFormatLabels } from './detectOldFormat.ts';
import type { ImportNote } from './importNote.ts';
import { maxCells, tooManyCellsMessage } from './importLimits.ts';
import { matchTable } from './matchTables.ts';
import type { PageFacts } from './pageFacts.ts';
import type { RawDocument } from './rawDocument.ts';
import { readNarrative, type Narrative } from './readNarrative.ts';
import { splitOverview } from './splitOverview.ts';
import { tableSpecs } from './tableSpecs.ts';

export type DocumentResult = { ok: true; report: Report; notes: ImportNote[] } | { ok: false; error: string };

const periodPattern = /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:至|到|—|-|－|~)\s*\1\s*年\s*12\s*月\s*31\s*日/;

function readYear(narrative: Narrative, page: PageFacts, notes: ImportNote[]): number | undefined {
  if (narrative.title) {
    if (page.title && page.title.year !== narrative.title.year) {
      notes.push({ level: 'warning', paths: ['meta.year'], message: `标题写的是${narrative.title.year}年，${page.title.from}却是${page.title.year}年；报告年度按标题，请核对` });
    }
    return narrative.title.year;
  }
  if (page.title) {
    notes.push({ level: 'info', paths: ['meta.year'], message: `正文中没有标题，报告年度取自${page.title.from}：${page.title.year}年` });
    return page.title.year;
  }
  const text = [...narrative.preamble, ...narrative.parts.overview].join('\n');
  const period = periodPattern.exec(text);
  if (period) return Number(period[1]);
  const mention = /((?:19|20)\d{2})\s*年/.exec(text);
  if (mention) {
    notes.push({ level: 'warning', paths: ['meta.year'], message: `没有找到标题，报告年度按正文中最先出现的“${mention[1] ?? ''}年”推定，请核对` });
    return Number(mention[1]);
  }
  if (narrative.issuedOn) {
    const year = Number(narrative.issuedOn.iso.slice(0, 4)) - 1;
    notes.push({ level: 'warning', paths: ['meta.year'], message: `没有找到标题，报告年度按成文日期推定为 ${year} 年，请核对` });
    return year;
  }
  return undefined;
}

const compact = (name: string) => name.replace(/\s+/g, '');

/** ContentSource names the same body as the title when one name holds the other (某某县交通运输局 / 县交通运输局). */
function checkSource(agency: string, page: PageFacts, notes: ImportNote[]): void {
  const source = page.contentSource;
  if (!source || agency === '') return;
  const [a, b] = [compact(agency), compact(source.name)];
  if (a.includes(b) || b.includes(a)) return;
  notes.push({ level: 'info', paths: ['meta.agency'], message: `${source.from}为“${source.name}”，与标题中的机关“${agency}”不同（可能是代为发布的单位）；机关名称按标题` });
}

function readAgency(narrative: Narrative, page: PageFacts, notes: ImportNote[]): string {
  if (narrative.title && narrative.title.agency !== '') {
    checkSource(narrative.title.agency, page, notes);
    return narrative.title.agency;
  }
  if (page.title && page.title.agency !== '') {
    notes.push({ level: 'info', paths: ['meta.agency'], message: `机关名称取自${page.title.from}“${page.title.agency}”` });
    checkSource(page.title.agency, page, notes);
    return page.title.agency;
  }
  if (narrative.signature !== undefined) {
    notes.push({ level: 'info', paths: ['meta.agency'], message: `机关名称取自文末署名“${narrative.signature}”` });
    return narrative.signature;
  }
  if (page.contentSource) {
    notes.push({ level: 'warning', paths: ['meta.agency'], message: `没有找到标题和署名，机关名称取自${page.contentSource.from}“${page.contentSource.name}”，请核对` });
    return page.contentSource.name;
  }
  if (narrative.source !== undefined) {
    notes.push({ level: 'warning', paths: ['meta.agency'], message: `没有找到标题和署名，机关名称取自网页的“来源：${narrative.source}”，请核对` });
    return narrative.source;
  }
  notes.push({ level: 'warning', paths: ['meta.agency'], message: '没有找到机关名称（标题或文末署名），请在基本信息中填写' });
  return '';
}

// The 成文日期 as written, kept beside the parsed one when it is not written the standard way (date-format).
function writtenDateOf(narrative: Narrative): { issuedOnText?: string } {
  const date = narrative.issuedOn;
  if (!date) return {};
  const written = date.written.normalize('NFKC').replace(/\s+/g, '');
  return written === formatChineseDate(date.iso) ? {} : { issuedOnText: date.written.trim() };
}

/** How the refusal of a 2019 trial-format report begins (review recognises such files by it). */
export const oldFormatRefusal = '这份报告使用的是2019年试行格式';

/** The date of publication a page gives, when it can be one: not before the report year is over. */
function readPublished(page: PageFacts, year: number, notes: ImportNote[]): { publishedOn?: string; publishedOnSource?: string } {
  const published = page.publishedOn;
  if (!published) return {};
  if (published.iso < `${year + 1}-01-01`) {
    notes.push({ level: 'warning', paths: ['meta.publishedOn'], message: `${published.from}的日期 ${published.iso} 早于${year}年度结束，不会是这份报告的发布日期（可能是栏目或模板的日期），未采用；请在基本信息中填写发布日期` });
    return {};
  }
  notes.push({ level: 'info', paths: ['meta.publishedOn'], message: `发布日期 ${published.iso}，取自${published.from}` });
  return { publishedOn: published.iso, publishedOnSource: published.from };
}

/** Raw blocks → a 2021-format report and what could not be read; the 2019 format is refused, not mis-mapped. */
export function documentToReport(document: RawDocument, fallbackYear: number, page: PageFacts = {}): DocumentResult {
  const stream = cellStream(document);
  if (stream.length > maxCells) return { ok: false, error: tooManyCellsMessage(stream.length) };
  const old = oldFormatLabels(stream);
  if (old.length > 0) {
    return {
      ok: false,
      error: `${oldFormatRefusal}（国办公开办函〔2019〕60号，表中有“${old.slice(0, 2).join('”“')}”等栏目），与现行2021年格式的表格不同，不能按现行格式导入；请对照原文手工填写`,
    };
  }
  const matches = tableSpecs.map((spec) => ({ spec, match: matchTable(spec, stream) }));
  const usedBlocks = new Set<number>();
  for (const { match } of matches) {
    for (const index of match.used) {
      const cell = stream[index];
      if (cell?.fromParagraph) usedBlocks.add(cell.block);
    }
  }
  const narrative = readNarrative(document, usedBlocks);
  if (matches.every(({ match }) => !match.found) && narrative.headingsFound.size < 2) {
    return { ok: false, error: '这份文件看起来不是政府信息公开工作年度报告：既没有找到三张统计表，也没有找到“一、总体情况”等标题' };
  }

  const notes: ImportNote[] = [];
  const agency = readAgency(narrative, page, notes);
  let year = readYear(narrative, page, notes);
  if (year === undefined || year < 2000 || year > 2100) {
    year = fallbackYear;
    notes.push({ level: 'warning', paths: ['meta.year'], message: `没有找到报告年度，暂按 ${year} 年，请在基本信息中改正` });
  }
  const title = narrative.title ?? page.title;
  const recognised = detectAgency(agency, title ? `${title.agency}${title.year}年` : undefined);
  const published = readPublished(page, year, notes);
  if (agency !== '') {
    notes.push({ level: 'info', paths: ['meta.agencyKind'], message: `机关按名称和标题识别为：${recognised.description}；如有不同，请在基本信息中更改` });
  }
  if (narrative.issuedOn?.irregular) {
    notes.push({ level: 'info', paths: ['meta.issuedOn'], message: `成文日期原文写作“${narrative.issuedOn.written}”，已读作 ${narrative.issuedOn.iso}` });
  }
  const overview = splitOverview(narrative.parts.overview);
  let report: Report = reportSchema.parse({
    format: reportFormat,
    version: currentVersion,
    template: '2021',
    meta: { agency, year, issuedOn: narrative.issuedOn?.iso ?? null, ...recognised.meta, ...writtenDateOf(narrative), ...published },
    text: {
      preamble: narrative.preamble.join('\n'),
      overview,
      active: narrative.parts.active.join('\n'),
      requests: narrative.parts.requests.join('\n'),
      appeals: narrative.parts.appeals.join('\n'),
      problems: narrative.parts.problems.join('\n'),
      other: narrative.parts.other.join('\n'),
    },
    tables: {},
  });
  for (const { match } of matches) {
    for (const [path, value] of match.values) report = setCell(report, path, value);
  }
  return { ok: true, report, notes: [...notes, ...narrative.notes, ...matches.flatMap(({ match }) => match.notes)] };
}
