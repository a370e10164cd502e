#!/usr/bin/env node
// The `consent-embed` binary (package.json `bin`): see cli/main.ts.
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2));
