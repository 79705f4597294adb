import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ConfigError, formatProblem, parseConfig } from '../../../lib/config/load';

const EXAMPLE = readFileSync(new URL('../../../config/riverside.yaml', import.meta.url), 'utf8');

/** Apply edits to the example through the YAML document API (keeps comments and line layout). */
const edit = (fn: (doc: ReturnType<typeof parseDocument>) => void): string => {
  const doc = parseDocument(EXAMPLE);
  fn(doc);
  return doc.toString();
};

const problemsOf = (yaml: string): string[] => {
  try {
    parseConfig(yaml, 'test.yaml');
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
};

describe('the example config', () => {
  it('is valid and gets its defaults', () => {
    const cfg = parseConfig(EXAMPLE);
    expect(cfg.academies.map((a) => a.id)).toEqual(['oakfield', 'kingsmead', 'brookside', 'willowlane']);
    expect(cfg.accounts).toHaveLength(10);
    expect(cfg.alerts.immediate).toEqual(['critical', 'high']);
    expect(cfg.academies[3]?.keywords).toEqual([]);
  });

  it('strips a leading @ from handles', () => {
    const cfg = parseConfig(edit((d) => d.setIn(['accounts', 0, 'handle'], '@RiversideLT')));
    expect(cfg.accounts[0]?.handle).toBe('RiversideLT');
  });
});

// Each broken config: what is changed, and the path + reason the validator must report.
const BROKEN: { name: string; yaml: () => string; expect: RegExp }[] = [
  {
    name: 'DSL email not an email',
    yaml: () => edit((d) => d.setIn(['academies', 2, 'dsl', 'email'], 'joanne.wright')),
    expect: /^academies\[2\]\.dsl\.email \(line \d+\): not an email address$/,
  },
  {
    name: 'missing CEO',
    yaml: () => edit((d) => d.deleteIn(['trust', 'ceo'])),
    expect: /^trust\.ceo \(line \d+\): is required$/,
  },
  {
    name: 'duplicate academy id',
    yaml: () => edit((d) => d.setIn(['academies', 3, 'id'], 'oakfield')),
    expect: /^academies\[3\]\.id \(line \d+\): duplicate academy id "oakfield" \(also academies\[0\]\)$/,
  },
  {
    name: 'account owned by an unknown academy',
    yaml: () => edit((d) => d.setIn(['accounts', 1, 'owner'], 'oakfeild')),
    expect: /^accounts\[1\]\.owner \(line \d+\): "oakfeild" is not an academy id \(known: .*oakfield.*\)$/,
  },
  {
    name: 'account with one admin and no knownGap',
    yaml: () => edit((d) => d.deleteIn(['accounts', 2, 'admins', 1])),
    expect:
      /^accounts\[2\]\.admins \(line \d+\): has 1 admin contact\(s\); every account needs two \(CT §4\.4\.2\)/,
  },
  {
    name: 'admin with a personal mail domain',
    yaml: () => edit((d) => d.setIn(['accounts', 3, 'admins', 0, 'email'], 'nadia.r1985@gmail.com')),
    expect:
      /^accounts\[3\]\.admins\[0\]\.email \(line \d+\): gmail\.com is a personal mail domain; admins must use a work address \(CT §4\.4\.2\)$/,
  },
  {
    name: 'admin on hotmail.co.uk',
    yaml: () => edit((d) => d.setIn(['accounts', 0, 'admins', 1, 'email'], 'itdesk@hotmail.co.uk')),
    expect: /^accounts\[0\]\.admins\[1\]\.email .*hotmail\.co\.uk is a personal mail domain/,
  },
  {
    name: 'duplicate handle, different case',
    yaml: () => edit((d) => d.setIn(['accounts', 4, 'handle'], 'oakfieldacad')),
    expect: /^accounts\[4\]\.handle \(line \d+\): duplicate handle @oakfieldacad \(also accounts\[1\]\)$/,
  },
  {
    name: 'handle too long',
    yaml: () => edit((d) => d.setIn(['accounts', 0, 'handle'], 'RiversideLearningTrust')),
    expect: /^accounts\[0\]\.handle \(line \d+\): not an X handle \(1–15 letters, digits or underscores\)$/,
  },
  {
    name: 'unknown platform',
    yaml: () => edit((d) => d.setIn(['accounts', 0, 'platform'], 'facebook')),
    expect: /^accounts\[0\]\.platform \(line \d+\): only "x" is monitored today$/,
  },
  {
    name: 'bad time zone',
    yaml: () => edit((d) => d.setIn(['trust', 'timeZone'], 'Europe/Londn')),
    expect: /^trust\.timeZone \(line \d+\): not a known IANA time zone/,
  },
  {
    name: 'misspelt field',
    yaml: () => edit((d) => d.setIn(['academies', 0, 'principle'], { name: 'x', email: 'x@y.example' })),
    expect: /^academies\[0\] \(line \d+\): unknown field "principle" \(check the spelling\)$/,
  },
  {
    name: 'severity that does not exist',
    yaml: () => edit((d) => d.setIn(['alerts', 'immediate'], ['critical', 'urgent'])),
    expect: /^alerts\.immediate\[1\] \(line \d+\): must be one of critical, high, medium, low$/,
  },
  {
    name: 'severity both immediate and roll-up',
    yaml: () => edit((d) => d.setIn(['alerts', 'rollup'], ['high', 'medium', 'low'])),
    expect: /^alerts\.rollup \(line \d+\): "high" is listed both as immediate and as roll-up; choose one$/,
  },
  {
    name: 'critical not immediate',
    yaml: () =>
      edit((d) => {
        d.setIn(['alerts', 'immediate'], ['high']);
        d.setIn(['alerts', 'rollup'], ['critical', 'medium', 'low']);
      }),
    expect: /^alerts\.immediate .*critical alerts \(threats, safeguarding\) must be sent immediately$/,
  },
  {
    name: 'digest time not a time',
    yaml: () => edit((d) => d.setIn(['schedule', 'digest', 'time'], '7.30am')),
    expect: /^schedule\.digest\.time \(line \d+\): must be a 24-hour time like "07:30"$/,
  },
  {
    name: 'poll interval out of range',
    yaml: () => edit((d) => d.setIn(['schedule', 'pollMinutes'], 0)),
    expect: /^schedule\.pollMinutes \(line \d+\): must be at least 1$/,
  },
  {
    name: 'budget negative',
    yaml: () => edit((d) => d.setIn(['x', 'monthlyBudgetUsd'], -5)),
    expect: /^x\.monthlyBudgetUsd \(line \d+\): must be a positive number of US dollars$/,
  },
  {
    name: 'budget given as text',
    yaml: () => edit((d) => d.setIn(['x', 'monthlyBudgetUsd'], '150 dollars')),
    expect: /^x\.monthlyBudgetUsd \(line \d+\): must be a number, not a string$/,
  },
  {
    name: 'approval date not a date',
    yaml: () => edit((d) => d.setIn(['accounts', 5, 'approvedOn'], 'last February')),
    expect: /^accounts\[5\]\.approvedOn \(line \d+\): must be a date like 2026-09-01$/,
  },
  {
    name: 'academy id with capitals and spaces',
    yaml: () => edit((d) => d.setIn(['academies', 1, 'id'], 'Kings Mead')),
    expect: /^academies\[1\]\.id \(line \d+\): must be 2–40 lower-case letters/,
  },
  {
    name: 'no academies',
    yaml: () => edit((d) => d.setIn(['academies'], [])),
    expect: /^academies \(line \d+\): list at least one academy$/,
  },
  {
    name: 'no trust-owned account',
    yaml: () => edit((d) => d.setIn(['accounts', 0, 'owner'], 'oakfield')),
    expect: /^accounts \(line \d+\): no account is owned by "trust"/,
  },
  {
    name: 'same admin twice',
    yaml: () =>
      edit((d) => d.setIn(['accounts', 1, 'admins', 1, 'email'], 'office@oakfield.riverside-trust.example')),
    expect: /^accounts\[1\]\.admins \(line \d+\): the two admin contacts must be different people/,
  },
  {
    name: 'academies given as a mapping',
    yaml: () => edit((d) => d.setIn(['academies'], { oakfield: 'Oakfield Academy' })),
    expect: /^academies \(line \d+\): must be a list, not a mapping$/,
  },
  {
    name: 'trust id reused by an academy',
    yaml: () => edit((d) => d.setIn(['academies', 0, 'id'], 'riverside')),
    expect: /^trust\.id \(line \d+\): "riverside" is also an academy id; the trust needs its own id$/,
  },
  {
    name: 'from address not an email',
    yaml: () => edit((d) => d.setIn(['alerts', 'from'], 'TrustWatch <trustwatch@riverside-trust.example>')),
    expect: /^alerts\.from \(line \d+\): not an email address$/,
  },
  {
    name: 'retention of zero days',
    yaml: () => edit((d) => d.setIn(['retention', 'postsDays'], 0)),
    expect: /^retention\.postsDays \(line \d+\): must be at least 1$/,
  },
  {
    name: 'empty principal name',
    yaml: () => edit((d) => d.setIn(['academies', 1, 'principal', 'name'], '  ')),
    expect: /^academies\[1\]\.principal\.name \(line \d+\): must not be empty$/,
  },
  {
    name: 'unknown principal title',
    yaml: () => edit((d) => d.setIn(['academies', 1, 'principal', 'title'], 'Boss')),
    expect: /^academies\[1\]\.principal\.title \(line \d+\): must be one of "Principal", "Headteacher"/,
  },
];

describe('trustwatch validate: broken configs name the field and the reason', () => {
  it.each(BROKEN)('$name', ({ yaml, expect: re }) => {
    const problems = problemsOf(yaml());
    expect(
      problems.some((p) => re.test(p)),
      `got:\n${problems.join('\n')}`,
    ).toBe(true);
  });

  it('reports every problem at once, not just the first', () => {
    const yaml = edit((d) => {
      d.setIn(['academies', 0, 'dsl', 'email'], 'nope');
      d.setIn(['x', 'monthlyBudgetUsd'], -1);
      d.setIn(['accounts', 1, 'owner'], 'nowhere');
    });
    expect(problemsOf(yaml)).toHaveLength(3);
  });

  it('points at the line of the offending field', () => {
    const yaml = edit((d) => d.setIn(['academies', 2, 'dsl', 'email'], 'joanne.wright'));
    const line = yaml.split('\n').findIndex((l) => l.includes('joanne.wright')) + 1;
    expect(problemsOf(yaml)[0]).toContain(`(line ${line})`);
  });

  it('explains YAML syntax errors with a line number', () => {
    const problems = problemsOf('trust:\n  id: riverside\n  name: [unclosed\n');
    expect(problems[0]).toMatch(/^\(yaml\) \(line \d+\): not valid YAML/);
  });

  it('refuses an empty file', () => {
    expect(problemsOf('')).toEqual(['(file): the file is empty']);
  });

  it('accepts an account with one admin when the gap is recorded', () => {
    const yaml = edit((d) => {
      d.deleteIn(['accounts', 2, 'admins', 1]);
      d.setIn(['accounts', 2, 'knownGap'], 'second admin joins in January');
    });
    expect(problemsOf(yaml)).toEqual([]);
  });
});
