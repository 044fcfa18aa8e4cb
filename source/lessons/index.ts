import {blocking} from './blocking/index.js';
import {deadlock} from './deadlock/index.js';
import {gil} from './gil/index.js';
import type {Lesson, OwnLesson} from './lesson.js';
import {machine} from './machine/index.js';
import {mapreduce} from './mapreduce/index.js';
import {pipeline} from './pipeline/index.js';
import {processes} from './processes/index.js';
import {race} from './race/index.js';
import {sweep} from './sweep/index.js';

export type {Lesson, LessonReport, MeasureLesson, OwnLesson, RunLesson} from './lesson.js';

/**
 * Every lesson, in tour order: the CLI's `brewlanes lesson NAME` and its help,
 * the dashboard's keys, help overlay and panel, and the tour read this list. A
 * new lesson is a folder (its words, its mechanism, its report), its import and
 * its place in this list; a field it lacks is a compile error (lesson.ts).
 */
export const lessons = [
  blocking,
  gil,
  processes,
  machine,
  race,
  deadlock,
  sweep,
  mapreduce,
  pipeline,
] as const satisfies readonly Lesson[];

export type LessonId = (typeof lessons)[number]['id'];
/** The lessons with a mechanism of their own, run in the panel (race, deadlock, sweep). */
export type OwnLessonId = Extract<(typeof lessons)[number], {kind: 'own'}>['id'];

export const lessonIds: readonly LessonId[] = lessons.map((lesson) => lesson.id);

export const isLessonId = (name: string): name is LessonId =>
  (lessonIds as readonly string[]).includes(name);

export const isOwnLessonId = (name: string): name is OwnLessonId =>
  lessons.some((lesson) => lesson.id === name && lesson.kind === 'own');

export function lessonById(id: OwnLessonId): OwnLesson;
export function lessonById(id: LessonId): Lesson;
export function lessonById(id: LessonId): Lesson {
  return lessons.find((lesson) => lesson.id === id)!;
}
