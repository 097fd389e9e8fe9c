//! The tables the runtime needs besides one per resource: the event ledger (`_events`, its
//! statements in [`crate::ledger`]), objects without a table (`_objects`) and cursors of
//! resumable work (`_sync_state`, statements in [`crate::sync_state`]).

use crate::columns::state_columns_ddl;
use crate::quote::quote_ident;

pub const EVENTS: &str = "_events";
/// The ids of the ledger's events that are not applied ([`crate::ledger`] keeps it).
pub const UNAPPLIED: &str = "_events_unapplied";
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
CREATE INDEX _events_created_idx ON {EVENTS} (created);
CREATE INDEX _events_object_idx ON {EVENTS} (object_id);
{LEDGER_REVISION_2}
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

/// The runtime tables' revision that [`runtime_tables_ddl`] creates. A migration chain whose
/// head is at an older one gets a migration of [`runtime_upgrade_sql`] next.
pub const RUNTIME_REVISION: u32 = 2;

/// Revision 2: the ledger finds its unapplied events through `_events_unapplied`, not an
/// index on `status`. An index naming `status` (even only in its predicate) makes every
/// status update write the whole row again, its payload included, with an entry in every
/// index: marking an event applied cost a third of the WAL per event. Without one, that
/// update is HOT (the new row version goes in the same page, no index entry is written, and
/// the WAL holds only the changed bytes), for which each page keeps half its room; the
/// payload is kept out of the row (`toast_tuple_target`), so that room and each new version
/// are a couple of hundred bytes, not the payload's size (measured: BENCHMARKS.md,
/// 2026-12-03 19:57, the ledger's HOT status update).
const LEDGER_REVISION_2: &str = "\
ALTER TABLE _events SET (fillfactor = 50, toast_tuple_target = 128);
-- The ids of the events not applied (pending: the applier's queue; failed: dead letters), kept
-- with the ledger's status by stripe-sync's statements in the same transaction.
CREATE TABLE _events_unapplied (id text PRIMARY KEY);
";

/// A revision of the runtime tables after the first: what it changes (for a migration's
/// header), what a fresh install creates for it ([`runtime_tables_ddl`] holds it too), and
/// what else a schema at the revision before it needs (its rows carried over).
struct Revision {
    number: u32,
    summary: &'static str,
    ddl: &'static str,
    upgrade: &'static str,
}

const REVISIONS: [Revision; 1] = [Revision {
    number: 2,
    summary: "the ledger finds unapplied events through _events_unapplied instead of an index on status, \
              so marking an event applied is a HOT update; payloads are kept out of the ledger's rows",
    ddl: LEDGER_REVISION_2,
    upgrade: "INSERT INTO _events_unapplied (id) SELECT id FROM _events WHERE status <> 'applied';\n\
              DROP INDEX IF EXISTS _events_status_idx;\n",
}];

/// What going from revision `from` to [`RUNTIME_REVISION`] changes, one clause per revision.
pub fn runtime_upgrade_summary(from: u32) -> String {
    let changes: Vec<&str> = REVISIONS.iter().filter(|r| r.number > from).map(|r| r.summary).collect();
    format!("stripe-sync's own tables from revision {from} to {RUNTIME_REVISION}: {}", changes.join("; "))
}

/// The statements that bring the runtime tables from revision `from` to
/// [`RUNTIME_REVISION`] (unqualified, like the DDL), revision by revision.
pub fn runtime_upgrade_sql(from: u32) -> String {
    REVISIONS.iter().filter(|r| r.number > from).map(|r| format!("{}{}", r.ddl, r.upgrade)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_revision_up_to_the_current_one_has_its_upgrade() {
        let numbers: Vec<u32> = REVISIONS.iter().map(|r| r.number).collect();
        assert_eq!(numbers, (2..=RUNTIME_REVISION).collect::<Vec<_>>());
        assert!(runtime_upgrade_sql(RUNTIME_REVISION).is_empty());
        let from_first = runtime_upgrade_sql(1);
        assert!(from_first.contains("CREATE TABLE _events_unapplied") && from_first.contains("DROP INDEX"));
    }
}
