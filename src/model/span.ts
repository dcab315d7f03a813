/** A half-open range [start, end) of JS string indices into one article's canonical `text`. */
export interface Span {
  start: number;
  end: number;
}

/** A span in a named article: the unit every Hearsay answer points back to. */
export interface ArticleSpan extends Span {
  article: string;
}

/** A span with the characters it covers, for readers of the dossier who do not want to slice. */
export interface QuotedSpan extends ArticleSpan {
  text: string;
}
