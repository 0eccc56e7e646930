/** The demo's languages: the seven built in, and Arabic, which the stage registers (`arabic.ts`). */

export const languages = [
  ['en', 'English'],
  ['sl', 'Slovenščina'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['it', 'Italiano'],
  ['hr', 'Hrvatski'],
  ['ar', 'العربية (registered by this page)'],
] as const;

export type Language = (typeof languages)[number][0];
