// Apollo Client's normalised cache over Parley's answers to the example operations.
//
// The answers are recorded by ExamplesTest (target/apollo-responses/<Operation>.json, each with
// the query as sent: the example with __typename added where Apollo adds it). This script
//  1. checks that query is what Apollo's own addTypenameToDocument makes of the example file;
//  2. reads the value types from src/main/graphql/schema.graphql: every object type without an
//     `id` field, each of which must say "Value type" and why in its description;
//  3. writes every answer into one InMemoryCache (possibleTypes from the schema) and fails when
//     an object of any other type is stored unnormalised (inside its parent, without a cache ID),
//     when Apollo warns (e.g. "Cache data may be lost"), or when an answer does not read back
//     the same after all of them were written (two answers fighting over one object).
// Exits non-zero on a failure; prints one line per finding.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { buildSchema, parse, print, isObjectType, isAbstractType } from 'graphql';
import { InMemoryCache } from '@apollo/client/cache';
import { addTypenameToDocument } from '@apollo/client/utilities';

const root = new URL('../../../', import.meta.url);
const recordedDir = new URL('target/apollo-responses/', root);
const examplesDir = new URL('src/main/graphql/examples/', root);
const failures = [];
const fail = (message) => failures.push(message);

const schema = buildSchema(readFileSync(new URL('src/main/graphql/schema.graphql', root), 'utf8'));
const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
  .filter(Boolean).map((t) => t.name));
const valueTypes = new Set();
const possibleTypes = {};
for (const type of Object.values(schema.getTypeMap())) {
  if (type.name.startsWith('__')) continue;
  if (isAbstractType(type)) possibleTypes[type.name] = schema.getPossibleTypes(type).map((t) => t.name);
  if (!isObjectType(type) || roots.has(type.name) || 'id' in type.getFields()) continue;
  valueTypes.add(type.name);
  if (!/Value type \(no `id`\): \S/.test(type.description ?? '')) {
    fail(`${type.name} has no id and its description does not say it is a value type, and why`);
  }
}

if (!existsSync(recordedDir)) {
  console.error(`no recorded answers in ${recordedDir.pathname}: run ./mvnw test -Dtest=ExamplesTest first`);
  process.exit(1);
}
const examples = JSON.parse(readFileSync(new URL('index.json', examplesDir), 'utf8')).map((e) => e.operation);
const recorded = readdirSync(recordedDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
for (const name of examples) {
  if (!recorded.includes(name)) fail(`${name}: no recorded answer`);
}

const warnings = [];
for (const level of ['warn', 'error']) {
  console[level] = (...args) => warnings.push(args.map(String).join(' '));
}
const cache = new InMemoryCache({ possibleTypes });
const written = [];
for (const name of examples.filter((n) => recorded.includes(n))) {
  const answer = JSON.parse(readFileSync(new URL(`${name}.json`, recordedDir), 'utf8'));
  const query = addTypenameToDocument(parse(readFileSync(new URL(`${name}.graphql`, examplesDir), 'utf8')));
  if (print(query) !== print(parse(answer.query))) {
    fail(`${name}: the recorded query is not what Apollo sends for the example`);
  }
  let objects = 0;
  const walk = (value, path) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return;
    if (path !== 'data') {
      objects++;
      if (!value.__typename) fail(`${name}: ${path} has no __typename`);
      else if (!valueTypes.has(value.__typename) && cache.identify(value) === undefined) {
        fail(`${name}: ${path} (${value.__typename}) gets no cache ID`);
      }
    }
    for (const [key, v] of Object.entries(value)) walk(v, `${path}.${key}`);
  };
  walk(answer.data, 'data');
  cache.writeQuery({ query, variables: answer.variables, data: answer.data });
  written.push({ name, query, answer, objects });
}

// Normalised: inside a stored entity, only value types may sit unreferenced.
const walkStored = (value, path) => {
  if (Array.isArray(value)) return value.forEach((v, i) => walkStored(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object' || '__ref' in value) return;
  if (value.__typename && !valueTypes.has(value.__typename)) fail(`cache: ${path} (${value.__typename}) is stored unnormalised`);
  for (const [key, v] of Object.entries(value)) walkStored(v, `${path}.${key}`);
};
const store = cache.extract();
for (const [key, entity] of Object.entries(store)) {
  for (const [field, value] of Object.entries(entity)) walkStored(value, `${key}.${field}`);
}

for (const { name, query, answer, objects } of written) {
  const back = cache.readQuery({ query, variables: answer.variables });
  if (!isDeepStrictEqual(back, answer.data)) fail(`${name}: the cache does not give the answer back`);
  console.log(`${name}: ${objects} objects, read back whole`);
}
for (const warning of warnings) fail(`Apollo: ${warning}`);

const entities = Object.keys(store).filter((k) => k !== 'ROOT_QUERY').length;
console.log(`${written.length} answers in one cache: ${entities} normalised objects; value types: ${[...valueTypes].sort().join(', ')}`);
for (const failure of failures) console.log(`FAIL ${failure}`);
process.exit(failures.length === 0 && written.length > 0 ? 0 : 1);
