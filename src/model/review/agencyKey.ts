// Reports of one agency are matched across years by a key that ignores how its name was abbreviated.
const variants: readonly (readonly [RegExp, string])[] = [
  [/人民政府/g, '政府'],
  [/政府办公室/g, '政府办'],
  [/政府办公厅/g, '政府办'],
];

const yearInName = /(?:19|20)\d{2}\s*年?(?:度)?/g;
const reportWords = /政府信息公开(?:工作)?(?:年度)?报告|年度报告|年报/g;

/** 某某县人民政府办公室, 某某县政府办公室 and 某某县政府办 give one key; spaces and punctuation ignored. */
export function agencyKey(agency: string): string {
  let key = agency.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
  for (const [pattern, replacement] of variants) key = key.replace(pattern, replacement);
  return key;
}

/** A key from a file name when a report names no agency: the year and the report's title words removed. */
export function fileNameKey(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.[^.]+$/, '');
  return agencyKey(stem.normalize('NFKC').replace(yearInName, '').replace(reportWords, ''));
}
