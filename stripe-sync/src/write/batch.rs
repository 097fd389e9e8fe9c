//! Set-based writing of a group of events in one statement: the ledger rows for the whole
//! group, then one upsert per table and round, all inside one call of the group function
//! ([`crate::write::group_fn`]).
//!
//! The rules are those of the single-event path ([`crate::write::store`]): the ledger says which
//! events are fresh, and each upsert applies the ordering rule row by row (under which a
//! repeated state is a no-op, so a duplicate's rows need no filtering out). Postgres refuses to touch
//! one row twice in a statement, so several writes of one object go in successive rounds,
//! in arrival order, exactly as if they had been applied one after another. Embedded list
//! items with tables of their own (invoice lines, subscription items) are rows of their
//! event like its object, written with its ordering key.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use serde_json::Value;
use sqlx::{PgConnection, Row};

use crate::db::JsonText;
use crate::webhook::EventEnvelope;
use crate::write::follow;
use crate::write::group_fn::StepCode;
use crate::write::group_fn::{self, GroupFunction};
use crate::write::store::{self, Target, UpsertKind};

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

/// One event of the group: its envelope, and its payload as JSON text (the body as
/// delivered), which the ledger stores and from which Postgres takes the objects.
pub struct Pending<'a> {
    pub event: &'a EventEnvelope,
    pub payload: &'a [u8],
}

/// One row an event writes: its object, or one item of an embedded list.
#[derive(Debug)]
struct PlannedRow<'a> {
    /// Index of its event in the group.
    event: usize,
    /// Where it sits in the event's object: `None` for the object itself, else the embedded
    /// list's field and the item's index in it.
    item: Option<(&'a str, i32)>,
    kind: String,
    key: String,
    deleted: bool,
    seq: i32,
    /// The event's own object (not an embedded item), which decides "stale".
    parent: bool,
}

/// A target's rows in rounds: a round writes each object at most once, so the rounds of one
/// object keep the events' arrival order.
struct TargetRounds<'a> {
    target: Target,
    rounds: Vec<Vec<PlannedRow<'a>>>,
    /// The (kind, key) pairs each round writes.
    in_round: Vec<HashSet<(String, String)>>,
}

/// One upsert of the group: its statement ([`StepCode`]) and its rows
/// `lo..=hi` of the plan (1-based, as SQL arrays count).
#[derive(Debug, Clone, Copy)]
struct Step {
    code: StepCode,
    lo: i32,
    hi: i32,
}

/// The group's rows in step order, and its steps.
#[derive(Debug, Default)]
struct Plan<'a> {
    rows: Vec<PlannedRow<'a>>,
    steps: Vec<Step>,
    /// (event index, followed list index) of every followed list an event's object holds
    /// ([`crate::write::follow`]): its parent's stored list prunes after the steps.
    prunes: Vec<(usize, usize)>,
}

/// Writes `events` (distinct ids) in one statement on `conn`, which must not be inside a
/// transaction the first time (the statement is its own transaction; creating the function
/// on a connection that lacks it follows a failed call). Any error means nothing was written.
pub async fn write_events(
    conn: &mut PgConnection,
    schema: &str,
    events: &[Pending<'_>],
) -> Result<Vec<EventWrite>, sqlx::Error> {
    let envelopes: Vec<&EventEnvelope> = events.iter().map(|p| p.event).collect();
    let payloads: Vec<JsonText> = events.iter().map(|p| JsonText(p.payload)).collect();
    write_group(conn, schema, &envelopes, Some(payloads)).await
}

/// Applies `events`, already stored in the ledger as `pending` (distinct ids), in one
/// statement, as [`write_events`] does: their payloads are read from the ledger, and each is
/// marked applied. One another applier already took answers [`EventWrite::Retry`] (it is no
/// longer pending: nothing to do).
pub async fn apply_stored(
    conn: &mut PgConnection,
    schema: &str,
    events: &[&EventEnvelope],
) -> Result<Vec<EventWrite>, sqlx::Error> {
    write_group(conn, schema, events, None).await
}

/// The group statement; `payloads` are the bodies to record, or `None` for stored events.
async fn write_group(
    conn: &mut PgConnection,
    schema: &str,
    events: &[&EventEnvelope],
    payloads: Option<Vec<JsonText<'_>>>,
) -> Result<Vec<EventWrite>, sqlx::Error> {
    let function = function_for(schema);
    let plan = plan(events);
    let rows = match call(conn, &function, events, &payloads, &plan).await {
        // The connection's first group (no temporary schema yet, or no function in it):
        // create its function, then call again.
        Err(sqlx::Error::Database(e)) if matches!(e.code().as_deref(), Some("42883" | "3F000")) => {
            // Its first call compiles it anyway: validating it here too would double that.
            sqlx::query("SET check_function_bodies = off").execute(&mut *conn).await?;
            let created = sqlx::query(&function.create).persistent(false).execute(&mut *conn).await;
            sqlx::query("RESET check_function_bodies").execute(&mut *conn).await?;
            created?;
            call(conn, &function, events, &payloads, &plan).await?
        }
        other => other?,
    };
    let mut outcome = vec![EventWrite::Retry; events.len()];
    let by_key: HashMap<(i32, Option<&str>, &str), &PlannedRow> = plan
        .steps
        .iter()
        .enumerate()
        .flat_map(|(s, step)| {
            let generic = matches!(step.code.target(), Target::Generic { .. });
            plan.rows[step.lo as usize - 1..step.hi as usize]
                .iter()
                .map(move |r| ((s as i32 + 1, generic.then_some(r.kind.as_str()), r.key.as_str()), r))
        })
        .collect();
    let index: HashMap<&str, usize> = events.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();
    for (step, kind, id) in rows {
        if step == 0 {
            let i = index[id.as_str()];
            outcome[i] = match kind.as_deref() {
                Some("fresh") => EventWrite::Applied { stale: true }, // until its upsert says otherwise
                Some(_) => EventWrite::Duplicate,
                None => EventWrite::Retry,
            };
        } else if let Some(row) = by_key.get(&(step, kind.as_deref(), id.as_str())) {
            // Only a fresh event's write counts; the others' are no-ops of the ordering rule
            // (or, for one in the ledger but not applied, redone by the per-event path).
            if row.parent && outcome[row.event] == (EventWrite::Applied { stale: true }) {
                outcome[row.event] = EventWrite::Applied { stale: false };
            }
        }
    }
    Ok(outcome)
}

/// The function of a schema, built once per process and schema.
fn function_for(schema: &str) -> std::sync::Arc<GroupFunction> {
    static BUILT: OnceLock<std::sync::Mutex<HashMap<String, std::sync::Arc<GroupFunction>>>> = OnceLock::new();
    let mut built = BUILT.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    built.entry(schema.to_string()).or_insert_with(|| std::sync::Arc::new(group_fn::build(schema))).clone()
}

async fn call(
    conn: &mut PgConnection,
    function: &GroupFunction,
    events: &[&EventEnvelope],
    payloads: &Option<Vec<JsonText<'_>>>,
    plan: &Plan<'_>,
) -> Result<Vec<(i32, Option<String>, String)>, sqlx::Error> {
    let column = |f: fn(&EventEnvelope) -> Option<&str>| events.iter().map(|e| f(e)).collect::<Vec<_>>();
    let rows = &plan.rows;
    let answer = sqlx::query(&function.call)
        .bind(column(|e| Some(e.id.as_str())))
        .bind(column(|e| Some(e.event_type.as_str())))
        .bind(column(|e| e.api_version.as_deref()))
        .bind(column(|e| e.account.as_deref()))
        .bind(events.iter().map(|e| e.created).collect::<Vec<_>>())
        .bind(column(|e| e.object.get("object").and_then(Value::as_str)))
        .bind(column(|e| e.object.get("id").and_then(Value::as_str)))
        .bind(payloads)
        .bind(events.iter().any(|e| e.previous.is_some()).then(|| {
            events
                .iter()
                .map(|e| e.previous.as_ref().map(|_| store::target_for(&e.object).name().to_string()))
                .collect::<Vec<_>>()
        }))
        .bind(rows.iter().map(|r| r.event as i32 + 1).collect::<Vec<_>>())
        .bind(rows.iter().map(|r| r.item.map(|(list, _)| list)).collect::<Vec<_>>())
        .bind(rows.iter().map(|r| r.item.map(|(_, index)| index)).collect::<Vec<_>>())
        .bind(rows.iter().map(|r| r.kind.as_str()).collect::<Vec<_>>())
        .bind(rows.iter().map(|r| r.key.as_str()).collect::<Vec<_>>())
        .bind(rows.iter().map(|r| r.deleted).collect::<Vec<_>>())
        .bind(rows.iter().map(|r| r.seq).collect::<Vec<_>>())
        .bind(plan.steps.iter().map(|s| s.code.get()).collect::<Vec<_>>())
        .bind(plan.steps.iter().map(|s| s.lo).collect::<Vec<_>>())
        .bind(plan.steps.iter().map(|s| s.hi).collect::<Vec<_>>())
        .bind(plan.prunes.iter().map(|(e, _)| *e as i32 + 1).collect::<Vec<_>>())
        .bind(plan.prunes.iter().map(|(_, f)| *f as i32).collect::<Vec<_>>())
        .fetch_all(&mut *conn)
        .await?;
    Ok(answer.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect())
}

/// Every row of every event, grouped by target, then into rounds in which each row appears
/// once, then by upsert kind: one step each.
fn plan<'a>(events: &[&'a EventEnvelope]) -> Plan<'a> {
    let mut rows: Vec<(Target, PlannedRow)> = Vec::new();
    let mut prunes = Vec::new();
    for (i, event) in events.iter().enumerate() {
        let account = event.account.as_deref();
        let kind = |o: &Value| o.get("object").and_then(Value::as_str).unwrap_or("unknown").to_string();
        let seq = store::state_seq(&event.event_type);
        rows.push((
            store::target_for(&event.object),
            PlannedRow {
                event: i,
                item: None,
                kind: kind(&event.object),
                key: store::row_id(&event.object, account),
                deleted: event.marks_deleted(),
                seq,
                parent: true,
            },
        ));
        if event.deletes() {
            continue;
        }
        if let Target::Table(table) = store::target_for(&event.object) {
            prunes.extend(
                follow::lists_of(table)
                    .filter(|f| follow::holds_list(&event.object, f.list.field))
                    .map(|f| (i, f.index)),
            );
        }
        for item in store::embedded_item_places(&event.object) {
            rows.push((
                Target::Table(item.table),
                PlannedRow {
                    event: i,
                    item: Some((item.field, item.index as i32)),
                    kind: kind(item.value),
                    key: store::row_id(item.value, account),
                    deleted: store::marks_deleted(item.value, false),
                    seq,
                    parent: false,
                },
            ));
        }
    }
    let mut by_target: BTreeMap<String, TargetRounds> = BTreeMap::new();
    for (target, row) in rows {
        let TargetRounds { rounds, in_round, .. } = by_target
            .entry(target.name().to_string())
            .or_insert_with(|| TargetRounds { target, rounds: Vec::new(), in_round: Vec::new() });
        let key = (row.kind.clone(), row.key.clone());
        // Right after the last round that writes this object: its writes keep arrival order.
        let round = in_round.iter().rposition(|k| k.contains(&key)).map_or(0, |last| last + 1);
        if round == in_round.len() {
            in_round.push(HashSet::new());
            rounds.push(Vec::new());
        }
        in_round[round].insert(key);
        rounds[round].push(row);
    }
    let mut plan = Plan { prunes, ..Plan::default() };
    for TargetRounds { target, rounds, .. } in by_target.into_values() {
        for round in rounds {
            // A round touches each row once, so its deletes and live states are independent.
            let (deletes, live): (Vec<PlannedRow>, Vec<PlannedRow>) = round.into_iter().partition(|r| r.deleted);
            for (kind, part) in [(UpsertKind::Replace, live), (UpsertKind::Delete, deletes)] {
                if part.is_empty() {
                    continue;
                }
                let code = StepCode::of(&target, kind).expect("every table the registry names has a step");
                let lo = plan.rows.len() as i32 + 1;
                plan.rows.extend(part);
                plan.steps.push(Step { code, lo, hi: plan.rows.len() as i32 });
            }
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::webhook::parse_event;
    use serde_json::json;

    fn event(id: &str, kind: &str, object: Value) -> EventEnvelope {
        parse_event(&json!({"id": id, "object": "event", "type": kind, "created": 1, "data": {"object": object}}))
            .unwrap()
    }

    /// Rows of one object go in successive rounds in arrival order; each step holds one
    /// table and upsert kind; embedded items are rows of their event, found by their path.
    #[test]
    fn the_plan_keeps_arrival_order_per_object_and_finds_embedded_items() {
        let events = [
            event("e1", "customer.updated", json!({"id": "cus_1", "object": "customer"})),
            event("e2", "customer.updated", json!({"id": "cus_2", "object": "customer"})),
            event("e3", "customer.deleted", json!({"id": "cus_1", "object": "customer", "deleted": true})),
            event("e4", "customer.updated", json!({"id": "cus_1", "object": "customer"})),
            event(
                "e5",
                "invoice.updated",
                json!({"id": "in_1", "object": "invoice", "lines": {"object": "list", "data": [{"id": "il_1", "object": "line_item"}, {"id": "il_1", "object": "line_item"}]}}),
            ),
        ];
        let bodies: Vec<Vec<u8>> = vec![Vec::new(); events.len()];
        let pending: Vec<Pending> =
            events.iter().zip(&bodies).map(|(event, payload)| Pending { event, payload }).collect();
        let envelopes: Vec<&EventEnvelope> = pending.iter().map(|p| p.event).collect();
        let plan = plan(&envelopes);
        let code = |table: &'static str, kind| StepCode::of(&Target::Table(table), kind).unwrap();
        let steps: Vec<(StepCode, Vec<(usize, &str)>)> = plan
            .steps
            .iter()
            .map(|s| {
                (
                    s.code,
                    plan.rows[s.lo as usize - 1..s.hi as usize].iter().map(|r| (r.event, r.key.as_str())).collect(),
                )
            })
            .collect();
        assert_eq!(
            steps,
            vec![
                (code("customers", UpsertKind::Replace), vec![(0, "cus_1"), (1, "cus_2")]),
                (code("customers", UpsertKind::Delete), vec![(2, "cus_1")]),
                (code("customers", UpsertKind::Replace), vec![(3, "cus_1")]),
                (code("invoices", UpsertKind::Replace), vec![(4, "in_1")]),
                // The same item twice in one list: two rounds, as one-by-one writes would do.
                (code("line_items", UpsertKind::Replace), vec![(4, "il_1")]),
                (code("line_items", UpsertKind::Replace), vec![(4, "il_1")]),
            ]
        );
        let line = plan.rows.iter().find(|r| r.kind == "line_item").unwrap();
        assert_eq!(line.item, Some(("lines", 0)));
        assert!(!line.parent);
        assert_eq!(plan.rows.iter().filter(|r| r.parent).count(), events.len());
    }
}
