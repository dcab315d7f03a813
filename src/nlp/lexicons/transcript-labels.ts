/**
 * Paragraph-initial labels of interview and briefing transcripts ("Question: …", "Q:", "A:",
 * "Aurel Brannik: …"). Interviewer labels mark the questions; answer labels the interviewee's
 * turns; other `Word:` line starts are captions and chrome, not speakers.
 */
export interface TranscriptLabel {
  label: string;
  role: 'question' | 'answer' | 'not-a-speaker';
  example: string;
}

function labels(role: TranscriptLabel['role'], words: string, example: string): TranscriptLabel[] {
  return words.split(',').map((label) => ({ label, role, example }));
}

export const TRANSCRIPT_LABELS: readonly TranscriptLabel[] = [
  ...labels(
    'question',
    'q,question,interviewer,journalist,reporter,moderator,host,correspondent',
    'Question: Has there been any response?',
  ),
  ...labels('question', 'presenter,anchor,audience member,press,media', 'Journalist: What comes next?'),
  ...labels('answer', 'a,answer,reply,response', 'A: We are ready for any outcome.'),
  ...labels(
    'not-a-speaker',
    'photo,photos,image,picture,video,credit,caption,source,sources,tags,tag,topics',
    'Photo: Reuters',
  ),
  ...labels(
    'not-a-speaker',
    'related,read more,read also,also read,see also,more,update,updated,note,editor’s note',
    'Read more: The summit in numbers',
  ),
  ...labels(
    'not-a-speaker',
    "editor's note,posted,published,date,time,location,place,email,e-mail,tel,phone,fax",
    'Published: 9 November 2025',
  ),
  ...labels(
    'not-a-speaker',
    'subject,title,by,file,pictured,watch,listen,share,advertisement,sponsored,warning',
    'Watch: the full interview',
  ),
  ...labels(
    'not-a-speaker',
    'disclaimer,contact,address,website,category,section,keywords,summary,highlights',
    'Summary: talks stalled',
  ),
  ...labels(
    'not-a-speaker',
    'background,context,analysis,opinion,exclusive,breaking,live,comments,follow',
    'Background: the treaty expires in 2026',
  ),
];

export const TRANSCRIPT_LABEL_ROLES: ReadonlyMap<string, TranscriptLabel['role']> = new Map(
  TRANSCRIPT_LABELS.map((l) => [l.label, l.role]),
);
