// wink-porter2-stemmer ships no types: its one export, the Porter2 stem of a lower-case word.
declare module 'wink-porter2-stemmer' {
  export default function stem(word: string): string;
}
