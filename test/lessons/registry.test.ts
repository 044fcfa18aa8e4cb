import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {helpText, helpTextFor} from '../../source/cli/help.js';
import {runSettings} from '../../source/cli/options.js';
import {sweepSettings} from '../../source/commands/sweep.js';
import {isLessonId, lessonIds, lessons, type Lesson} from '../../source/lessons/index.js';
import {sweepSettingsFor} from '../../source/lessons/sweep/settings.js';
import {tourSteps, tourStepsFor} from '../../source/tour/steps.js';
import {bindingsFor} from '../../source/ui/bindings.js';
import {actionFor, helpRowsOf, keyHelp, pressesOf} from '../../source/ui/keys.js';
import {panelExplanation} from '../../source/ui/lesson-panel.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** The next lesson someone adds: one with its own mechanism, on a free key. */
const wordCount: Lesson = {
  id: 'wordcount',
  kind: 'own',
  title: 'Word count: split, count in parallel, merge',
  key: 'x',
  help: 'wordcount: the words counted by N threads, then merged',
  lines: ['Each thread counts its share of the words.', 'One thread merges the counts.'],
  running: 'wordcount: counting…',
  measure: () => Promise.reject(new Error('not run here')),
};

describe('the lessons registry', () => {
  it('lists the lessons in tour order, each id once and each key once', () => {
    expect(lessonIds).toEqual([
      'blocking',
      'gil',
      'processes',
      'machine',
      'race',
      'deadlock',
      'sweep',
      'mapreduce',
      'pipeline',
    ]);
    expect(new Set(lessons.map((lesson) => lesson.key)).size).toBe(lessons.length);
    expect(isLessonId('race')).toBe(true);
    expect(isLessonId('queue')).toBe(false);
  });

  it('every lesson reaches the CLI usage, the help, the dashboard keys, the panel and the tour', () => {
    const refused = spawnSync(process.execPath, [cli, 'lesson', 'nope'], {encoding: 'utf8'});
    expect(refused.status).toBe(2);
    for (const lesson of lessons) {
      expect(refused.stderr).toContain(lesson.id);
      expect(helpText).toContain(lesson.id);
      expect(helpText).toContain(lesson.title);
      expect(keyHelp).toContainEqual([lesson.key, lesson.help]);
      const action = actionFor(lesson.key, {}, false);
      if (lesson.kind === 'own') {
        expect(action).toEqual({type: 'lesson', id: lesson.id});
        expect(panelExplanation(lesson.id)).toBe(lesson.lines.join(' '));
      } else if (lesson.keyChanges === 'mode') {
        expect(action).toEqual({type: 'mode', mode: lesson.run.mode});
      } else {
        expect(action).toEqual({type: 'machines'});
      }
      const step = tourSteps.find((candidate) => candidate.id === lesson.id);
      expect(step).toMatchObject({title: lesson.title, key: lesson.key, lines: lesson.lines});
      expect(step!.action.kind).toBe(lesson.kind === 'own' ? 'lesson' : 'run');
    }
    // The tour: the four shapes of the shop, then the lessons in the registry's order.
    expect(tourSteps.slice(-lessons.length).map((step) => step.id)).toEqual(lessonIds);
  });

  it('a lesson added to the registry shows in the usage, the key table, the help and the tour', () => {
    const list = [...lessons, wordCount];
    expect(helpTextFor(list)).toContain(
      'lesson blocking|gil|processes|machine|race|deadlock|sweep|mapreduce|pipeline|wordcount',
    );
    expect(helpTextFor(list)).toContain(wordCount.title);
    const table = bindingsFor(list);
    expect(pressesOf(table).get('x')?.action).toEqual({type: 'lesson', id: 'wordcount'});
    expect(helpRowsOf(table)).toContainEqual(['x', wordCount.help]);
    expect(tourStepsFor(list).at(-1)).toMatchObject({
      id: 'wordcount',
      key: 'x',
      action: {kind: 'lesson', lesson: 'wordcount'},
    });
  });

  it('a lesson on a key already taken is refused when the key table is read', () => {
    expect(() => pressesOf(bindingsFor([...lessons, {...wordCount, key: 'q'}]))).toThrow(
      /the key "q" is bound twice/,
    );
  });

  it('the sweep has one set of settings: the panel and brewlanes sweep without flags agree', () => {
    const cores = 4;
    const fromFlags = sweepSettings({}, runSettings({}, cores), cores);
    expect(sweepSettingsFor(7, cores)).toEqual({
      cores: fromFlags.cores,
      maxWorkers: fromFlags.maxWorkers,
      customers: fromFlags.customers,
      seed: fromFlags.seed,
      speed: fromFlags.speed,
    });
    // 1 to 4 × the cores, as the help and the tour say.
    expect(fromFlags.maxWorkers).toBe(16);
    expect(sweepSettingsFor(7, 32).maxWorkers).toBe(64);
  });
});
