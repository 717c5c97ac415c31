// Whole words only: "아이" must not match inside "아이스".
const audiencePattern =
  /(?<=^|\s)(\d0대|10대|학생|대학생|수험생|직장인|엄마|아빠|부모님|가족|커플|연인|아이들?|어린이|아기|어르신|여성|남성|여자|남자|신혼부부|임산부|반려인|견주|집사|성인|키즈|유아|초등학생|중학생|고등학생)(?:\s?(?:여성|남성|여자|남자|고객|손님|분들|친구들))?(?=$|\s|[을를이가은는의에께도들])/g;

/** Who the ad is for, as the owner wrote it ("20대 여성"), or null. */
export function readAudience(text: string): string | null {
  return [...text.matchAll(audiencePattern)].map((m) => m[0]).join(' ') || null;
}

/** Words that name an audience, never a product. */
export const audienceWords = ['아이', '아이들', '어린이', '아기', '남자', '여자', '부모님', '수험생', '친구', '임산부', '자녀', '반려인', '견주', '집사', '성인', '유아', '초등학생', '중학생', '고등학생'];
