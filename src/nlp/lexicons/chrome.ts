import type { BoilerplateKind } from '../../model/article.ts';

/**
 * Site-chrome vocabulary: the phrases that web templates (CMS themes, consent widgets, comment
 * plugins, newsletter boxes) put around an article, in English and Russian. They are general web
 * vocabulary, not any one site's lines. Each pattern is a regular-expression fragment, matched
 * case-insensitively on one trimmed line; a space stands for any run of white space.
 *
 * `match` says how much of the line the phrase must cover:
 * - `line`: the whole line (trailing `:`, `!`, `*`, `?`, `.` allowed): buttons, headings, labels;
 * - `start`: the line begins with it (a prompt followed by its object: "Subscribe to …");
 * - `contains`: anywhere in a short line (consent and legal sentences vary around a core phrase).
 *
 * `needsNeighbour` rows are words that are chrome only beside other chrome ("Accept", "Email",
 * "Learn more"): alone in a story they could be a crosshead, so they only extend a marked block.
 */
export type ChromeMatch = 'line' | 'start' | 'contains';

export interface ChromePhrase {
  readonly pattern: string;
  readonly match: ChromeMatch;
  readonly kind: BoilerplateKind;
  readonly rule: string;
  readonly example: string;
  readonly needsNeighbour?: boolean;
}

const COOKIE = 'chrome.cookie-banner';
const COMMENT = 'chrome.comment-form';
const CAPTCHA = 'chrome.captcha-prompt';
const SUBSCRIBE = 'chrome.subscription';
const CHANNEL = 'chrome.channel-plug';
const SHARE = 'chrome.share';
const LEGAL = 'chrome.legal';
const AD = 'chrome.advertisement';
const NAV = 'chrome.navigation';
const RAIL_INLINE = 'chrome.related-inline';
/** The rule of rail headings; the rail detector starts from lines marked with it. */
export const RAIL_HEADING_RULE = 'chrome.rail-heading';

export const CHROME_PHRASES: readonly ChromePhrase[] = [
  // Consent banners: the sentence core is stable across widgets, the buttons vary.
  {
    pattern:
      '(?:we|this (?:web)?site|our (?:web)?site|this page|the site) (?:uses?|is using) (?:\\w+ )?cookies',
    match: 'contains',
    kind: 'cookie-banner',
    rule: COOKIE,
    example: 'Our website uses cookies to enhance your experience. Learn More',
  },
  {
    pattern:
      'by (?:continuing to (?:use|browse)|using|browsing) (?:this|our|the) (?:web)?site,? you (?:agree|consent|accept)',
    match: 'contains',
    kind: 'cookie-banner',
    rule: COOKIE,
    example: 'By continuing to browse this site, you agree to our use of cookies.',
  },
  {
    pattern: '(?:accept|agree to|consent to) (?:the use of |our use of |all |the )?cookies',
    match: 'contains',
    kind: 'cookie-banner',
    rule: COOKIE,
    example: 'Click OK to accept all cookies.',
  },
  {
    pattern: 'cookie (?:policy|settings|preferences|consent|notice)',
    match: 'contains',
    kind: 'cookie-banner',
    rule: COOKIE,
    example: 'Manage your choices in Cookie Settings',
  },
  {
    pattern: '(?:используем|использует|применяем) (?:файлы |технологию )?(?:cookie|куки)',
    match: 'contains',
    kind: 'cookie-banner',
    rule: COOKIE,
    example: 'Сайт использует файлы cookie для удобства пользователей.',
  },
  {
    pattern: 'продолжая (?:использовать|пользоваться|просмотр)',
    match: 'start',
    kind: 'cookie-banner',
    rule: COOKIE,
    example: 'Продолжая пользоваться сайтом, вы соглашаетесь с политикой cookie',
  },
  {
    pattern:
      'accept(?: all)?(?: cookies)?|i agree|i accept|got it|allow(?: all)?(?: cookies)?|reject(?: all)?|decline|ok|okay|learn more|more info|manage (?:cookies|preferences|options|settings)',
    match: 'line',
    kind: 'cookie-banner',
    rule: COOKIE,
    example: 'Accept !',
    needsNeighbour: true,
  },
  {
    pattern: 'принять(?: все)?|согласен|согласна|понятно|хорошо|подробнее|отклонить|ок',
    match: 'line',
    kind: 'cookie-banner',
    rule: COOKIE,
    example: 'Принять',
    needsNeighbour: true,
  },
  // Comment forms: headings, field labels, prompts and counters of comment plugins.
  {
    pattern: '(?:your|post a|add a|leave a|write a|submit a|add your) (?:comment|reply|response)',
    match: 'line',
    kind: 'comment-form',
    rule: COMMENT,
    example: 'Leave a Reply',
  },
  {
    pattern:
      'leave (?:the first|a|your) comment|be the first to comment|no comments(?: yet)?|comments are closed|join the (?:discussion|conversation)|(?:show|view|load|read) (?:all |more )?comments|(?:\\d+ )?comments?(?: \\(\\d+\\))?|cancel reply|reply|post comment|submit comment|add comment|send comment|discussion',
    match: 'line',
    kind: 'comment-form',
    rule: COMMENT,
    example: 'Leave the first comment',
  },
  {
    pattern: "you (?:are|'re|’re) replying to",
    match: 'start',
    kind: 'comment-form',
    rule: COMMENT,
    example: 'You are replying to: .',
  },
  {
    pattern:
      "(?:you must be )?log(?:ged)? in to (?:post a |leave a )?(?:comment|reply)|your email address will not be published|save my name,? email|required fields are marked|what (?:is|'s|’s) your (?:opinion|view|take)|what do you think(?: about| of)?|share your (?:thoughts|opinion|views)",
    match: 'start',
    kind: 'comment-form',
    rule: COMMENT,
    example: 'What is your opinion on this topic?',
  },
  {
    pattern:
      '(?:your )?(?:name|nickname|e-?mail(?: address)?|website|comment|message)(?: ?\\*| \\(required\\))?',
    match: 'line',
    kind: 'comment-form',
    rule: COMMENT,
    example: 'Email *',
    needsNeighbour: true,
  },
  {
    pattern:
      '(?:ваш|оставить|добавить|написать|оставьте) (?:комментарий|отзыв)|комментарии(?: \\(\\d+\\))?|комментариев (?:нет|пока нет)|ответить|ваше имя|ваш e-?mail',
    match: 'line',
    kind: 'comment-form',
    rule: COMMENT,
    example: 'Оставить комментарий',
  },
  {
    pattern: '(?:войдите|авторизуйтесь),? чтобы|чтобы оставить комментарий|что вы думаете',
    match: 'start',
    kind: 'comment-form',
    rule: COMMENT,
    example: 'Войдите, чтобы оставить комментарий',
  },
  // Captcha prompts in words (the arithmetic ones are found by their shape).
  {
    pattern:
      "(?:please )?(?:solve|enter|type)(?: the)? (?:captcha|sum|result|answer|characters)|i(?:'|’)?m not a robot|captcha|введите (?:код|символы|ответ|результат)|я не робот",
    match: 'start',
    kind: 'captcha',
    rule: CAPTCHA,
    example: "I'm not a robot",
  },
  // Newsletter and membership prompts.
  {
    pattern:
      'subscribe(?: now| today| for free| here)?|sign up|newsletter|continue reading|already a (?:subscriber|member)',
    match: 'line',
    kind: 'subscription',
    rule: SUBSCRIBE,
    example: 'Subscribe',
  },
  {
    pattern:
      'subscribe (?:to|for|and|now|today)|discover more from|sign up (?:for |to )?(?:our |the |a free )?(?:free )?(?:daily |weekly |morning |evening )?(?:newsletters?|briefings?|alerts|emails?|updates|digest)|sign up now|(?:enter|type) your email|get (?:the latest|our|breaking|top) [^.\n]{0,50}(?:inbox|email)|support (?:our|independent|quality) journalism|become a (?:member|patron|subscriber|supporter)|(?:join|follow) us on|get our newsletter|this article is for subscribers',
    match: 'start',
    kind: 'subscription',
    rule: SUBSCRIBE,
    example: 'Subscribe to get the latest posts sent to your email.',
  },
  {
    pattern:
      'подпис(?:ывайтесь|аться|ывайся|ка) (?:на )?(?:наш |нас )?(?:канал|рассылку|telegram|телеграм|новости|дзен)',
    match: 'contains',
    kind: 'subscription',
    rule: SUBSCRIBE,
    example: 'Подписывайтесь на наш канал в Telegram',
  },
  // Plugs for the outlet's own channels; the URL or the possessive marks them as self-promotion.
  {
    pattern:
      '(?:read|follow|find|join|watch) (?:more |us |the latest )?(?:news )?(?:in|on|at) our (?:official )?(?:telegram|whatsapp|viber|youtube|vk|max|instagram|facebook|x|twitter)',
    match: 'contains',
    kind: 'subscription',
    rule: CHANNEL,
    example: 'read more in our Telegram-channel https://t.me/example_news',
  },
  {
    pattern:
      'читайте (?:нас |наши новости |новости |больше )?(?:в|на) (?:telegram|телеграм|дзен|вконтакте|max|whatsapp)|наш (?:telegram|телеграм)(?:-| )канал',
    match: 'contains',
    kind: 'subscription',
    rule: CHANNEL,
    example: 'Читайте нас в Telegram: https://t.me/example',
  },
  // Share bars.
  {
    pattern:
      'share (?:this|on|via|the|article|story|post|page)|click to (?:share|email|print)|share(?: this)?|tweet|print|email this|copy link|like this|like loading\\.*|поделиться|поделитесь(?: с друзьями)?|отправить другу|распечатать',
    match: 'line',
    kind: 'share',
    rule: SHARE,
    example: 'Share this:',
  },
  {
    pattern:
      'share (?:this(?: article| story| post| page)?(?: on| via| with)?|on|via) (?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|vk|pinterest|messenger|viber)|share this(?: article| story| post| page)?:|click to (?:share|email|print)',
    match: 'start',
    kind: 'share',
    rule: SHARE,
    example: 'Click to share on Facebook (Opens in new window)',
  },
  // Legal footers.
  {
    pattern:
      'all rights reserved|все права защищены|may not be (?:published|reproduced|broadcast|republished)|(?:reproduction|republication|redistribution) [^.\n]{0,40}(?:prohibited|forbidden|not permitted)|ссылка (?:на [^.\n]{1,60} )?обязательна|без (?:письменного )?разрешения редакции',
    match: 'contains',
    kind: 'legal',
    rule: LEGAL,
    example: '© 2024 Example Media. All rights reserved.',
  },
  {
    pattern: '©|\\(c\\) \\d{4}|copyright (?:©|\\(c\\) )?\\d{4}',
    match: 'start',
    kind: 'legal',
    rule: LEGAL,
    example: '© 2025 The Daily Example',
  },
  {
    pattern:
      'privacy policy|terms (?:of (?:use|service)|and conditions|& conditions)|политика конфиденциальности|пользовательское соглашение|\\d{1,2}\\+',
    match: 'line',
    kind: 'legal',
    rule: LEGAL,
    example: 'Privacy Policy',
  },
  // Advertising slots.
  {
    pattern:
      'advertisement|advertising|sponsored(?: content)?|ad|promoted|paid (?:content|post)|scroll (?:down )?to continue(?: with content)?|(?:story|article) continues below(?: advertisement)?|реклама|на правах рекламы|партн[её]рский материал',
    match: 'line',
    kind: 'advertisement',
    rule: AD,
    example: 'ADVERTISEMENT',
  },
  // Navigation: menus, paging, tags.
  {
    pattern:
      'skip to (?:main )?(?:content|navigation)|(?:main )?menu|search|home|sign in|log in|login|register|close|back to top|(?:next|previous|prev) (?:article|post|story|page)|next|previous|load more|show more|view all|see all|главная|меню|поиск|войти|наверх|все новости|показать (?:еще|ещё)',
    match: 'line',
    kind: 'navigation',
    rule: NAV,
    example: 'Skip to content',
  },
  {
    pattern:
      '(?:tags?|topics?|categories|category|filed under|keywords|теги|метки|рубрика|темы)\\s*:|(?:next|previous) (?:article|post|story)\\s*:',
    match: 'start',
    kind: 'navigation',
    rule: NAV,
    example: 'Tags: elections, parliament, budget',
  },
  // A related link set into the story on one line: the label says it is not the story.
  {
    pattern:
      '(?:read (?:more|also|next)|see also|also read|related(?: story| article)?|recommended|watch|listen|more on this|читайте (?:также|еще|ещё)|смотрите также|по теме)\\s*:',
    match: 'start',
    kind: 'related-rail',
    rule: RAIL_INLINE,
    example: 'READ MORE: Flood barriers fail in river town',
  },
  // Rail headings: the rail detector takes the headline/teaser lines that follow.
  {
    pattern:
      "read (?:next|more|also)|related(?: (?:articles|news|stories|posts|content|coverage|topics|reading))?|more (?:stories|news|articles|on this(?: story| topic)?|from [^.\n]{1,40}|in [^.\n]{1,30})|latest(?: news| stories| articles| posts)?|most (?:read|popular|viewed|shared)|popular(?: now| news| stories| posts)?|trending(?: now| stories)?|recommended(?: for you| stories| articles)?|you (?:may|might) also (?:like|be interested in)|editor(?:'|’)?s picks|top (?:stories|news)|also read|see also|other news|in other news|don(?:'|’)t miss|more to read|news feed|just in",
    match: 'line',
    kind: 'related-rail',
    rule: RAIL_HEADING_RULE,
    example: 'Read next',
  },
  {
    pattern:
      'читайте (?:также|далее|ещё|еще)|(?:ещё|еще) по теме|другие новости|новости по теме|популярное|самое (?:читаемое|популярное)|последние новости|похожие (?:материалы|новости|статьи|публикации)|рекомендуем|материалы по теме|лента новостей|выбор редакции|сейчас читают|вам (?:может быть|будет) интересно',
    match: 'line',
    kind: 'related-rail',
    rule: RAIL_HEADING_RULE,
    example: 'Читайте также',
  },
];

/**
 * Social networks and share actions. A short line made of these words is a share bar
 * ("Facebook Twitter WhatsApp Email"); a sentence that names one network is not.
 */
export const SHARE_WORDS: readonly { word: string; network: boolean; example: string }[] = [
  { word: 'facebook', network: true, example: 'Share: Facebook Twitter' },
  { word: 'twitter', network: true, example: 'Facebook Twitter LinkedIn' },
  { word: 'x', network: true, example: 'Share on X' },
  { word: 'whatsapp', network: true, example: 'WhatsApp Telegram' },
  { word: 'telegram', network: true, example: 'VK Telegram' },
  { word: 'linkedin', network: true, example: 'LinkedIn Email' },
  { word: 'reddit', network: true, example: 'Reddit Pinterest' },
  { word: 'pinterest', network: true, example: 'Pinterest Tumblr' },
  { word: 'tumblr', network: true, example: 'Tumblr Reddit' },
  { word: 'messenger', network: true, example: 'Messenger Viber' },
  { word: 'viber', network: true, example: 'Viber WhatsApp' },
  { word: 'threads', network: true, example: 'Threads Bluesky' },
  { word: 'bluesky', network: true, example: 'Bluesky Mastodon' },
  { word: 'mastodon', network: true, example: 'Mastodon Email' },
  { word: 'flipboard', network: true, example: 'Flipboard Pocket' },
  { word: 'pocket', network: true, example: 'Pocket Email' },
  { word: 'vk', network: true, example: 'VK OK Telegram' },
  { word: 'vkontakte', network: true, example: 'VKontakte Telegram' },
  { word: 'вконтакте', network: true, example: 'ВКонтакте Одноклассники' },
  { word: 'одноклассники', network: true, example: 'Одноклассники Telegram' },
  { word: 'телеграм', network: true, example: 'ВКонтакте Телеграм' },
  { word: 'ok', network: true, example: 'VK OK' },
  { word: 'email', network: false, example: 'Facebook Email' },
  { word: 'e-mail', network: false, example: 'Twitter E-mail' },
  { word: 'mail', network: false, example: 'Telegram Mail' },
  { word: 'print', network: false, example: 'Facebook Print' },
  { word: 'share', network: false, example: 'Share Facebook Twitter' },
  { word: 'this', network: false, example: 'Share this: Facebook' },
  { word: 'on', network: false, example: 'Share on Facebook' },
  { word: 'via', network: false, example: 'Share via WhatsApp' },
  { word: 'copy', network: false, example: 'Copy link' },
  { word: 'link', network: false, example: 'Copy link' },
  { word: 'tweet', network: false, example: 'Tweet Share' },
  { word: 'поделиться', network: false, example: 'Поделиться ВКонтакте' },
  { word: 'в', network: false, example: 'Поделиться в Telegram' },
];

/**
 * Words that make a line article content whatever else it looks like: reporting verbs and
 * attribution phrases. A line that says who said what is never chrome.
 */
export const CONTENT_CUES: readonly { pattern: string; example: string }[] = [
  { pattern: 'said|says|told|tells|stated|states', example: 'the minister said on Monday' },
  { pattern: 'added|noted|asked|replied|explained|stressed', example: 'he added that talks go on' },
  { pattern: 'emphasi[sz]ed|insisted|warned|argued|claimed|declared', example: 'she warned of retaliation' },
  { pattern: 'according to|quoted', example: 'according to the ministry' },
  { pattern: 'заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?', example: 'министр заявил' },
  { pattern: 'добавил[аи]?|пояснил[аи]?|сообщил[аи]?|по словам', example: 'по словам министра' },
];

/**
 * Labels that introduce a picture credit when followed by `:`, `|`, `/`, `©` or "by": the word
 * alone is common in prose ("the image of a strong leader"), the label shape is not.
 */
export const PHOTO_CREDIT_LABELS: readonly { pattern: string; example: string }[] = [
  { pattern: 'photos?', example: 'Photo: Reuters' },
  { pattern: 'photograph(?:er)?', example: 'Photograph: Jane Doe/AP' },
  { pattern: 'image', example: 'Image: Getty Images' },
  { pattern: 'picture', example: 'Picture: Supplied' },
  { pattern: 'pic', example: 'Pic: Instagram' },
  { pattern: 'credit', example: 'Credit: EPA-EFE' },
  { pattern: 'illustration', example: 'Illustration: Design desk' },
  { pattern: 'cover (?:photo|image)', example: 'Cover photo: press service' },
  { pattern: 'фото(?:графия)?', example: 'Фото: пресс-служба правительства' },
  { pattern: 'иллюстрация', example: 'Иллюстрация: редакция' },
  { pattern: 'изображение', example: 'Изображение: соцсети' },
  { pattern: 'кадр(?: из видео)?', example: 'Кадр из видео: телеграм-канал' },
  { pattern: 'источник фото', example: 'Источник фото: РИА Новости' },
];

/** Picture agencies and stock libraries: a short line ending in one is a caption credit. */
export const PICTURE_SOURCES: readonly { pattern: string; example: string }[] = [
  { pattern: 'getty images', example: 'Protesters in the square. Getty Images' },
  { pattern: 'shutterstock', example: 'Stock image / Shutterstock' },
  { pattern: 'ap photo(?:/[\\p{L} .]+)?', example: '(AP Photo/John Doe)' },
  { pattern: 'epa-efe', example: 'Photo by EPA-EFE' },
  { pattern: 'afp(?: via getty images)?', example: 'John Doe / AFP' },
  { pattern: 'unsplash', example: 'Photo by Jane Roe on Unsplash' },
  { pattern: 'depositphotos', example: 'Depositphotos' },
  { pattern: 'pexels', example: 'Photo by Sam Poe on Pexels' },
  { pattern: 'wikimedia commons', example: 'Wikimedia Commons' },
];
