import type { Sentence } from './textSentences.ts';

const applicationWords = /收到|受理|新收|接收|办结|答复|办理结果|处理结果|办理情况|结转/;
const continuation = /^\s*(?:其中|办理结果|答复结果|处理结果|从办理结果|从答复|具体|上述|以上|所有|全部|均)/;
// In a 依申请公开 part, a sentence about documents, letters or proposals is still not about applications.
const otherSubject = /文件|发文|报送|来信|留言|咨询|建议|提案/;

/** Which sentences are about applications: they name 申请 with a receiving or handling word, or continue one that does. */
export function applicationSentences(sentences: readonly Sentence[], whole: boolean): boolean[] {
  const flags: boolean[] = [];
  sentences.forEach((sentence, i) => {
    const own = /申请/.test(sentence.text) && applicationWords.test(sentence.text);
    const previous = sentences[i - 1];
    const continues = previous !== undefined && previous.paragraph === sentence.paragraph && (flags[i - 1] ?? false) && continuation.test(sentence.text);
    flags.push((whole && !otherSubject.test(sentence.text)) || own || continues);
  });
  return flags;
}
