import type { Messages } from '../i18n/de';

/** An analysis's title and description in the user's language where the catalogue has them, else the API's. */
export function analysisTexts(t: Messages, analysis: { name: string; title: string; description: string }): { title: string; description: string } {
  return t.analyses.library[analysis.name] ?? analysis;
}
