import { pagesToBlocks } from '../../../src/import/pdf/pagesToBlocks.ts';
import type { PdfPage, PdfSegment, PdfText } from '../../../src/import/pdf/pdfPage.ts';

const run = (text: string, x: number, y: number, size = 10): PdfText => ({ text, x, y, width: [...text].length * size, size });

// A ruled grid: column borders at xs, row borders at ys (top first).
function grid(xs: readonly number[], ys: readonly number[]): PdfSegment[] {
  const top = ys[0] ?? 0;
  const bottom = ys[ys.length - 1] ?? 0;
  return [
    ...xs.map((x) => ({ x1: x, y1: bottom, x2: x, y2: top })),
    ...ys.map((y) => ({ x1: xs[0] ?? 0, y1: y, x2: xs[xs.length - 1] ?? 0, y2: y })),
  ];
}

const page = (texts: PdfText[], segments: PdfSegment[] = []): PdfPage => ({ width: 595, height: 842, texts, segments });

describe('pagesToBlocks', () => {
  it('keeps a label wrapped over lines in one cell and its figures in the cells beside it', () => {
    const blocks = pagesToBlocks([page([
      run('（二）部分公开（区分处理', 82, 680), run('的，只计这一情形）', 82, 668),
      run('4', 300, 674), run('5', 360, 674),
      run('1.属于国家秘密', 82, 650), run('0', 300, 650), run('0', 360, 650),
    ], grid([80, 290, 350, 400], [690, 660, 640]))]);
    expect(blocks).toEqual([{ kind: 'table', rows: [['（二）部分公开（区分处理的，只计这一情形）', '4', '5'], ['1.属于国家秘密', '0', '0']] }]);
  });

  it('drops page numbers and running heads and joins a paragraph broken by the page', () => {
    const head = (n: number) => [run('某某县某某局年度报告', 250, 800, 8), run(`— ${n} —`, 280, 40, 14)];
    const blocks = pagesToBlocks([
      page([...head(1), run('一、总体情况', 110, 700, 16), run('本年度，本局依法公开政府信息，', 110, 672, 16), run('共计发布信息一百条，', 82, 644, 16)]),
      page([...head(2), run('公开工作稳步推进。', 82, 700, 16), run('二、主动公开政府信息情况', 110, 672, 16)]),
      page([...head(3), run('五、存在的主要问题及改进情况', 110, 700, 16)]),
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '一、总体情况' },
      { kind: 'paragraph', text: '本年度，本局依法公开政府信息，共计发布信息一百条，公开工作稳步推进。' },
      { kind: 'paragraph', text: '二、主动公开政府信息情况' },
      { kind: 'paragraph', text: '五、存在的主要问题及改进情况' },
    ]);
  });

  it('rebuilds a borderless row from the gaps between its columns, with its wrapped label', () => {
    const blocks = pagesToBlocks([page([
      run('本年收到申请如下表。', 110, 720, 16),
      run('（二）部分公开（区分', 82, 686, 9), run('处理的）', 82, 676, 9),
      run('7', 300, 681, 9), run('2', 360, 681, 9), run('9', 420, 681, 9),
    ])]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '本年收到申请如下表。' },
      { kind: 'table', rows: [['（二）部分公开（区分处理的）', '7', '2', '9']] },
    ]);
  });

  it('reads look-alike radicals and spaces of justified lines as the plain text', () => {
    const blocks = pagesToBlocks([page([run('⼀、总体情况', 110, 700, 16), run('电子版可在网站查', 110, 672, 16), run('阅 ， 如 有 疑 问', 82, 644, 16), run('第1⻚', 290, 40, 9)])]);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['一、总体情况', '电子版可在网站查阅，如有疑问']);
  });
});
