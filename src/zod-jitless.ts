// zod's JIT probe calls `new Function`, which the app's Content-Security-Policy (no 'unsafe-eval')
// reports as a violation; this must run before any schema is created, so main.tsx imports it first.
import { z } from 'zod';

z.config({ jitless: true });
