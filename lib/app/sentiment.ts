/**
 * The sentiment index of a post for the COO digest's trend lines: AFINN (the `sentiment` package)
 * with the classifier's school-domain extras ("shambles", "sacked", …), squashed into [-1, 1]
 * (tanh of the summed score / 5: one strong word moves it about a third of the way). A measure of
 * tone across many posts, not a classifier: flags come from lib/classify.
 */
import Sentiment from 'sentiment';
import { DOMAIN_EXTRAS } from '../classify/rules/disparaging';

const analyzer = new Sentiment();
const MAX_CHARS = 4000;

export const sentimentIndex = (text: string): number => {
  const r = analyzer.analyze(text.slice(0, MAX_CHARS), { extras: DOMAIN_EXTRAS });
  return Math.round(Math.tanh(r.score / 5) * 1000) / 1000;
};
