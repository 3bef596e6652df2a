// List sheets grouped under heading rows instead of a level or course column: "1. Đại biểu HĐND tỉnh",
// "Xã, phường, thị trấn" over deputies, "Lớp Trung cấp LLCT khóa 45" over trainees. The heading gives
// the level (or the course) of the rows beneath it until the next heading; it is neither a person nor a unit.
import type { CouncilLevel, ListKind } from "../domain/roster";
import { isLevelHeader } from "./headers";
import { headingWords } from "./headings";
import { councilLevelsOf } from "./marks";
import { fold } from "./text";

export type ListGroup = { levels: CouncilLevel[] } | { course: string };

/** A heading over deputies: it names the body ("Đại biểu HĐND tỉnh", "ĐBQH"), or only its levels ("Xã, phường"). */
const COUNCIL_HEADING = /^(dai bieu|db|dbqh|dbhdnd|hdnd|hoi dong nhan dan|quoc hoi|cap)\b/;
/** A heading over trainees: a class, a course, a programme ("Lớp Trung cấp LLCT khóa 45", "Bồi dưỡng QLNN"). */
const COURSE_HEADING = /^(lop|khoa( hoc)?|chuong trinh|dao tao|boi duong|tap huan|cao cap|trung cap|so cap|cu nhan|thac si|tien si)\b/;

/** The group a heading row of a list sheet opens, or null when its text is no such heading. */
export function listGroupOf(text: string, list: ListKind): ListGroup | null {
  const words = headingWords(text);
  const folded = fold(words);
  if (folded === "" || folded.length > 120) return null;
  if (list === "council") {
    if (!COUNCIL_HEADING.test(folded) && !isLevelHeader(folded)) return null;
    const levels = councilLevelsOf(words);
    return levels.length > 0 ? { levels } : null;
  }
  if (list === "training" && COURSE_HEADING.test(folded)) return { course: words };
  return null;
}
