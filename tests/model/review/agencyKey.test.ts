import { agencyKey, fileNameKey } from '../../../src/model/review/agencyKey.ts';

describe('agencyKey', () => {
  it('gives one key to the abbreviations of a 政府办公室', () => {
    const key = agencyKey('青禾县人民政府办公室');
    expect(agencyKey('青禾县政府办公室')).toBe(key);
    expect(agencyKey('青禾县政府办')).toBe(key);
    expect(agencyKey(' 青禾县人民政府 办公室 ')).toBe(key);
  });

  it('keeps a government apart from its office and from its departments', () => {
    expect(agencyKey('青禾县人民政府')).not.toBe(agencyKey('青禾县人民政府办公室'));
    expect(agencyKey('青禾县交通运输局')).not.toBe(agencyKey('青禾县人民政府'));
  });

  it('reads an agency from a file name without its year and title words', () => {
    expect(fileNameKey('reports/2023/青禾县交通运输局2023年政府信息公开工作年度报告.txt')).toBe(agencyKey('青禾县交通运输局'));
    expect(fileNameKey('青禾县交通运输局-2024年度.docx')).toBe(fileNameKey('青禾县交通运输局2023年.json'));
  });
});
