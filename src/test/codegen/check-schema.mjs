// Fails when the schema breaks clients without saying so: graphql-inspector's diff of the
// released schema (src/main/graphql/released/schema.graphql) against the current one
// (src/main/graphql/schema.graphql); every breaking change must be announced in the README's
// "## Changelog" section by its schema coordinate (e.g. `Position.when` or `PartialDate`).
//
//   node check-schema.mjs     (from src/test/codegen, after npm ci)
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { diff, CriticalityLevel } from '@graphql-inspector/core';

const root = new URL('../../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

const released = buildSchema(read('src/main/graphql/released/schema.graphql'));
const current = buildSchema(read('src/main/graphql/schema.graphql'));
const readme = read('README.md');
const start = readme.search(/^## Changelog\s*$/m);
if (start < 0) {
  console.error('README.md has no "## Changelog" section');
  process.exit(1);
}
const next = readme.slice(start + 1).search(/^## /m);
const changelog = next < 0 ? readme.slice(start) : readme.slice(start, start + 1 + next);

const changes = await diff(released, current);
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
const unannounced = breaking.filter((c) => !changelog.includes(c.path ?? c.message));
const count = (level) => changes.filter((c) => c.criticality.level === level).length;
console.log(`schema diff against the released schema: ${breaking.length} breaking, `
  + `${count(CriticalityLevel.Dangerous)} dangerous, ${count(CriticalityLevel.NonBreaking)} safe changes`);
for (const c of breaking) {
  console.log(`  ${unannounced.includes(c) ? 'UNANNOUNCED' : 'announced  '} ${c.path ?? ''}: ${c.message}`);
}
if (unannounced.length > 0) {
  console.error(`${unannounced.length} breaking change(s) are not in the README's Changelog section: `
    + 'name each coordinate there (or revert the change).');
  process.exit(1);
}
