/**
 * Inline series inside paragraphs (docs/domain.md §3): 一是…二是…三是…, 首先…其次…, 第一,…第二,…
 * A token needs a clause boundary before it, so 统一是 and 唯一是 are not series, and a delimiter
 * after 第N, so 第一次, 第一批 and 第二天 are not either.
 */
import { parseChineseNumeral } from '../chinese-numerals';
import { markLines, matchesOf, type LineSearch } from '../search';
import { memo, type ReportModel } from '../parse/model';
import { CLOSE_PAREN, COLON, COMMA, isDigitCode, SENTENCE_END } from '../chars';

export interface SeriesToken {
  /** 一是; 一要; 第一，; 首先; 其一，; （1）…（2）… or ①…②… within one line. */
  kind: 'shi' | 'yao' | 'di' | 'qici' | 'qi' | 'paren' | 'circled';
  value: number;
  line: number;
  /** Columns of the numeral (or of 其次). */
  start: number;
  end: number;
}

export interface Series {
  kind: SeriesToken['kind'];
  tokens: SeriesToken[];
  /** The first token stands right after a colon (……以下工作：第二，…): a list opens there, so it should open at one. */
  opensAfterColon?: boolean;
}

const BOUNDARY = `(?:^[ \\t\\u3000]*|[${SENTENCE_END}${COMMA}${COLON}${CLOSE_PAREN}」』”"\\]】 \\t\\u3000])`;
/** 一是…二是… and 一要…二要… (what must be done, in plans and speeches): group 2 tells which. */
const SHI = new RegExp(`${BOUNDARY}([一二三四五六七八九十]{1,3})([是要])`, 'g');
const DI = new RegExp(`([${SENTENCE_END}${COLON}])([ \\t\\u3000]*)第([一二三四五六七八九十]{1,3})(?=[${COMMA}、${COLON}]|是)`, 'g');
/** 其一，… 其二，…: the numeral after 其 takes a comma, a colon, or 是. */
const QI = new RegExp(`${BOUNDARY}其([一二三四五六七八九十])(?=[${COMMA}、${COLON}]|是)`, 'g');
/** 首先，… 其次是… : a connector takes a comma, a colon, or 是 and what it introduces. */
const QICI = new RegExp(`${BOUNDARY}(首先|其次|再次|最后)(?=[${COMMA}、${COLON}]|是)`, 'g');

/**
 * （1）完善机制；（2）强化考核；（4）抓好落实 and ①…；②… within one line, each item after a clause
 * boundary: 初三（1）班 and 第①项 are not items. A line's items only: across lines they are markers.
 */
const PAREN = /(?:^[ \t\u3000]*|[；;。，,：:][ \t\u3000]*)[（(](\d{1,2})[）)]/g;
const CIRCLED = /(?:^[ \t\u3000]*|[；;。，,：:][ \t\u3000]*)([\u2460-\u2473])/g;
const SHI_HINT = /[一二三四五六七八九十][是要]/;
const DI_HINT = /第[一二三四五六七八九十]/;
/** Bits of a line's mark: which kinds of token its raw text may hold. */
const MAY_SHI = 1;
const MAY_DI = 2;
const MAY_QICI = 4;
const MAY_ITEM = 8;
const MAY_QI = 16;

const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const NUMERALS = codes('一二三四五六七八九十');
const CLAUSE_MARKS = codes('；;。，,：:');
const COLONS = codes('：:');
const CI = '次'.charCodeAt(0);
const SPACES = codes(' \t\u3000');

/** A clause mark before `at`, past spaces: where an inline item may start. */
function afterClauseMark(s: string, at: number): boolean {
  let i = at - 1;
  while (SPACES.has(s.charCodeAt(i))) i--;
  return CLAUSE_MARKS.has(s.charCodeAt(i));
}

/**
 * Which lines may hold which tokens, by native search over the whole text for a character each
 * token must hold (是, 第, a bracket), its neighbours checked at each hit: a regex that starts with
 * a character class ([一二…十]是, or the clause marks before an item) ran at every position of the
 * text and cost this rule several times what the searches do.
 */
const TOKEN_SEARCHES: LineSearch[] = [
  { needles: ['是', '要'], accept: (s, at) => NUMERALS.has(s.charCodeAt(at - 1)), bit: MAY_SHI },
  { needles: ['第'], accept: (s, at) => NUMERALS.has(s.charCodeAt(at + 1)), bit: MAY_DI },
  // One search for 其 serves 其次 and 其一 (each search is a pass over the whole text); the lines
  // are read for both, and each kind's own test decides.
  { needles: ['其'], accept: (s, at) => s.charCodeAt(at + 1) === CI || NUMERALS.has(s.charCodeAt(at + 1)), bit: MAY_QICI | MAY_QI },
  { needles: ['首先'], bit: MAY_QICI },
  { needles: ['(', '（'], accept: (s, at) => isDigitCode(s.charCodeAt(at + 1)) && afterClauseMark(s, at), bit: MAY_ITEM },
  { regex: /[\u2460-\u2473]/g, accept: afterClauseMark, bit: MAY_ITEM },
];

/** The inline series of a text, found once per model. */
export function findInlineSeries(model: ReportModel): Series[] {
  return memo(model, scan);
}

function scan(model: ReportModel): Series[] {
  const out: Series[] = [];
  /** The series of each kind that runs on: since the last heading, or, for 第N, since the line's start. */
  const running = new Map<SeriesToken['kind'], Series>();
  const add = (token: SeriesToken, open?: Pick<Series, 'opensAfterColon'>): void => {
    running.set(token.kind, addToken(out, running.get(token.kind) ?? null, token, open));
  };
  /** A 首先 since the last heading: a 其次 in a later paragraph continues it, not a series of its own. */
  let firstSeen = false;
  const marks = markLines(model, TOKEN_SEARCHES);
  for (const line of model.lines) {
    const text = line.masked;
    const marker = model.markerAt[line.index];
    // A heading starts a new section: a series never runs across it.
    if (marker) {
      running.clear();
      firstSeen = false;
    }
    const may = marks[line.index]!;
    if (!may) continue;
    // The marks come from the raw text; the tests below read the masked line (no URLs, no code).
    if (may & MAY_SHI && SHI_HINT.test(text)) {
      for (const m of matchesOf(SHI, text)) {
        const numeral = m[1]!;
        const value = parseChineseNumeral(numeral);
        if (value === null || value < 1) continue;
        const start = m.index! + m[0].length - numeral.length - 1;
        add({ kind: m[2] === '是' ? 'shi' : 'yao', value, line: line.index, start, end: start + numeral.length });
      }
    }
    if (may & MAY_DI && DI_HINT.test(text)) {
      running.delete('di');
      for (const m of matchesOf(DI, text)) {
        const numeral = m[3]!;
        const value = parseChineseNumeral(numeral);
        if (value === null || value < 1) continue;
        const start = m.index! + 1 + m[2]!.length + 1;
        add({ kind: 'di', value, line: line.index, start, end: start + numeral.length }, { opensAfterColon: COLONS.has(m[1]!.charCodeAt(0)) });
      }
    }
    if (may & MAY_QICI && (text.indexOf('其次') >= 0 || text.indexOf('首先') >= 0)) {
      let series: Series | null = null;
      for (const m of matchesOf(QICI, text)) {
        const word = m[1]!;
        const start = m.index! + m[0].length - word.length;
        const value = word === '首先' ? 1 : word === '其次' ? 2 : word === '再次' ? 3 : 0;
        // A series opens at 首先, or at a 其次 with no 首先 before it in the section (one missing its start).
        if (word === '首先' || (!series && value === 2 && !firstSeen)) out.push((series = { kind: 'qici', tokens: [] }));
        if (word === '首先') firstSeen = true;
        if (!series) continue;
        if (value) series.tokens.push({ kind: 'qici', value, line: line.index, start, end: start + word.length });
      }
    }
    if (may & MAY_QI) {
      for (const m of matchesOf(QI, text)) {
        const value = parseChineseNumeral(m[1]!)!;
        const start = m.index! + m[0].length - 1;
        add({ kind: 'qi', value, line: line.index, start, end: start + 1 });
      }
    }
    if (may & MAY_ITEM) {
      lineItems(PAREN, 'paren', line.index, text, out);
      lineItems(CIRCLED, 'circled', line.index, text, out);
    }
  }
  // A series needs two tokens, except one that starts past its first item (二是 … with no 一是; 其次 or 其二 with no 首先 or 其一).
  return out.filter((s) => s.tokens.length > 1 || (s.tokens.length === 1 && (s.kind === 'qici' || s.kind === 'qi') && s.tokens[0]!.value === 2));
}

/**
 * Adds `token` to `current`, or to a new series (put in `out`) where one starts: at the number 1, or
 * where none runs. `open` is what a new series records of its start. Returns the series it went to.
 */
function addToken(out: Series[], current: Series | null, token: SeriesToken, open?: Pick<Series, 'opensAfterColon'>): Series {
  let series = current;
  if (token.value === 1 || !series) out.push((series = { kind: token.kind, tokens: [], ...open }));
  series.tokens.push(token);
  return series;
}

/** The items of one kind on one line, a new series at each (1) or ①. */
function lineItems(re: RegExp, kind: 'paren' | 'circled', line: number, text: string, out: Series[]): void {
  let series: Series | null = null;
  for (const m of matchesOf(re, text)) {
    const digits = m[1]!;
    const value = kind === 'paren' ? Number(digits) : digits.charCodeAt(0) - 0x245f;
    const start = m.index! + m[0].length - digits.length - (kind === 'paren' ? 1 : 0);
    series = addToken(out, series, { kind, value, line, start, end: start + digits.length });
  }
}

export interface SeriesBreak {
  token: SeriesToken;
  expected: number;
  kind: 'gap' | 'duplicate' | 'order' | 'start';
  /** For an order break that is one of a swapped pair (（1）（3）（2）): the token it swapped places with. */
  swappedWith?: SeriesToken;
}

/** Breaks in a series: a start past its first item (二是 with no 一是), then each token after the first. */
export function seriesBreaks(series: Series): SeriesBreak[] {
  const out: SeriesBreak[] = [];
  const t = series.tokens;
  // 第N is found only after a sentence's end, so a 第一 after a comma goes unseen: only 一是 and
  // 首先 series are sure to have lost their first item ((2)… on a line may go on from the line before).
  // 其二 with no 其一 before it in the section is as sure; so is 第二 right after a colon, where a list opens.
  if (t[0]!.value !== 1 && (series.kind === 'shi' || series.kind === 'yao' || series.kind === 'qici' || series.kind === 'qi' || series.opensAfterColon)) out.push({ token: t[0]!, expected: 1, kind: 'start' });
  /** The highest number so far: after a swapped pair the series goes on from it. */
  let high = t[0]!.value;
  for (let j = 1; j < t.length; j++) {
    const v = t[j]!.value;
    const prev = t[j - 1]!.value;
    if (v === high + 1) {
      high = v;
      continue;
    }
    // 一是…三是…二是…: one swapped pair, reported once, on the lower number.
    if (v === high + 2 && t[j + 1]?.value === high + 1) {
      out.push({ token: t[j + 1]!, expected: high + 1, kind: 'order', swappedWith: t[j]! });
      high = v;
      j++;
      continue;
    }
    high = Math.max(high, v);
    // 首先…其次…其次 is the only 首先-series defect we can be sure of.
    if (series.kind === 'qici' && !(v === 2 && prev === 2)) continue;
    out.push({ token: t[j]!, expected: t[0]!.value + j, kind: v === prev ? 'duplicate' : v > prev ? 'gap' : 'order' });
  }
  return out;
}
