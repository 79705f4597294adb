/**
 * solicitation (official posts only): an official account used to sell, campaign or proselytise
 * (CT §5.3).
 *
 *  - commercial: discount codes, "% off", "#ad", "buy my", "earn £… from home", "DM me for
 *    details", crypto/forex/investment, MLM ("join my team", "be your own boss"), promoting a
 *    business ("our friends at X have 0% finance", "tell them we sent you");
 *  - political: "vote for", "vote them out", "sign the petition", election campaigning;
 *  - religious: "be saved", "accept Jesus", "open your heart to …";
 *  - chain: "share with 10 friends", "don't break the chain", "RT to win", "forward this".
 * School fundraising (PTA raffle, bake sale, charity day, "we raised £…", tickets for the
 * school play) is the trust's own business and is not solicitation.
 */
import { alt } from '../lexicon';
import { E, T, anchors, clamp01, evidenceOf, hasAny, matchAll, mergeEvidence, rx } from './common';
import type { Hit } from './common';
import type { Analysis } from '../tokens';
import type { Evidence } from '../../domain/finding';

const FAMILIES: [string, number, RegExp][] = [
  [
    'commercial',
    0.8,
    rx(
      `${T}(?<promo>\\d{1,2} ?% off|\\d{1,2} ?% discount|discount code|promo code|voucher code|use (?:the )?code|with (?:the )?code|code [a-z0-9]{4,}|#?ad|#?sponsored|#?gifted|buy my|buy now|shop now|order now|order yours|book now with|limited time|this weekend only|today only|while stocks last|0% finance|interest free|finance available|tell them [^ .]+ sent you|mention (?:this post|us|@org|[^ .]+) (?:for|to get)|our friends at|check out my|check out (?:her|his|their) (?:etsy|shop|business|page|website|online shop|store|products|range)|(?:my|her|his) (?:new )?(?:business|etsy|etsy shop|small business|side hustle|online shop|store)|etsy|(?:is|are|am) selling (?:her|his|my|their|handmade|homemade|home made)|(?:visit|support) my|link in (?:my )?bio|(?:message|dm|contact|pm|inbox|email|text) (?:her|him|me|them|us) (?:for|to (?:get|order|book)) (?:a discount|discounts|details|prices|orders|an order|info|a catalogue|a brochure)|(?:avon|younique|forever living|herbalife|juice plus|arbonne|usborne books at home|tupperware|partylite|scentsy|utility warehouse)|mates rates|mate's rates|mates' rates|mate rates|friends and family (?:rates|discount|prices)|(?:also|now) (?:does|offers|sells|makes|runs|teaches) (?:[^ .]+ ){0,3}?(?:nails|lashes|brows|tattoos|hair|cakes|candles|massage|massages|makeup|make-up|reflexology|tutoring|private lessons|parties|photography|dog walking)(?: [^ ]+){0,8} (?:message|dm|contact|book|prices|rates|enquiries|inbox))${E}`,
    ),
  ],
  [
    'money scheme',
    0.85,
    rx(
      `${T}(?<scheme>earn (?:£|\\$)?\\d[\\d,]*k?(?: a| per)? ?(?:week|day|month|hour)?|earn money|make money|from home|work from home|no experience needed|no experience necessary|be your own boss|join my team|financial freedom|passive income|side hustle|crypto|cryptocurrency|bitcoin|btc|forex|investment opportunity|invest now|double your money|guaranteed returns|dm me for (?:details|info|more)|message me for (?:details|info)|pyramid|mlm)${E}`,
    ),
  ],
  [
    'political campaigning',
    0.8,
    rx(
      `${T}(?<campaign>vote for|please vote|go and vote|vote (?:them|him|her) out|vote out|vote (?:labour|conservative|tory|reform|green|lib dem|snp|plaid)|#vote[a-z]*|sign the petition|sign our petition|sign this petition|write to your mp|candidate|elect|re-elect|polling day|the only candidate)${E}`,
    ),
  ],
  [
    'religious proselytising',
    0.8,
    rx(
      `${T}(?<faith>be saved|get saved|accept (?:jesus|christ|the lord|allah|god)|open your (?:heart|hearts) to|give your life to|repent|salvation|born again|the lord jesus|jesus saves|find jesus|find god|convert to|join our church|join our mosque|revival meeting|revival)${E}`,
    ),
  ],
  [
    'chain letter',
    0.85,
    rx(
      `${T}(?<chain>share (?:this|with) (?:\\d+|ten|five) (?:friends|people)|share with \\d+|(?:don't|dont|do not) break the chain|forward (?:this|to) (?:\\d+|ten)|rt to win|retweet to win|share to win|like and share to|share this post (?:with|and)|in the next hour|bad luck if you don't|copy and paste|(?:don't|dont|do not) let the chain (?:stop|end|break|die)|every (?:share|retweet|rt|like) (?:gets|counts|helps|brings|means)|(?:please )?(?:rt|retweet) and share)${E}`,
    ),
  ],
];

const SCHOOL_FUNDRAISING = new RegExp(
  `(?<![^ ])${alt([
    'pta',
    'ptfa',
    'friends of',
    'raffle',
    'bake sale',
    'cake sale',
    'charity',
    'fundraising',
    'fundraiser',
    'raised',
    'raising',
    'donate',
    'donations',
    'tickets',
    'school fair',
    'summer fair',
    'christmas fair',
    'car boot',
    'non-uniform',
    'non uniform',
    'sponsored',
    'comic relief',
    'children in need',
    'red nose',
    'jeans for genes',
    'macmillan',
    'uniform shop',
    'school shop',
    'school photos',
    'parentpay',
  ])}(?![^ ])`,
);

export interface SolicitationResult {
  hit: Hit | null;
  campaigning: boolean;
}

/** Anchor words per family: the pattern runs only if one is present. */
const NEED: Record<string, ReadonlySet<string>> = {
  commercial: anchors(
    'off discount code ad sponsored gifted buy shop order book limited weekend today stocks finance interest tell mention friends check business etsy selling selling visit support link message dm contact pm inbox email text avon younique forever herbalife juice arbonne usborne tupperware partylite scentsy utility rates',
  ),
  'money scheme': anchors(
    'earn money home experience boss team financial passive side crypto cryptocurrency bitcoin btc forex investment invest double guaranteed dm message pyramid mlm',
  ),
  'political campaigning': anchors('vote please go sign write candidate elect re-elect polling only'),
  'religious proselytising': anchors(
    'saved accept open give repent salvation born lord jesus find convert join revival',
  ),
  'chain letter': anchors('share forward rt retweet like in bad copy chain every'),
};

export function detectSolicitation(a: Analysis): SolicitationResult {
  const evidence: Evidence[] = [];
  let best = 0;
  let family = '';
  let campaigning = false;
  const fundraising = SCHOOL_FUNDRAISING.test(a.canon);
  for (const [name, score, re] of FAMILIES) {
    const need = NEED[name];
    if (need && !hasAny(a, need)) continue;
    for (const m of matchAll(a, re, 3)) {
      const word = a.canon.slice(m.cs, m.ce);
      let s = score;
      if (name === 'commercial' || name === 'money scheme') {
        if (
          fundraising &&
          !/(?:% off|discount|promo|#?ad$|crypto|bitcoin|finance|earn|buy my|my business|side hustle|join my team)/.test(
            word,
          )
        )
          continue;
        if (word === 'from home' && !/(?<![^ ])(?:earn|work|money|£|income)(?![^ ])/.test(a.canon)) continue;
        if (
          /^(?:code [a-z0-9]+)$/.test(word) &&
          !/(?<![^ ])(?:off|discount|%|save|order|shop|use)(?![^ ])/.test(a.canon)
        )
          continue;
        if (
          /^#?(?:ad|gifted|sponsored)$/.test(word) &&
          a.tokens.every((t) => !t.hashtag || t.norm !== word.replace('#', ''))
        ) {
          // "ad" only as a hashtag
          if (!word.startsWith('#')) continue;
        }
        if (
          word === 'limited time' ||
          word === 'today only' ||
          word === 'while stocks last' ||
          word === 'order now' ||
          word === 'our friends at'
        )
          s = 0.6;
      }
      if (name === 'political campaigning') {
        if (
          /^(?:candidate|elect|re-elect)$/.test(word) &&
          !/(?<![^ ])(?:vote|election|council|councillor|cllr|mp|party|polling)(?![^ ])/.test(a.canon)
        )
          continue;
        if (
          /(?<![^ ])(?:school council|student council|house captain|head boy|head girl|prefect|pupil parliament|mock election|eco council)(?![^ ])/.test(
            a.canon,
          )
        )
          continue;
        campaigning = true;
      }
      if (
        name === 'religious proselytising' &&
        (word === 'salvation' || word === 'revival' || word === 'repent')
      ) {
        if (/(?<![^ ])(?:army|re|lesson|history|topic|study|studying|learn|learning)(?![^ ])/.test(a.canon))
          continue;
      }
      evidence.push(...evidenceOf(a, m, name));
      if (s > best) {
        best = s;
        family = name;
      } else {
        best = Math.min(0.95, best + 0.05);
      }
    }
  }
  if (best < 0.5) return { hit: null, campaigning };
  return {
    campaigning,
    hit: {
      kind: 'solicitation',
      rule: `solicitation.${family.replace(/ /g, '_')}`,
      score: clamp01(best),
      evidence: mergeEvidence(evidence),
      explanation: `Official account used for ${family}.`,
    },
  };
}
