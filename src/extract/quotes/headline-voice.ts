import type { Article } from '../../model/article.ts';
import type { Span } from '../../model/span.ts';
import type { SpeakerRef } from '../speakers/frame.ts';

/** Characters from the text's start within which the title's line is looked for (a masthead may come first). */
const TITLE_SEARCH_CHARS = 400;

interface VoiceDraft extends Span {
  kind: string;
  speaker: SpeakerRef | null;
  speakerRule: string | null;
}

/**
 * speaker.headline-sole-voice: "Solvik's ferry bill passes: 'The boats will run on time'",
 * "Port 'short of pilots', councillors told" — a headline quotes without a cue
 * of its own, and the story below names who said it. When every quotation the body attributes is
 * one person's, the headline's unattributed quotation is that person's too: a headline quotes
 * from its story, and a story with one voice has no one else to quote. With two voices in the
 * body (a critic beside the minister) the headline's quote stays unattributed.
 */
export function lendHeadlineSoleVoice(article: Article, drafts: VoiceDraft[]): void {
  // The title the metadata reader found, else the first line (a text read with no metadata).
  const title = article.title?.trim() || article.text.trimStart().split('\n', 1)[0]!.trim();
  if (!title) return;
  const at = article.text.indexOf(title);
  if (at < 0 || at > TITLE_SEARCH_CHARS) return;
  const end = at + title.length;
  const open = drafts.filter((d) => d.kind === 'direct' && d.start >= at && d.end <= end && !d.speaker);
  if (open.length === 0) return;
  let voice: SpeakerRef | null = null;
  for (const d of drafts) {
    if (d.start < end || d.kind !== 'direct' || !d.speaker) continue;
    if (d.speaker.type !== 'person') return;
    if (voice && keyOf(voice) !== keyOf(d.speaker)) return;
    voice = d.speaker;
  }
  if (!voice) return;
  for (const d of open) {
    d.speaker = voice;
    d.speakerRule = 'speaker.headline-sole-voice';
  }
}

function keyOf(r: SpeakerRef): string {
  return r.entity ?? r.name;
}
