import { checkNarrative } from '../../../src/model/narrative/checkNarrative.ts';
import { normalizeText } from '../../../src/model/narrative/normalizeText.ts';
import { corpusLines, scoreCorpus } from '../../model/narrative/corpus/scoreCorpus.ts';
import { phrases } from '../../model/narrative/corpus/phrases.ts';
import { secondBatch } from '../../model/narrative/corpus/phrasesSecondBatch.ts';
import { thirdBatch } from '../../model/narrative/corpus/phrasesThirdBatch.ts';
import { fourthBatch } from '../../model/narrative/corpus/phrasesFourthBatch.ts';
import { fifthBatch } from '../../model/narrative/corpus/phrasesFifthBatch.ts';
import { sampleReport, withText } from '../../model/narrative/narrativeFixture.ts';
import { median, p95, timeRuns } from '../stats.ts';

export type PathologicalTiming = { readonly label: string; readonly median: number; readonly p95: number; readonly runs: number };

const repeated = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

/** The narrative checks and 一键规范 on 320,000 characters with no punctuation (issue 12), warm. */
export async function pathologicalNarrative(): Promise<PathologicalTiming[]> {
  const cases: { label: string; run: () => unknown }[] = [
    { label: 'checkNarrative, 320,000 chars of counts, no punctuation', run: () => checkNarrative(withText(sampleReport(), { requests: repeated('收到申请12件予以公开5件', 320_000) })) },
    { label: 'checkNarrative, 320,000 chars of plain text', run: () => checkNarrative(withText(sampleReport(), { requests: repeated('我局依法做好政府信息公开工作', 320_000) })) },
    { label: 'checkNarrative, 50,000 chars of counts (400 figures read)', run: () => checkNarrative(withText(sampleReport(), { requests: repeated('规范性文件废止3件现行有效', 50_000) })) },
    { label: 'normalizeText, 320,000 spaces in Chinese text', run: () => normalizeText(`收到${' '.repeat(320_000)}申请`) },
    { label: 'normalizeText, 320,000 chars "收到 5 件,"', run: () => normalizeText(repeated('收到 5 件,', 320_000)) },
  ];
  const timings: PathologicalTiming[] = [];
  for (const { label, run } of cases) {
    const times = await timeRuns(5, 1, run);
    timings.push({ label, median: median(times), p95: p95(times), runs: times.length });
  }
  return timings;
}

/** Precision and recall of the count check over the phrase corpus (tests/model/narrative/corpus), as printed lines. */
export function narrativeCorpusLines(): string[] {
  return corpusLines(scoreCorpus([...phrases, ...secondBatch, ...thirdBatch, ...fourthBatch, ...fifthBatch]));
}

// `npx tsx tests/bench/node/narrativeTimings.ts`: this part of the bench alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of narrativeCorpusLines()) console.log(line);
  for (const t of await pathologicalNarrative()) console.log(`${t.label}: ${t.median.toFixed(0)} ms (p95 ${t.p95.toFixed(0)} ms, n=${t.runs})`);
}
