import type { Span } from '../../model/span.ts';
import { type NameInText, readTitledName, wordsOf } from './label-names.ts';
import { labelRole } from './turn-label.ts';

/** What a key says of one numbered voice: the person, or that the voice asks (reporters, a moderator). */
export interface KeyedSpeaker {
  name: NameInText | null;
  asks: boolean;
}

/**
 * Automatic transcription labels its voices by number ("Speaker 2:"); whoever publishes the file
 * maps the numbers to people in a key above the turns ("Speaker 2 - Mayor Ilsa Varn", "Speaker 1:
 * Ivo Sarn, Director of Communications", "Speaker 4 = Reporters"). One key entry: the numbered
 * label, a separator (dash, colon, equals sign), and what it stands for up to the end of its line
 * or a semicolon (keys run on one line too: "Speaker 1 = Ivo Sarn; Speaker 2 = …").
 */
const KEY_ENTRY =
  /((?:speaker|participant|voice)[ \u00a0]?\d{1,3})[ \u00a0]*[-–—:=][ \u00a0]*([^;\n]{2,120})/giu;

/**
 * The key of a transcript's header: numbered label (lower case, one space) → the voice. A
 * description holding a questioner's role ("Reporters", "Moderator", "Audience") makes the voice
 * an asker; otherwise its name is the titled name before any comma or note ("Fire Chief Ilsa
 * Varn (City of Tarn)" → "Ilsa Varn"), two words at least: a bare office names no one.
 */
export function readSpeakerKey(text: string, header: Span): Map<string, KeyedSpeaker> {
  const key = new Map<string, KeyedSpeaker>();
  const source = text.slice(header.start, header.end);
  for (const m of source.matchAll(KEY_ENTRY)) {
    const label = normalizeNumbered(m[1]!);
    const descriptionAt = header.start + m.index + m[0].length - m[2]!.length;
    const words = wordsOf(m[2]!, descriptionAt);
    const asks = words.some(
      (w) => labelRole(w.norm) === 'question' || labelRole(`${w.norm}s`) === 'question',
    );
    const cut = m[2]!.search(/[,(]/u);
    const named = cut < 0 ? words : words.filter((w) => w.end <= descriptionAt + cut);
    const name = asks ? null : readTitledName(named, 0);
    key.set(label, { name: name && name.name.includes(' ') ? name : null, asks });
  }
  return key;
}

/** "SPEAKER 02" → "speaker 2": the key and the labels may print the number differently. */
export function normalizeNumbered(label: string): string {
  const m = /^(\p{L}+)[ \u00a0]?0*(\d+)$/u.exec(label.trim());
  return m ? `${m[1]!.toLowerCase()} ${m[2]}` : label.toLowerCase();
}
