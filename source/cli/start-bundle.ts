#!/usr/bin/env node
// dist/cli.js, written by esbuild.config.js: runs the bundle of the command line
// (dist/cli.cjs) with V8's code cache (code-cache.ts). First: a signal while the
// bundle loads exits 130, not 143.
import './early-signals.js';
import {fileURLToPath} from 'node:url';
import {fromDist} from '../bundle.js';
import {runWithCodeCache} from './code-cache.js';

runWithCodeCache(fileURLToPath(fromDist('cli.cjs', import.meta.url)));
