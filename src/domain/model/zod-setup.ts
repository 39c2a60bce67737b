// zod's JIT probe calls `new Function`, which the app's Content-Security-Policy (no 'unsafe-eval')
// reports as a violation. Every module that builds a schema imports this first, so the setting is
// in place before any parse, whichever chunk the bundler puts the schemas in.
import { z } from 'zod';

z.config({ jitless: true });
