#!/usr/bin/env node
// The command users run (package.json's bin). First: a signal while the modules
// load exits 130, not 143. Then Node's compile cache, where this Node has one,
// before the program's modules load: ES modules imported statically are all
// compiled before any of them runs, so the program is imported afterwards.
import './cli/early-signals.js';
import {enableCompileCacheIfPresent} from './cli/compile-cache.js';

enableCompileCacheIfPresent();
await import('./cli.js');
