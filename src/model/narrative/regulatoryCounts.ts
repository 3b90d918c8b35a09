import { knownCell } from '../cellCatalog.ts';
import { excluding, filler, lead } from './countWords.ts';

export type RegulatoryRow = 'regulations' | 'normativeDocuments';
export type RegulatoryColumn = 'issued' | 'repealed' | 'inForce';

const regulatoryVerbs: Readonly<Record<RegulatoryColumn, string>> = {
  issued: '(?:新)?(?:制发|制定|出台|印发|增)(?:了)?',
  repealed: '(?:宣布)?(?:废止|宣布失效|失效|废除)(?:了)?(?:(?:或|和|及|并)宣布失效)?(?:的)?',
  inForce: '现行有效(?:的)?',
};

/** 制发/废止/现行有效 of 规章 or 规范性文件: with the instrument named, or a bare verb after it in the sentence. */
export const regulatoryLeads: readonly { readonly column: RegulatoryColumn; readonly named: RegExp; readonly bare: RegExp }[] =
  (Object.keys(regulatoryVerbs) as RegulatoryColumn[]).map((column) => ({
    column,
    named: column === 'inForce'
      ? lead(`(?:${regulatoryVerbs.inForce}(?:行政)?(规范性文件|规章)|(?<![内党])(?:行政)?(规范性文件|规章)${regulatoryVerbs.inForce})`)
      : lead(`${regulatoryVerbs[column]}(?:行政)?(规范性文件|规章)`),
    bare: new RegExp(`^(?:其中|本年度?|全年|目前|截至目前|截至年底|年底|现|仍|已|共|同时|累计)*${regulatoryVerbs[column]}${filler}`),
  }));

/** Clauses about such instruments that are not 制发/废止/现行有效 counts (公开, 解读, 清理, 备案 …). */
export const notRegulatoryCount = excluding('公开|解读|清理|审查|审核|备案|修改|修订|征求|起草|计划|拟|党内|名义|牵头|代');

const active = (row: RegulatoryRow, column: RegulatoryColumn) => knownCell(`tables.active.${row}.${column}`);
/** The rows' labels in table 二 (规章, 行政规范性文件), read from the template. */
export const regulatoryNames: Readonly<Record<RegulatoryRow, string>> = {
  regulations: active('regulations', 'issued').rowName,
  normativeDocuments: active('normativeDocuments', 'issued').rowName,
};
