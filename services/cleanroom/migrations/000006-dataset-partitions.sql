-- How many hash partitions (by token) a version's table was created with: brand and partner
-- versions with the same count are joined partition by partition. NULL: a version loaded before
-- tables were partitioned (one plain table).
ALTER TABLE datasets ADD COLUMN partitions integer CHECK (partitions IS NULL OR partitions BETWEEN 1 AND 256);
