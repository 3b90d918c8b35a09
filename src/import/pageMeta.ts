/**
 * The metadata every 政府网站 page publishes (政府网站发展指引, 国办发〔2017〕47号: ArticleTitle, PubDate,
 * ContentSource, SiteName, ColumnName, Url …), read whatever case the site's content system writes the names in.
 */
export type PageMeta = {
  readonly articleTitle?: string;
  /** The value as written (2022-01-20 10:32), and the name it was found under. */
  readonly pubDate?: { readonly value: string; readonly name: string };
  readonly contentSource?: string;
  readonly siteName?: string;
  readonly columnName?: string;
  readonly url?: string;
};

// Names as the guideline spells them first; other content systems' names after.
const pubDateNames = ['PubDate', 'PublishDate', 'firstpublishedtime', 'article:published_time', 'pubtime'];

/** The guideline's fields from a page's <meta name=… content=…> (names compared without case). */
export function pageMeta(metas: ReadonlyMap<string, string>): PageMeta {
  const read = (name: string) => {
    const value = metas.get(name.toLowerCase())?.replace(/\s+/g, ' ').trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const pubName = pubDateNames.find((name) => read(name) !== undefined);
  const entries = {
    articleTitle: read('ArticleTitle'),
    pubDate: pubName === undefined ? undefined : { value: read(pubName) ?? '', name: pubName },
    contentSource: read('ContentSource'),
    siteName: read('SiteName'),
    columnName: read('ColumnName'),
    url: read('Url'),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as PageMeta;
}
