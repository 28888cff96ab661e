/**
 * When two paragraphs are one. Page breaks and PDF extraction cut sentences ("… Chương trình" / "hành động
 * số 39-CTr/TU …"); the second half then starts in lower case after a line that did not end a sentence.
 * A numbering marker ("a)", "đ)") also starts in lower case, so markers never continue a paragraph.
 */

import { readMarker } from "../numbering";
import { endsTerminal, startsLower } from "../text-utils";

export function continuesParagraph(previous: string, next: string): boolean {
  return !endsTerminal(previous) && startsLower(next) && readMarker(next) === null;
}
