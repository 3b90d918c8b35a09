import type { ConfigData } from 'html-validate';

/** The published page: html-validate's recommended rules, all of them. */
export const pageConfig: ConfigData = { extends: ['html-validate:recommended'] };

/**
 * The CMS form: the same, except no-inline-style — inline styles are the point of this form, because
 * website editors drop <style> blocks and class names when HTML is pasted in.
 */
export const cmsConfig: ConfigData = { extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } };
