/**
 * The project's one zod import: `zod/mini`, the functional API (checks are functions passed to
 * `.check()`, wrappers such as `z.optional(x)` are functions), with the English locale configured.
 * Classic zod's schemas carry every method (JSON-Schema conversion included), so a bundle got nearly all
 * of it: 98 KB of the poll bundle, against 38 KB for zod/mini and its English locale (esbuild metafile,
 * 2026-12-04), which is tree-shaken to what the schemas use.
 *
 * zod/mini loads no locale: without one, every issue zod raises itself reads just "Invalid input".
 * Classic zod configured English when imported, and the project prints those messages (lib/config/parse.ts
 * rewords them for the trust config; the Lambda environment, stored items, datasets, models, scenarios
 * and action-link signing show them as they are), so this module configures English once, as a side
 * effect of being imported. Every module that declares a schema imports `z` from here, so every entry
 * point (each Lambda in functions/, the CLI, the CDK app, scripts, benchmarks and tests) has the locale
 * before it parses anything. Messages passed to a schema or check (`{ error: '…' }`) are used as given.
 *
 * The locale is imported by its own path: `z.locales.en()` would pull every locale into the bundle
 * (about 260 KB). eslint.config.js forbids importing 'zod' or 'zod/…' anywhere else.
 *
 *   import * as z from '../zod';
 *   const Name = z.optional(z.string().check(z.trim(), z.minLength(1)));
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
