//! Set-based writing of a group of events inside one transaction: one ledger statement for
//! the whole group, then one upsert per table, whatever the number of events.
//!
//! The rules are those of the single-event path ([`crate::store`]): the ledger decides what
//! is fresh, and each upsert applies the ordering rule row by row. Postgres refuses to touch
//! one row twice in a statement, so several events on one object go in successive rounds,
//! in arrival order, exactly as if they had been applied one after another.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;
use sqlx::{PgConnection, Row};

use crate::db::quote_ident;
use crate::store::{self, Shape, Target};
use crate::webhook::EventEnvelope;

/// The row an event writes: (object kind, row id).
type ObjectKey = (String, String);

/// What the group write did with one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventWrite {
    /// Recorded and applied; `stale` when a newer state was already stored.
    Applied { stale: bool },
    /// Already applied before.
    Duplicate,
    /// In the ledger but not applied (failed or interrupted before): the caller retries it
    /// through the per-event path, which isolates a failure as a dead letter.
    Retry,
}

/// One event of the group: its envelope and the payload stored in the ledger.
pub struct Pending<'a> {
    pub event: &'a EventEnvelope,
    pub payload: &'a Value,
}

/// Writes `events` (distinct ids, no embedded lists) on `conn`, which the caller has put in
/// a transaction. Any error leaves the transaction to be rolled back by the caller.
pub async fn write_events(conn: &mut PgConnection, schema: &str, events: &[Pending<'_>]) -> Result<Vec<EventWrite>, sqlx::Error> {
    let fresh = record(conn, schema, events).await?;
    let mut outcome: Vec<EventWrite> = events
        .iter()
        .map(|p| match fresh.get(p.event.id.as_str()) {
            Some(true) => EventWrite::Applied { stale: true }, // until its upsert says otherwise
            Some(false) => EventWrite::Duplicate,
            None => EventWrite::Retry,
        })
        .collect();
    let keys: Vec<ObjectKey> = events.iter().map(|p| object_key(p.event)).collect();
    for (target, rounds) in plan(events, &keys, &outcome) {
        for round in rounds {
            // A round touches each row once, so its deletes and live states are independent.
            let (deletes, live): (Vec<usize>, Vec<usize>) = round.into_iter().partition(|&i| events[i].event.marks_deleted());
            for (shape, part) in [(Shape::Replace, live), (Shape::Delete, deletes)] {
                if part.is_empty() {
                    continue;
                }
                let written = upsert(conn, schema, &target, shape, events, &keys, &part).await?;
                for (i, written) in part.into_iter().zip(written) {
                    if written {
                        outcome[i] = EventWrite::Applied { stale: false };
                    }
                }
            }
        }
    }
    Ok(outcome)
}

/// The ledger rows, in one statement: event id → fresh (true) or duplicate (false). An id
/// missing from the answer is in the ledger but not applied.
async fn record(conn: &mut PgConnection, schema: &str, events: &[Pending<'_>]) -> Result<HashMap<String, bool>, sqlx::Error> {
    let ledger = format!("{}._events", quote_ident(schema));
    let sql = format!(
        "INSERT INTO {ledger} (id, type, api_version, account, created, status, object_type, object_id, payload) \
         SELECT id, type, api_version, account, to_timestamp(created), 'applied', object_type, object_id, payload \
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::text[], $7::text[], $8::jsonb[]) \
           AS e(id, type, api_version, account, created, object_type, object_id, payload) \
         ON CONFLICT (id) DO UPDATE SET attempts = {ledger}.attempts + 1 WHERE {ledger}.status = 'applied' \
         RETURNING id, (xmax = 0) AS fresh"
    );
    let column = |f: fn(&EventEnvelope) -> Option<&str>| events.iter().map(|p| f(p.event)).collect::<Vec<_>>();
    let rows = sqlx::query(&sql)
        .bind(column(|e| Some(e.id.as_str())))
        .bind(column(|e| Some(e.event_type.as_str())))
        .bind(column(|e| e.api_version.as_deref()))
        .bind(column(|e| e.account.as_deref()))
        .bind(events.iter().map(|p| p.event.created as f64).collect::<Vec<_>>())
        .bind(column(|e| e.object.get("object").and_then(Value::as_str)))
        .bind(column(|e| e.object.get("id").and_then(Value::as_str)))
        .bind(events.iter().map(|p| p.payload).collect::<Vec<_>>())
        .fetch_all(&mut *conn)
        .await?;
    Ok(rows.iter().map(|r| (r.get("id"), r.get("fresh"))).collect())
}

/// The row key an event writes: (object kind, id), the id being the account for id-less
/// objects (balance), as in the single-event path.
fn object_key(event: &EventEnvelope) -> ObjectKey {
    let kind = event.object.get("object").and_then(Value::as_str).unwrap_or("unknown").to_string();
    (kind, store::row_id(&event.object, event.account.as_deref()))
}

/// Fresh events grouped by target, then into rounds in which each row appears once.
fn plan<'k>(events: &[Pending<'_>], keys: &'k [ObjectKey], outcome: &[EventWrite]) -> Vec<(Target, Vec<Vec<usize>>)> {
    let mut by_target: BTreeMap<String, (Target, Vec<Vec<usize>>, Vec<HashSet<&'k ObjectKey>>)> = BTreeMap::new();
    for (i, p) in events.iter().enumerate() {
        if !matches!(outcome[i], EventWrite::Applied { .. }) {
            continue;
        }
        let target = store::target_for(&p.event.object);
        let name = match &target {
            Target::Table(t) => t.to_string(),
            Target::Generic { .. } => "_objects".to_string(),
        };
        let (_, rounds, in_round) = by_target.entry(name).or_insert_with(|| (target, Vec::new(), Vec::new()));
        let key = &keys[i];
        // Right after the last round that writes this object: its events keep arrival order.
        let round = in_round.iter().rposition(|k| k.contains(key)).map_or(0, |last| last + 1);
        if round == in_round.len() {
            in_round.push(HashSet::new());
            rounds.push(Vec::new());
        }
        in_round[round].insert(key);
        rounds[round].push(i);
    }
    by_target.into_values().map(|(target, rounds, _)| (target, rounds)).collect()
}

/// One round of one target in one statement; says, for each event of the round, whether its
/// row was written (not stale).
async fn upsert(conn: &mut PgConnection, schema: &str, target: &Target, shape: Shape, events: &[Pending<'_>], keys: &[ObjectKey], round: &[usize]) -> Result<Vec<bool>, sqlx::Error> {
    let sql = upsert_sql(schema, target, shape);
    let evs: Vec<&EventEnvelope> = round.iter().map(|&i| events[i].event).collect();
    let rows = sqlx::query(&sql)
        .bind(round.iter().map(|&i| keys[i].1.as_str()).collect::<Vec<_>>())
        .bind(evs.iter().map(|e| &e.object).collect::<Vec<_>>())
        .bind(evs.iter().map(|e| e.account.as_deref()).collect::<Vec<_>>())
        .bind(evs.iter().map(|e| e.api_version.as_deref()).collect::<Vec<_>>())
        .bind(evs.iter().map(|e| e.marks_deleted()).collect::<Vec<_>>())
        .bind(evs.iter().map(|e| e.created).collect::<Vec<_>>())
        .bind(evs.iter().map(|e| store::state_seq(&e.event_type)).collect::<Vec<_>>())
        .bind(evs.iter().map(|e| e.id.as_str()).collect::<Vec<_>>())
        .bind(evs.iter().map(|e| e.previous.as_ref()).collect::<Vec<_>>())
        .bind(round.iter().map(|&i| keys[i].0.as_str()).collect::<Vec<_>>())
        .fetch_all(&mut *conn)
        .await?;
    // A table's rows are keyed by id alone, `_objects` rows by (object, id).
    let generic = matches!(target, Target::Generic { .. });
    let written: HashSet<(Option<&str>, &str)> = rows.iter().map(|r| (generic.then(|| r.get("object")), r.get("id"))).collect();
    Ok(round.iter().map(|&i| written.contains(&(generic.then_some(keys[i].0.as_str()), keys[i].1.as_str()))).collect())
}

/// The upsert of one round: the rows come from arrays (`$1`–`$9`, `$10` the object kinds,
/// used by `_objects`); an event's previous_attributes are looked up by its id.
fn upsert_sql(schema: &str, target: &Target, shape: Shape) -> String {
    let (table, key_cols, conflict, typed) = store::table_parts(schema, target);
    let keys = if matches!(target, Target::Generic { .. }) { "kind, id" } else { "id" };
    let source = format!("SELECT {keys}, raw, account, api_version, deleted, state_ts, state_seq, event_id FROM src");
    let prev = "(SELECT src.prev FROM src WHERE src.event_id = excluded._event_id)";
    format!(
        "WITH src AS (SELECT * FROM unnest($1::text[], $2::jsonb[], $3::text[], $4::text[], $5::bool[], $6::bigint[], \
           $7::int[], $8::text[], $9::jsonb[], $10::text[]) \
           AS s(id, raw, account, api_version, deleted, state_ts, state_seq, event_id, prev, kind)) {}",
        store::ordered_upsert(&table, typed, key_cols, conflict, &source, prev, shape)
    )
}
