-- Per brand attribute and value, how many ids joined or left that segment since the party's
-- previous version ({"value_tier": {"high": 12, …}}), counted at publish while both tables exist.
-- The segment difference rule (policies/src/segment-rules.ts) refuses breakdowns that could
-- difference a segment down to fewer than k people.
ALTER TABLE datasets ADD COLUMN segment_changes jsonb;
