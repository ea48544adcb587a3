// PostGraphile 5 peer of Parley, for src/bench/peer.sh only (not part of the app).
// The amber preset over the same PostgreSQL database and rows Parley serves: tables of
// `public` (Parley's Flyway schema) plus the schema `peer` of functions.sql, whose
// commitments_on(leader, day) stands in for Parley's commitments(leader, on).
// Production settings: no GraphiQL, no watch mode, no explain; the same pool size as
// Parley's prod profile (PARLEY_DB_POOL_MAX, default 16).
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { jsonPgSmartTags } from "postgraphile/utils";

const env = (name, fallback) => process.env[name] ?? fallback;

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [
    // Parley hides retracted meetings from meetings(...); amber only offers conditions on
    // indexed columns, so let allMeetings(condition: {retractedAt: null}) do the same.
    jsonPgSmartTags({
      version: 1,
      config: { attribute: { "meeting.retracted_at": { tags: { behavior: "+filterBy" } } } },
    }),
  ],
  pgServices: [
    makePgService({
      connectionString: env("PEER_PG_URL", "postgres://parley:parley@127.0.0.1:55433/parley"),
      schemas: ["public", "peer"],
      poolConfig: { max: Number(env("PEER_POOL_MAX", "16")) },
    }),
  ],
  grafserv: {
    host: "127.0.0.1",
    port: Number(env("PEER_PORT", "28091")),
    graphqlPath: "/graphql",
    graphiql: false,
    graphiqlOnGraphQLGET: false,
    watch: false,
    websockets: false,
  },
  grafast: { explain: false },
  schema: { pgForbidSetofFunctionsToReturnNull: true },
};

export default preset;
