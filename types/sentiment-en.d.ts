/**
 * The English language module of `sentiment` 5 (no types of its own): AFINN-165 labels and the
 * negation scoring strategy, used to register English plus the school lexicon as one language
 * (lib/classify/index.ts). Imported as the package's CommonJS module, not its labels.json: a JSON
 * module with keys such as "await" cannot be turned into ES named exports.
 */
declare module 'sentiment/languages/en/index' {
  import type Sentiment from 'sentiment';
  const english: Sentiment.LanguageModule;
  export default english;
}
declare module 'sentiment/lib/tokenize' {
  /** How `sentiment` splits a phrase into the tokens it scores. */
  const tokenize: (input: string) => string[];
  export default tokenize;
}
