/**
 * Word tables for recognising site chrome inside an article container. Each row carries an
 * example it must match; test/ingest/html.test.ts walks the tables and checks every example.
 * Kinds are the dossier's BoilerplateKind strings, so a rule can say what it removed.
 */
import type { BoilerplateKind } from '../../model/article.ts';

export interface ClassTokenRow {
  /** One token of a class or id, after splitting `article__share-bar` into article/share/bar. */
  token: string;
  kind: BoilerplateKind;
  /** A class attribute in which the token occurs. */
  example: string;
}

/**
 * Class/id tokens of elements that hold chrome rather than article prose. Matched per token, so
 * `share` hits `social-share` but not `shared`; a size guard (chrome.ts) protects a wrapper
 * that happens to carry such a token around the whole body.
 */
export const CHROME_CLASS_TOKENS: readonly ClassTokenRow[] = [
  { token: 'caption', kind: 'photo-credit', example: 'image-caption' },
  { token: 'figcaption', kind: 'photo-credit', example: 'article-figcaption' },
  { token: 'credit', kind: 'photo-credit', example: 'photo__credit' },
  { token: 'credits', kind: 'photo-credit', example: 'media-credits' },
  { token: 'copyright', kind: 'photo-credit', example: 'image-copyright' },
  { token: 'share', kind: 'share', example: 'social-share' },
  { token: 'sharing', kind: 'share', example: 'sharing-tools' },
  { token: 'social', kind: 'share', example: 'social-links' },
  { token: 'sharebar', kind: 'share', example: 'sharebar' },
  { token: 'related', kind: 'related-rail', example: 'related-articles' },
  { token: 'recirc', kind: 'related-rail', example: 'recirc-module' },
  { token: 'recommended', kind: 'related-rail', example: 'recommended-stories' },
  { token: 'trending', kind: 'related-rail', example: 'trending-now' },
  { token: 'popular', kind: 'related-rail', example: 'most-popular' },
  { token: 'outbrain', kind: 'related-rail', example: 'OUTBRAIN' },
  { token: 'taboola', kind: 'related-rail', example: 'taboola-below-article' },
  { token: 'newsletter', kind: 'subscription', example: 'newsletter-signup' },
  { token: 'subscribe', kind: 'subscription', example: 'subscribe-box' },
  { token: 'subscription', kind: 'subscription', example: 'subscription-promo' },
  { token: 'signup', kind: 'subscription', example: 'email-signup' },
  { token: 'paywall', kind: 'subscription', example: 'paywall-message' },
  { token: 'promo', kind: 'subscription', example: 'inline-promo' },
  { token: 'breadcrumb', kind: 'navigation', example: 'breadcrumb' },
  { token: 'breadcrumbs', kind: 'navigation', example: 'site-breadcrumbs' },
  { token: 'nav', kind: 'navigation', example: 'nav-links' },
  { token: 'navbar', kind: 'navigation', example: 'navbar' },
  { token: 'menu', kind: 'navigation', example: 'main-menu' },
  { token: 'pagination', kind: 'navigation', example: 'post-pagination' },
  { token: 'byline', kind: 'timestamp', example: 'article__byline' },
  { token: 'dateline', kind: 'timestamp', example: 'story-dateline' },
  { token: 'timestamp', kind: 'timestamp', example: 'timestamp' },
  { token: 'meta', kind: 'timestamp', example: 'entry-meta' },
  { token: 'ad', kind: 'advertisement', example: 'ad-slot' },
  { token: 'ads', kind: 'advertisement', example: 'ads-container' },
  { token: 'advert', kind: 'advertisement', example: 'advert' },
  { token: 'advertisement', kind: 'advertisement', example: 'advertisement' },
  { token: 'sponsored', kind: 'advertisement', example: 'sponsored-content' },
  { token: 'comments', kind: 'comment-form', example: 'comments-area' },
  { token: 'comment', kind: 'comment-form', example: 'comment-respond' },
  { token: 'disqus', kind: 'comment-form', example: 'disqus_thread' },
  { token: 'tags', kind: 'other', example: 'post-tags' },
  { token: 'author', kind: 'timestamp', example: 'author-bio' },
  { token: 'bio', kind: 'timestamp', example: 'contributor-bio' },
  { token: 'standfirst', kind: 'repeated-headline', example: 'content__standfirst' },
  { token: 'dek', kind: 'repeated-headline', example: 'article-dek' },
  { token: 'abstract', kind: 'repeated-headline', example: 'm-detail--abstract' },
  { token: 'subtitle', kind: 'repeated-headline', example: 'article-subtitle' },
  { token: 'cookie', kind: 'cookie-banner', example: 'cookie-notice' },
  { token: 'consent', kind: 'cookie-banner', example: 'consent-banner' },
  { token: 'gdpr', kind: 'cookie-banner', example: 'gdpr-overlay' },
];

export interface ChromeLineRow {
  /** Lower-case start of a short line that is an instruction to the reader, not article text. */
  phrase: string;
  /**
   * The phrase must make up (nearly) the whole line: for words that also open prose ("Share
   * prices fell", "Email records show"), only a bare "Share" / "Email" button label is chrome.
   */
  alone?: true;
  /**
   * The phrase is a label: it ends the line or is followed by punctuation ("Read more: …",
   * "SEE MORE »"), never by a word, since "Read more than forty pages…" is prose.
   */
  label?: true;
  kind: BoilerplateKind;
  example: string;
}

/**
 * Openings of short lines that address the reader about the site (share, subscribe, read
 * more). Only lines of at most MAX_CHROME_LINE_WORDS words are tested, so a paragraph that
 * happens to begin "Read more about…" in prose is not touched.
 */
export const CHROME_LINE_OPENINGS: readonly ChromeLineRow[] = [
  {
    phrase: 'read more',
    label: true,
    kind: 'related-rail',
    example: 'Read more: Markets slide as talks stall',
  },
  { phrase: 'read next', label: true, kind: 'related-rail', example: 'Read next' },
  { phrase: 'related:', kind: 'related-rail', example: 'Related: Ten things to know about the vote' },
  { phrase: '[related', kind: 'related-rail', example: '[Related: Ten things to know about the vote]' },
  { phrase: 'related', alone: true, kind: 'related-rail', example: 'Related stories' },
  {
    phrase: 'see more',
    label: true,
    kind: 'related-rail',
    example: 'SEE MORE: Protests spread to the capital',
  },
  { phrase: 'see also', label: true, kind: 'related-rail', example: 'See also: the full timeline' },
  { phrase: 'more:', kind: 'related-rail', example: 'More:' },
  { phrase: 'also read', label: true, kind: 'related-rail', example: 'Also read: Budget row deepens' },
  { phrase: "don't miss", kind: 'related-rail', example: "DON'T MISS" },
  { phrase: 'you may also like', kind: 'related-rail', example: 'You may also like...' },
  { phrase: 'you might also like', kind: 'related-rail', example: 'You might also like' },
  { phrase: 'recommended', alone: true, kind: 'related-rail', example: 'Recommended for you' },
  { phrase: 'trending', alone: true, kind: 'related-rail', example: 'Trending' },
  { phrase: 'most read', kind: 'related-rail', example: 'Most read' },
  { phrase: 'most popular', kind: 'related-rail', example: 'Most Popular' },
  { phrase: 'latest news', alone: true, kind: 'related-rail', example: 'LATEST NEWS' },
  { phrase: 'more great', kind: 'related-rail', example: 'More Great Stories' },
  { phrase: 'continue reading', kind: 'other', example: 'Continue Reading Below' },
  { phrase: 'subscribe', kind: 'subscription', example: 'Subscribe to our daily briefing' },
  { phrase: 'sign up', kind: 'subscription', example: 'Sign up for our newsletter' },
  { phrase: 'sign in', alone: true, kind: 'subscription', example: 'Sign In' },
  { phrase: 'log in', kind: 'subscription', example: 'Log in to comment' },
  { phrase: 'get the latest', kind: 'subscription', example: 'Get the latest updates in your inbox.' },
  { phrase: 'follow us', kind: 'share', example: 'Follow us on Twitter' },
  { phrase: 'share', alone: true, kind: 'share', example: 'Share this article' },
  { phrase: 'tweet', alone: true, kind: 'share', example: 'Tweet' },
  { phrase: 'email', alone: true, kind: 'share', example: 'Email' },
  { phrase: 'print', alone: true, kind: 'share', example: 'Print Article' },
  { phrase: 'order reprints', kind: 'share', example: 'Order Reprints' },
  { phrase: 'text size', kind: 'other', example: 'Text size' },
  { phrase: 'click here', kind: 'other', example: 'Click here to subscribe' },
  { phrase: 'skip to', kind: 'navigation', example: 'Skip to content' },
  { phrase: 'advertisement', alone: true, kind: 'advertisement', example: 'Advertisement' },
  { phrase: 'advert', alone: true, kind: 'advertisement', example: 'Advert' },
  { phrase: 'sponsored', alone: true, kind: 'advertisement', example: 'Sponsored content' },
  { phrase: 'comments', alone: true, kind: 'comment-form', example: 'Comments' },
  { phrase: 'leave a comment', kind: 'comment-form', example: 'Leave a comment' },
  { phrase: 'post comment', kind: 'comment-form', example: 'Post Comment (+)' },
  { phrase: 'tell us what you think', kind: 'comment-form', example: 'Tell us what YOU think...' },
  { phrase: 'loading', alone: true, kind: 'other', example: 'Loading content ...' },
  { phrase: 'tags:', kind: 'other', example: 'Tags: budget, parliament' },
  { phrase: 'tags', alone: true, kind: 'other', example: 'Tags' },
  { phrase: 'filed under', kind: 'other', example: 'Filed under: Politics |' },
  { phrase: 'copyright', kind: 'legal', example: 'Copyright © 2024 Example Media. All rights reserved.' },
  { phrase: '©', kind: 'legal', example: '© Example Media 2024' },
  { phrase: 'all rights reserved', kind: 'legal', example: 'All rights reserved.' },
  {
    phrase: 'this website uses cookies',
    kind: 'cookie-banner',
    example: 'This website uses cookies to improve it.',
  },
  {
    phrase: 'we use cookies',
    kind: 'cookie-banner',
    example: 'We use cookies to give you the best experience',
  },
  { phrase: 'like this story', kind: 'share', example: 'Like this story? Share it with a friend!' },
  { phrase: 'want more', kind: 'subscription', example: 'Want more stories like this?' },
  { phrase: 'reading time', kind: 'other', example: 'Reading time: 4 minutes' },
  { phrase: 'tempo de leitura', kind: 'other', example: 'Tempo de leitura: 2 minutos' },
  { phrase: 'читайте также', kind: 'related-rail', example: 'Читайте также: новости дня' },
  { phrase: 'подписывайтесь', kind: 'subscription', example: 'Подписывайтесь на наш канал' },
  { phrase: 'комментарии', alone: true, kind: 'comment-form', example: 'Комментарии' },
  { phrase: 'реклама', alone: true, kind: 'advertisement', example: 'Реклама' },
];

export interface StaffCreditRow {
  pattern: RegExp;
  example: string;
}

/**
 * Agency-style staff credits closing a report ("Reporting by …; Editing by …"). They credit the
 * newsroom, not a source of the story, and article-extraction gold leaves them out.
 */
export const STAFF_CREDIT_PATTERNS: readonly StaffCreditRow[] = [
  {
    pattern: /^[([]?(?:additional |with )?(?:reporting|writing|editing) by\b/i,
    example: '(Reporting by Jane Roe; Editing by John Doe)',
  },
  {
    pattern: /\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\b/i,
    example: 'Jane Roe contributed to this report.',
  },
  { pattern: /^(?:compiled|edited) by\b/i, example: 'Compiled by the Foreign Desk' },
];

export interface CreditPatternRow {
  pattern: RegExp;
  kind: BoilerplateKind;
  example: string;
}

/** Whole-line shapes of photo credits, captions and agency credit lines. */
export const CREDIT_LINE_PATTERNS: readonly CreditPatternRow[] = [
  {
    pattern: /^\(?(?:photo|image|picture|pictured|foto|фото|illustration)s?(?: credit)?\s*[:|]/i,
    kind: 'photo-credit',
    example: 'Photo: Jane Roe, AP',
  },
  {
    pattern: /^\((?:photo|image|picture|credit)s?\b[^)]*\)$/i,
    kind: 'photo-credit',
    example: '(Image: © Example Lab)',
  },
  {
    pattern: /^credit(?:s)?\s*(?:[:.…]|\.\.\.)/i,
    kind: 'photo-credit',
    example: 'Credit...Jane Roe for The Times',
  },
  {
    pattern: /^(?:image|media) (?:copyright|caption)\b/i,
    kind: 'photo-credit',
    example: 'Image copyright Reuters',
  },
  {
    pattern: /^(?:photo|image|video) (?:by|courtesy of)\b/i,
    kind: 'photo-credit',
    example: 'Photo by Jane Roe',
  },
  {
    pattern:
      /(?:getty images?|shutterstock|alamy|istock(?:photo)?|\bap photo\b[^.]*|\breuters\/[\w .-]+)\)?\s*$/i,
    kind: 'photo-credit',
    example: 'Crowds outside the court. (AP Photo/Jane Roe)',
  },
  {
    pattern: /^image \d+(?: of)?\s*\/?\s*\d+$|^\d+\s*of\s*\d+$/i,
    kind: 'photo-credit',
    example: 'Image 1 of 23',
  },
  { pattern: /^(?:caption|close|expand|enlarge)$/i, kind: 'photo-credit', example: 'Caption' },
];
