/** What a saved web page says about the report besides its text: read from its metadata and its title box. */
export type PageFacts = {
  /** Title from the page's metadata (ArticleTitle) or its <title>, for a page that prints none of its own. */
  readonly title?: { readonly agency: string; readonly year: number; readonly from: string };
  /** The publishing body the page names (ContentSource, or the 来源 beside the title). */
  readonly contentSource?: { readonly name: string; readonly from: string };
  /** The date of publication and where it was read. */
  readonly publishedOn?: { readonly iso: string; readonly from: string };
  readonly siteName?: string;
  readonly columnName?: string;
  readonly url?: string;
};
