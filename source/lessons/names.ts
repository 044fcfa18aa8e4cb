/** The lessons `brewlanes lesson NAME` runs on their own, in the order the usage line lists them. */
export const lessonNames = ['machine', 'race', 'deadlock'] as const;
export type LessonName = (typeof lessonNames)[number];

export const isLessonName = (name: string): name is LessonName =>
  (lessonNames as readonly string[]).includes(name);

/** `brewlanes lesson NAME`: one lesson on its own. */
