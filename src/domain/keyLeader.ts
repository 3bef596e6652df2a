// Key leaders (lãnh đạo chủ chốt) of a unit: its head (cấp trưởng) or a deputy head (cấp phó),
// read from the job title (chức vụ). DOMAIN.md "Key leader".
//
// A title is split into posts ("Phó Giám đốc kiêm Trưởng phòng" holds two) and each post is read
// from its start: a post leads a unit only when it begins with a leading post's name. Reading from
// the start is what keeps "Kế toán trưởng", "Tổ trưởng", "Đội trưởng" and "Chuyên viên phòng TP"
// out, since "trưởng" or an abbreviation standing later in a post names no unit leadership.
import { fold } from "./fold";
import { memoText } from "./memo";

export type LeaderRank = "head" | "deputy";

// Separators between two posts of one title. "." is not one: it joins abbreviations (P.GĐ).
// "kiêm" (concurrently) folds like the "kiểm" of Kiểm tra, Kiểm soát…, which joins no two posts.
const POST_SEPARATOR =
  /\s*(?:[,;:+&/()[\]|\-–—]|\bkiem nhiem\b|\bkiem\b(?! (?:tra|soat|toan|dinh|lam|nghiem|dich|ke|sat|dem|duyet|chung)\b)|\bdong thoi\b)\s*/;

/** Union posts (Công đoàn): never unit leadership. */
const UNION = /\b(?:cong doan|cd|cdcs)\b/;
/** Youth union (Đoàn), party cell (chi bộ) and union secretaries: party or mass posts, not unit leadership. */
const YOUTH_OR_CELL = /\b(?:cong doan|cd|chi doan|doan thanh nien|doan tn|doan tncs|thanh nien|doan co so|chi bo)\b|^doan\b/;
/** Ban of a union or of the people's inspection: not a unit of the agency. */
const MASS_BAN = /\b(?:nu cong|thanh tra nhan dan|ttnd|cong doan|cd)\b/;

/** What a "Chủ nhiệm" may lead that is no unit of the agency: a research project, a class, a club, a cooperative. */
const NOT_A_UNIT = /\b(?:de tai|du an|chuong trinh|lop|cau lac bo|clb|hop tac xa|htx)\b/;

interface Post {
  /** Folded words at the start of a post. */
  words: string;
  rank: LeaderRank;
  /** When the words after the post's name match, the post is not unit leadership. */
  unless?: RegExp;
}

/** Heads; each also makes a deputy when preceded by "Phó"/"P.". */
const HEADS: Omit<Post, "rank">[] = [
  { words: "giam doc" },
  { words: "tong giam doc" },
  { words: "gd" },
  { words: "tgd" },
  { words: "chu tich", unless: UNION },
  // Chủ nhiệm heads an Ủy ban Kiểm tra, a Văn phòng Đoàn ĐBQH, a khoa; not a project, a class or a club.
  { words: "chu nhiem", unless: NOT_A_UNIT },
  { words: "ct", unless: UNION },
  { words: "bi thu", unless: YOUTH_OR_CELL },
  { words: "bt", unless: YOUTH_OR_CELL },
  { words: "truong phong" },
  { words: "truong p" }, // Trưởng P. Tổ chức
  { words: "tp" },
  { words: "truong ban", unless: MASS_BAN },
  { words: "truong dai" },
  { words: "truong tram" },
  { words: "tram truong" },
  { words: "truong khoa" },
  { words: "truong chi nhanh" },
  { words: "chanh van phong" },
  { words: "chanh vp" },
  { words: "cvp" },
  { words: "chanh thanh tra" },
  { words: "chanh an" },
  { words: "chi cuc truong" },
  { words: "cct" },
  { words: "cuc truong" },
  { words: "vu truong" },
  { words: "vien truong" },
  { words: "hieu truong" },
  { words: "ht" }, // Hiệu trưởng as school rosters shorten it
  { words: "hat truong" },
  { words: "tong bien tap" },
  // "Thủ trưởng" (head of the agency); "Thứ trưởng" folds the same but stands in no provincial roster.
  { words: "thu truong" },
];

/** Names that are a deputy without a separate "Phó" word before them. */
const DEPUTIES_ALONE: Omit<Post, "rank">[] = [
  { words: "hieu pho" },
  { words: "pht" }, // Phó Hiệu trưởng
  { words: "pgd" },
  { words: "ptgd" },
  { words: "ptp" },
  { words: "pcvp" },
  { words: "pcct" },
  { words: "ccp" },
  { words: "chi cuc pho" },
  { words: "cuc pho" },
  { words: "vien pho" },
  { words: "pct", unless: UNION },
  { words: "pbt", unless: YOUTH_OR_CELL },
];

/** After "Phó" the unit alone names the deputy: Phó phòng, Phó ban, Phó khoa… */
const DEPUTY_NOUNS: Omit<Post, "rank">[] = [
  { words: "phong" },
  { words: "ban", unless: MASS_BAN },
  { words: "khoa" },
  { words: "tram" },
  { words: "dai" },
  { words: "chi nhanh" },
  { words: "vien" },
  { words: "chi cuc" },
  { words: "cuc" },
  { words: "chanh" }, // Phó Chánh (Văn phòng, Thanh tra) written short
];

const PHO = new Set(["pho", "p"]);
/** "Quyền" (acting) keeps the rank of the post it stands before. */
const ACTING = new Set(["quyen", "q"]);

// The candidate lists, built once: after "Phó" every name is a deputy; otherwise heads and lone deputies.
const AFTER_PHO: (Post & { name: string[] })[] = [...HEADS, ...DEPUTY_NOUNS].map((p) => ({
  ...p,
  rank: "deputy" as const,
  name: p.words.split(" "),
}));
const PLAIN: (Post & { name: string[] })[] = [
  ...HEADS.map((p) => ({ ...p, rank: "head" as const, name: p.words.split(" ") })),
  ...DEPUTIES_ALONE.map((p) => ({ ...p, rank: "deputy" as const, name: p.words.split(" ") })),
];

/** One leading post of a title: its rank, the post's name (folded, without "Phó"/"Quyền") and the words after it. */
export interface LeaderPost {
  rank: LeaderRank;
  /** The post's name as listed: "giam doc", "truong ban", "pgd", "chu tich"… */
  post: string;
  /** The folded words after the post's name: "so tai chinh", "trung tam dich vu", "" when none. */
  after: string;
}

/** The leading post one part of a title holds, or null when it leads no unit. */
function readPost(words: string[]): LeaderPost | null {
  let rest = words;
  if (rest[0] === "nguyen") return null; // "Nguyên Giám đốc": a former post
  while (rest.length > 0 && ACTING.has(rest[0])) rest = rest.slice(1);

  let candidates = PLAIN;
  if (rest.length > 0 && PHO.has(rest[0])) {
    rest = rest.slice(1);
    candidates = AFTER_PHO;
  }

  for (const post of candidates) {
    const name = post.name;
    if (name.length > rest.length || !name.every((w, i) => rest[i] === w)) continue;
    const after = rest.slice(name.length).join(" ");
    if (post.unless && post.unless.test(after)) return null;
    return { rank: post.rank, post: post.words, after };
  }
  return null;
}

/**
 * The leading posts a job title holds, in the order written: "Phó Giám đốc Sở kiêm Chánh Văn phòng"
 * holds a deputy's post (giam doc, after "so") and a head's (chanh van phong). Empty when it leads no unit.
 */
export function keyLeaderPosts(title: string | null): readonly LeaderPost[] {
  return title === null ? NO_POSTS : postsOfTitle(title);
}

const NO_POSTS: readonly LeaderPost[] = Object.freeze([]);
// Read once per distinct title: leaderLevel.ts asks again for every (title, unit) pair.
const postsOfTitle = memoText((title: string): readonly LeaderPost[] => Object.freeze(readPosts(title)));

function readPosts(title: string): LeaderPost[] {
  const folded = fold(title.replace(/\./g, " "));
  const posts: LeaderPost[] = [];
  for (const part of folded.split(POST_SEPARATOR)) {
    const words = part.split(" ").filter((w) => w !== "");
    if (words.length === 0) continue;
    const post = readPost(words);
    if (post) posts.push(post);
  }
  return posts;
}

/**
 * Whether a job title makes its holder a key leader of the unit, and at which rank.
 * A title holding two posts takes the higher: "Phó Giám đốc kiêm Trưởng phòng" → head.
 * Any case, spacing, NFC or NFD, line breaks; abbreviations GĐ, PGĐ, P.GĐ, TP, PTP, CVP, CCT…
 */
export function keyLeaderRank(title: string | null): LeaderRank | null {
  return title === null ? null : rankOfTitle(title);
}

// A roster repeats few titles many times ("Chuyên viên"…): read each distinct title once.
const rankOfTitle = memoText(readRank);

function readRank(title: string): LeaderRank | null {
  let best: LeaderRank | null = null;
  for (const { rank } of keyLeaderPosts(title)) {
    if (rank === "head") return "head";
    best = "deputy";
  }
  return best;
}
