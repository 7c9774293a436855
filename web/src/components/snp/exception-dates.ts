// The exception dates of a weekly pattern, typed as « 25/12/2026 01/01/2027 » or ISO dates,
// separated by spaces, commas or semicolons.

/** The ISO dates of the text; a word that is not a date is kept as is (the server names it). */
export function parseExceptionDates(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((word) => {
      const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(word);
      return french ? `${french[3]}-${french[2].padStart(2, '0')}-${french[1].padStart(2, '0')}` : word;
    });
}
