// Leaders by level (DOMAIN.md "Leaders by level"): the agency's own leadership (Giám đốc and Phó
// Giám đốc of a sở, Chủ tịch and Phó Chủ tịch of a UBND, Trưởng and Phó Trưởng ban of a ban that is
// itself the agency, anyone listed under "Ban Giám đốc", "Lãnh đạo Sở", "Lãnh đạo UBND",
// "Thường trực") apart from the key leaders of its units (cấp phòng and equivalents).
import { fold } from "./fold";
import { keyLeaderPosts, type LeaderPost, type LeaderRank } from "./keyLeader";
import type { LeaderLevel } from "./roster";

/** A unit that is the agency's own leadership, not one of its units. */
const LEADERSHIP_UNIT =
  /^(?:ban giam doc(?: so\b.*)?|ban lanh dao(?: so\b.*| ubnd\b.*| co quan)?|lanh dao(?: (?:so|ubnd|uy ban nhan dan|co quan|huyen|thi xa|thanh pho|tinh|ban)\b.*)?|thuong truc(?: (?:ubnd|uy ban nhan dan|hdnd)\b.*)?)$/;

/** The unit is the agency itself (a sở, a UBND), not one of its units. */
const AGENCY_ITSELF = /^(?:so|ubnd|uy ban nhan dan)\b/;

/** Units a Giám đốc heads: a bare "Giám đốc" listed under one of them heads that unit. */
const DIRECTED_UNIT =
  /^(?:trung tam|tt|ttyt|benh vien|bv|ban quan ly|bql|chi nhanh|quy|nha xuat ban|nxb|cong ty|vuon quoc gia|vqg|cang|xi nghiep|khu|dai|bao|tap chi|vien|nha hat|thu vien|bao tang)\b/;

/** Units a Chủ tịch heads other than the UBND: mass organisations. */
const CHAIRED_UNIT = /^(?:hoi|mat tran|uy ban mat tran|ubmttq|mttq|lien doan|lien hiep)\b/;

type AgencyPost = "director" | "chair" | "ban" | "head";

const POST_KIND: Record<string, AgencyPost> = {
  "giam doc": "director",
  gd: "director",
  "tong giam doc": "director",
  tgd: "director",
  pgd: "director",
  ptgd: "director",
  "chu tich": "chair",
  ct: "chair",
  pct: "chair",
  "truong ban": "ban",
  ban: "ban", // Phó ban
  "thu truong": "head",
};

/** Whether `words` name the agency (its name, or its start: "Sở" of "Sở Tài chính"). */
function namesAgency(words: string, agencyKey: string | null): boolean {
  return agencyKey !== null && words.length >= 2 && (words === agencyKey || agencyKey.startsWith(`${words} `) || words.startsWith(agencyKey));
}

/** What the words after a post's name say: nothing, the agency itself, or another unit. */
function afterNames(after: string, kind: AgencyPost, agencyKey: string | null): "none" | "agency" | "unit" {
  if (after === "") return "none";
  if (kind === "ban") return namesAgency(`ban ${after}`, agencyKey) ? "agency" : "unit";
  if (kind === "head" || namesAgency(after, agencyKey)) return "agency";
  if (kind === "director" && /^so\b/.test(after)) return "agency";
  if (kind === "chair" && /^(?:ubnd|uy ban nhan dan)\b/.test(after)) return "agency";
  return "unit";
}

/** Whether a post with nothing after it, listed under `unitKey`, is the agency's own. */
function bareIsAgency(kind: AgencyPost, unitKey: string | null, agencyKey: string | null): boolean {
  const agencyIsBan = agencyKey !== null && /^ban\b/.test(agencyKey);
  // No unit, or the agency itself: the agency's post ("Trưởng ban" of a sở too: nothing else it could lead).
  if (unitKey === null || unitKey === agencyKey || AGENCY_ITSELF.test(unitKey)) return true;
  switch (kind) {
    case "director":
      return !DIRECTED_UNIT.test(unitKey);
    case "chair":
      return !CHAIRED_UNIT.test(unitKey);
    case "ban":
      return agencyIsBan && !/^ban\b/.test(unitKey);
    case "head":
      return true;
  }
}

function isAgencyPost(post: LeaderPost, unitKey: string | null, agencyKey: string | null): boolean {
  const kind = POST_KIND[post.post];
  if (kind === undefined) return false;
  const after = afterNames(post.after, kind, agencyKey);
  return after === "none" ? bareIsAgency(kind, unitKey, agencyKey) : after === "agency";
}

/** Whether a unit's name says it is the agency's own leadership ("Ban Giám đốc", "Lãnh đạo Sở", "Thường trực"). */
export function isLeadershipUnit(unit: string | null): boolean {
  return unit !== null && LEADERSHIP_UNIT.test(fold(unit.replace(/\./g, " ")));
}

/**
 * The level of a key leader's post: "agency" for the agency's own leadership, "unit" for a unit's,
 * with the rank at that level; null when the title leads nothing. A title holding both
 * ("Phó Giám đốc Sở kiêm Chánh Văn phòng") is the agency's, at the agency post's rank.
 * `agency` is the agency's name when known (settings), so "Trưởng ban" of a ban-agency is told apart.
 */
export function leaderLevel(title: string | null, unit: string | null, agency?: string): Leader {
  if (title === null) return null;
  // A roster repeats few (title, unit) pairs many times: read each once (per agency).
  if (agency !== cachedAgency || cachedPairs >= 10_000) {
    levelCache.clear();
    cachedAgency = agency;
    cachedPairs = 0;
  }
  let byUnit = levelCache.get(title);
  if (byUnit === undefined) levelCache.set(title, (byUnit = new Map()));
  const known = byUnit.get(unit);
  if (known !== undefined) return known;
  const leader = readLevel(title, unit, agency);
  byUnit.set(unit, leader);
  cachedPairs++;
  return leader;
}

type Leader = { level: LeaderLevel; rank: LeaderRank } | null;
const levelCache = new Map<string, Map<string | null, Leader>>();
let cachedAgency: string | undefined;
let cachedPairs = 0;

function readLevel(title: string, unit: string | null, agency: string | undefined): Leader {
  const posts = keyLeaderPosts(title);
  if (posts.length === 0) return null;
  const rankOf = (ps: readonly LeaderPost[]): LeaderRank => (ps.some((p) => p.rank === "head") ? "head" : "deputy");
  if (isLeadershipUnit(unit)) return { level: "agency", rank: rankOf(posts) };
  const unitKey = unit === null ? null : fold(unit.replace(/\./g, " ")) || null;
  const agencyKey = agency ? fold(agency) || null : null;
  const own = posts.filter((p) => isAgencyPost(p, unitKey, agencyKey));
  if (own.length > 0) return { level: "agency", rank: rankOf(own) };
  return { level: "unit", rank: rankOf(posts) };
}
