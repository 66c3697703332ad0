-- Several API instances share one PostgreSQL database and each caches responses per dataset
-- version. Every committed change to DatasetState is announced on the channel
-- allies_dataset_version with the new version as payload, so other instances drop stale cache
-- entries without polling (src/db/postgres-version-watch.ts; it polls too, as a fallback).
-- pg_notify is transactional: listeners hear it only after COMMIT, never for a rollback.

CREATE FUNCTION "dataset_state_notify"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('allies_dataset_version', NEW."version"::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER "dataset_state_after_change" AFTER INSERT OR UPDATE ON "DatasetState"
    FOR EACH ROW EXECUTE FUNCTION "dataset_state_notify"();
