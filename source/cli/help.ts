import {lessons, type Lesson} from '../lessons/index.js';
import {namedScenarios} from '../engine/named-scenarios.js';
import {skinNames} from '../protocol/skins.js';

/** The lessons' part of the usage: one line each, from the registry (lessons/index.ts). */
const lessonRows = (list: readonly Lesson[]): string =>
  list.map((lesson) => `    ${lesson.id.padEnd(10)} key ${lesson.key}  ${lesson.title}`).join('\n');

/** The named scenarios' part of the usage: one line each, from engine/named-scenarios.ts. */
const scenarioRows = Object.entries(namedScenarios)
  .map(([name, {about}]) => `    ${name.padEnd(12)} ${about}`)
  .join('\n');

/** `brewlanes --help`, its lessons read from `list` (the registry). */
export const helpTextFor = (list: readonly Lesson[]): string => `
  Usage
    $ brewlanes                     the live dashboard (a plain log when stdout is not a terminal)
                                    keys: 1-4 mode, +/- baristas, space pause, ? help, q quit
    $ brewlanes compare             every mode on the same customers: table and diagrams
                                    (--out FILE.svg|png: the comparison as one slide)
    $ brewlanes sweep               speed-up against the number of worker threads (1 to 4 × the cores)
    $ brewlanes lesson ${list.map((lesson) => lesson.id).join('|')}
                                    one lesson on its own (see Lessons)
    $ brewlanes tour                the presenter's tour, each step live and measured (space/→ next,
                                    ← back, p pause, r re-run, </> slower/faster, q quit; --record FILE)
    $ brewlanes replay <run.json>   a saved run played back in the dashboard (--speed X)
    $ brewlanes export <run.json>   --format svg|png|txt|md|mermaid|trace [--out FILE]

  Lessons (brewlanes lesson NAME, or its key on the dashboard)
${lessonRows(list)}

  Scenarios (--scenario NAME)
${scenarioRows}

  Options
    --mode sequential|concurrent|parallel|hybrid|blocking|gil   (default hybrid)
    --workers N        barista threads, 1 to 256 (default: the number of cores)
    --customers N      1 to 10000 (default 5)
    --workload io|cpu|mixed                                  (default mixed)
    --seed N           same seed, same customers (default 7)
    --speed X          time scale, 0.01 to 100: 2 runs twice as fast, 0.5 in slow motion (default 1)
    --scenario NAME|FILE  the seeds' examples by name (see Scenarios), or a JSON file (see examples/)
    --skin NAME        the same run in other words: ${skinNames.join(', ')}
                       (default: the scenario's, else coffee)
    --machines K       espresso machines the baristas share, 1 to 64 (lesson machine: default 1)
    --slice MS         brew slice in concurrent mode, 0.1 to 5000 ms (default 50)
    --max-workers N    sweep: the largest worker count, 1 to 64 (default 4 × the cores)
    --plain            line output even on a terminal
    --json             a machine-readable summary on stdout
    --save FILE        the run's measured events, for replay and export
    --record FILE      the session as an asciicast v2 file, playable by asciinema
    --force            overwrite an existing output file
    --theme dark|light the dashboard's colours for a dark or light background (default dark;
                       NO_COLOR turns colour off)
    --help, --version

  Export options
    --format svg|png|txt|md|mermaid|trace   (default: from the --out file's extension)
    --out FILE         where to write (- for stdout); default: stdout for text formats,
                       the run's name with the format's extension for svg and png
    --theme dark|light                                       (default dark)
    --width PX         picture width, 200 to 10000 (default 1920: a 1920 × 1080 slide)
    --scale N          png: N pixels per pixel, 1 to 4 (2 for high-density screens)
    --flowchart        mermaid: the guide's flowchart (single core?) marked with the run's figures

  Exit codes: 0 done, 1 an order failed, 2 bad usage or bad input, 130 interrupted.

  Examples
    $ brewlanes --mode concurrent --workload io
    $ brewlanes --plain --scenario examples/seed-coffee-shop.json
    $ brewlanes --plain --scenario gather
    $ brewlanes --skin grading --workload cpu
    $ brewlanes --json --workload cpu --workers 2
    $ brewlanes lesson machine --machines 1
    $ brewlanes sweep --max-workers 4 --json
    $ brewlanes --plain --mode parallel --save run.json
    $ brewlanes export run.json --format png --theme light
`;

export const helpText = helpTextFor(lessons);
