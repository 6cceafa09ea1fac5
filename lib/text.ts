/**
 * Text as a person reads it on the page: every run of whitespace (spaces, tabs, line breaks, non-breaking spaces)
 * becomes one space, with none at either end. Missing text (null from `textContent`, an absent attribute) is ''.
 */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
