const titlePattern = /^(.*?)((?:19|20)\d{2})年度?(?:政府)?信息公开(?:工作)?(?:年度?报告|年报)$/;

/** 机关全称 and year from a title such as 示例县交通运输局2024年政府信息公开工作年度报告. */
export function readTitle(line: string): { agency: string; year: number } | undefined {
  const compact = line.replace(/\s+/g, '').replace(/[。.》”"]+$/, '');
  if ([...compact].length > 80) return undefined;
  const match = titlePattern.exec(compact);
  if (!match) return undefined;
  const [, agency = '', year = ''] = match;
  return { agency: agency.replace(/^[《“"]/, ''), year: Number(year) };
}
