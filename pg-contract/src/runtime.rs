//! The tables the runtime needs besides one per resource: the event ledger (`_events`, its
//! statements in [`crate::ledger`]), objects without a table (`_objects`) and cursors of
//! resumable work (`_sync_state`, statements in [`crate::sync_state`]).

use crate::columns::state_columns_ddl;
use crate::quote::quote_ident;

pub const EVENTS: &str = "_events";
pub const OBJECTS: &str = "_objects";
pub const SYNC_STATE: &str = "_sync_state";

/// A runtime table of `schema`, qualified.
pub fn qualified(schema: &str, table: &str) -> String {
    format!("{}.{}", quote_ident(schema), quote_ident(table))
}

/// The runtime tables' DDL, as a fresh install creates them (unqualified: the migration
/// runner sets `search_path`).
pub fn runtime_tables_ddl() -> String {
    format!(
        "\
-- Every webhook or /v1/events event stripe-sync received: the ledger that makes delivery
-- idempotent, and the dead-letter queue for events that failed to apply.
CREATE TABLE {EVENTS} (
    id text PRIMARY KEY,
    type text NOT NULL,
    api_version text,
    account text,
    created timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    status text NOT NULL,
    attempts integer NOT NULL DEFAULT 1,
    last_error text,
    object_type text,
    object_id text,
    payload jsonb NOT NULL
);
CREATE INDEX _events_status_idx ON {EVENTS} (status) WHERE status <> 'applied';
CREATE INDEX _events_created_idx ON {EVENTS} (created);
CREATE INDEX _events_object_idx ON {EVENTS} (object_id);

-- Objects with no table of their own (an object type this schema version lacks, or one
-- without an id such as balance): kept whole, never dropped.
CREATE TABLE {OBJECTS} (
    object text NOT NULL,
    id text NOT NULL,
{},
    PRIMARY KEY (object, id)
);

-- Cursors of resumable work (backfill pages, events catch-up), by key.
CREATE TABLE {SYNC_STATE} (
    key text PRIMARY KEY,
    value jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
",
        state_columns_ddl()
    )
}
