/**
 * Words a question wraps around what it asks ("cách … ở đâu", "… là gì", "làm sao để …"),
 * folded. A page need not hold them: they count towards a page's score when it does, are
 * never reported as "not found", and a query made only of them is searched as typed.
 * Longer phrases first, so "làm thế nào" is taken whole before "thế nào".
 */
export const FILLER_PHRASES: readonly string[] = [
  'bang cach nao',
  'lam the nao',
  'nhu the nao',
  'lam sao de',
  'the nao',
  'lam sao',
  'o dau',
  'la gi',
  'duoc khong',
  'co duoc',
  'cho hoi',
  'xin hoi',
  'muon biet',
  'toi muon',
  'cach',
  'sao',
  'nao',
  'gi',
  'dau',
  'duoc',
  'khong',
  'co',
  'toi',
  'minh',
  'em',
  'muon',
  'can',
  'phai',
  'de',
  'thi',
  'la',
  'a',
  'nhe',
  'nhi',
  'voi',
  'giup',
  'hoi',
  'vay',
  'ha',
  'oi',
];

/** Phrases that ask how to do something: a guide is then what the citizen means. */
export const HOW_TO_PHRASES: readonly string[] = ['cach', 'lam sao', 'the nao', 'huong dan', 'o dau', 'bang cach nao', 'cac buoc'];
