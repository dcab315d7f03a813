import { type ChromeDoc, isContinuation, markLine } from './doc.ts';
import { isTimestampLine } from './shapes.ts';

/**
 * Bare timestamps: "22:30", "13:48 09.11.2025 •", "Updated 2 hours ago", «9 ноября 2025, 13:48».
 * A line that is only a date or time is a byline stamp or a rail item's time; the date itself is
 * read by the metadata stage from the marked range.
 */
export function markTimestamps(doc: ChromeDoc): void {
  doc.lines.forEach((line, i) => {
    if (!isContinuation(doc, i) && isTimestampLine(line.text))
      markLine(doc, i, 'timestamp', 'chrome.timestamp');
  });
}
