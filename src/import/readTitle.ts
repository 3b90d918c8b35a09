const titlePattern = /^(.*?)((?:19|20)\d{2})年度?(?:政府)?信息公开(?:工作)?(?:年度?报告|年报)$/;
// The year first: 2024年度示例县交通运输局政府信息公开工作年度报告.
const yearFirstPattern = /^((?:19|20)\d{2})年度?(.+?)(?:政府)?信息公开(?:工作)?(?:年度?报告|年报)$/;

/** 机关全称 and year from a title such as 示例县交通运输局2024年政府信息公开工作年度报告 (or with the year first). */
export function readTitle(line: string): { agency: string; year: number } | undefined {
  const compact = line.replace(/\s+/g, '').replace(/[。.》”"]+$/, '').replace(/^[《“"]/, '');
  if ([...compact].length > 80) return undefined;
  const match = titlePattern.exec(compact);
  if (match) {
    const [, agency = '', year = ''] = match;
    return { agency, year: Number(year) };
  }
  const yearFirst = yearFirstPattern.exec(compact);
  if (!yearFirst) return undefined;
  const [, year = '', agency = ''] = yearFirst;
  return { agency, year: Number(year) };
}
