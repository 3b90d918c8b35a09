import { rules } from '../template/reportRules.ts';

/** The title of a rule id in a reviewer's words (template/reportRules.ts), or the id itself when it is not known. */
export const ruleTitle = (rule: string): string => (Object.prototype.hasOwnProperty.call(rules, rule) ? rules[rule as keyof typeof rules].title : rule);
