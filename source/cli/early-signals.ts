// Imported first by cli.tsx, so that a signal is handled from the first moment
// (see exitOnSignalsUntilHandled).
import {exitOnSignalsUntilHandled} from './interrupt.js';

exitOnSignalsUntilHandled();
