/** Articles that report one real-world event (an interview, a speech, a summit). */
export interface Story {
  id: string;
  title: string;
  articles: string[];
  /** The article that *is* the statement (a transcript, an official text), if any. */
  primary: string | null;
  primaryConfidence: number;
  /** `auto` when detected, `user` when set with --primary. */
  primarySource?: 'auto' | 'user';
}
