import { describe, expect, it } from 'vitest';
import { readForReview, reviewable } from '../../../src/ui/review/readForReview.ts';
import { pageReports, type PageReport } from '../../fixtures/publishedPages/pageReports.ts';
import { pageWithFilesFolder, savedPage } from '../../fixtures/publishedPages/savedPages.ts';

const named = (path: string, bytes: Uint8Array) => ({ path, file: new File([new Uint8Array(bytes)], path.slice(path.lastIndexOf('/') + 1)) });

describe('the 审查 page reads dropped folders of saved pages', () => {
  const third = pageReports[2] as PageReport;
  const saved = pageWithFilesFolder(third, 'utf-8');
  const mht = savedPage(pageReports[0] as PageReport, 'portal', 'mhtml-ie-qp-gb2312');
  const dropped = [
    named(`县里/${saved.html.name}`, saved.html.bytes),
    ...saved.files.map((file) => named(`县里/${saved.folder}/${file.name}`, file.bytes)),
    named(`县里/${mht.name}`, mht.bytes),
  ];

  it('reviews the page and the .mht, and takes the _files folder as the page\'s frames, not as more reports', () => {
    const files = reviewable(dropped);
    expect(files.map((f) => f.path)).toEqual([`县里/${saved.html.name}`, `县里/${mht.name}`]);
    expect(files[0]?.frames?.map((f) => f.path)).toEqual([`县里/${saved.folder}/content_1229.html`, `县里/${saved.folder}/hits.html`]);
  });

  it('reads the framed page with its frame and the .mht, each with its 发布日期', async () => {
    const inputs = await readForReview(reviewable(dropped), () => undefined);
    expect(inputs.map((input) => ('report' in input ? [input.report.meta.agency, input.report.meta.publishedOn] : input.error))).toEqual([
      ['临溪县人民政府', third.publishedOn],
      [pageReports[0]?.report.meta.agency, pageReports[0]?.publishedOn],
    ]);
  });
});
