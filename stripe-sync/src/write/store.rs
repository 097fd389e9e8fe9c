//! Writing Stripe objects into the generated tables, newest state wins.
//!
//! Ordering key per row: (`_state_ts`, `_state_seq`). `_state_ts` is the unix second at which
//! Stripe produced the state (the event's `created`); `_state_seq` ranks the event within that
//! second: created (0) < any other change (1) < deleted (2). Two changes in the same second are
//! ordered causally: an event carrying `previous_attributes` P follows the stored state only if
//! that state contains P (`_raw @> P`: the stored state is its "before"). Without P the higher
//! event id wins: arbitrary, but every arrival order converges to the same row.
//! Deletes set `_deleted` and keep the data; nothing un-deletes a row.
//! The whole decision is one `INSERT … ON CONFLICT DO UPDATE … WHERE`, so concurrent
//! deliveries for one object serialize on its row lock and the newest state wins.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value;
use sqlx::{PgConnection, Row};
use stripe_pg_contract::{ledger, quote_ident, TypedColumns, WrittenColumn};
pub use stripe_pg_contract::{OrderedUpsert, UpsertKind};

/// Lifecycle rank of an event type within one second.
pub fn state_seq(event_type: &str) -> i32 {
    if event_type.ends_with(".created") {
        0
    } else if event_type.ends_with(".deleted") {
        2
    } else {
        1
    }
}

/// Where an object is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Its generated table.
    Table(&'static str),
    /// `_objects`: no table in this schema version, or no id.
    Generic { object: String },
}

impl Target {
    /// The table's name: its generated table, or `_objects`.
    pub fn name(&self) -> &str {
        match self {
            Target::Table(t) => t,
            Target::Generic { .. } => stripe_pg_contract::runtime::OBJECTS,
        }
    }
}

/// Its table from the generated registry, or `_objects`.
pub fn target_for(object: &Value) -> Target {
    let kind = object.get("object").and_then(Value::as_str);
    let has_id = object.get("id").and_then(Value::as_str).is_some();
    match table_for(kind, has_id) {
        Some(table) => Target::Table(table),
        None => Target::Generic { object: kind.unwrap_or("unknown").to_string() },
    }
}

/// The table an object of this kind (`object`) is stored in: its kind has one in the
/// generated registry and the object has an id; otherwise it goes to `_objects`.
pub fn table_for(kind: Option<&str>, has_id: bool) -> Option<&'static str> {
    stripe_model::resource_for_object(kind.unwrap_or("unknown")).and_then(|r| r.table).filter(|_| has_id)
}

/// The row id an object is stored under: its id, or for objects without one (balance), the
/// account, as there is one per account.
pub fn row_id(object: &Value, account: Option<&str>) -> String {
    match object.get("id").and_then(Value::as_str) {
        Some(id) => id.to_string(),
        None => account.unwrap_or("platform").to_string(),
    }
}

/// The row ends up deleted: the payload is a deleted stub (`"deleted": true`) or the event
/// deletes the object.
pub fn marks_deleted(object: &Value, deletes: bool) -> bool {
    deletes || object.get("deleted").and_then(Value::as_bool) == Some(true)
}

/// One state of one object to write.
#[derive(Debug, Clone, Copy)]
pub struct ObjectState<'a> {
    pub object: &'a Value,
    pub account: Option<&'a str>,
    pub api_version: Option<&'a str>,
    pub state_ts: i64,
    pub state_seq: i32,
    pub event_id: Option<&'a str>,
    /// `data.previous_attributes` of the event, for same-second ordering.
    pub previous: Option<&'a Value>,
    /// The event deletes the object (`*.deleted`).
    pub deletes: bool,
}

/// What happened to the row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Inserted,
    Updated,
    /// A newer state was already stored; only a tombstone may have been added.
    Stale,
}

/// The typed columns of a table stripe-sync writes with `_raw` (generated from the migration
/// chain: the columns the schema has).
pub fn written_columns(table: &str) -> &'static [WrittenColumn] {
    let all = crate::generated_columns::WRITTEN_COLUMNS;
    all.binary_search_by(|(t, _)| (*t).cmp(table)).map_or(&[], |i| all[i].1)
}

/// [`written_columns`] as statements use them, made once per table.
pub fn typed_columns(table: &str) -> &'static TypedColumns {
    static BY_TABLE: OnceLock<HashMap<&'static str, TypedColumns>> = OnceLock::new();
    static NONE: OnceLock<TypedColumns> = OnceLock::new();
    let by_table = BY_TABLE.get_or_init(|| {
        crate::generated_columns::WRITTEN_COLUMNS.iter().map(|(t, cols)| (*t, TypedColumns::of(cols))).collect()
    });
    by_table.get(table).unwrap_or_else(|| NONE.get_or_init(TypedColumns::default))
}

impl Target {
    /// The qualified table.
    pub fn qualified(&self, schema: &str) -> String {
        format!("{}.{}", quote_ident(schema), quote_ident(self.name()))
    }

    /// Its key columns, which are also its conflict target.
    pub fn key_columns(&self) -> &'static str {
        match self {
            Target::Table(_) => "id",
            Target::Generic { .. } => "object, id",
        }
    }

    /// The typed columns written with `_raw` (none for `_objects`).
    pub fn typed_columns(&self) -> &'static TypedColumns {
        typed_columns(self.name())
    }

    /// The ordered upsert of `source` rows into this target (`table`: [`Target::qualified`]),
    /// without previous_attributes, answering its keys and `inserted`; callers set the rest.
    pub fn upsert<'a>(&'a self, table: &'a str, source: &'a str, kind: UpsertKind) -> OrderedUpsert<'a> {
        OrderedUpsert {
            table,
            key_columns: self.key_columns(),
            typed: self.typed_columns(),
            source,
            previous: "NULL::jsonb",
            kind,
            returning: None,
        }
    }
}

/// One statement that records a fresh event in the ledger as applied and writes its object
/// (`$1`–`$8` the ledger row, `$9`–`$14` the object state, `$15` the object kind for
/// `_objects`). Returns (fresh, written): fresh is NULL when the event was already in the
/// ledger and not applied (the caller takes the slow path), false for a duplicate.
pub fn fast_event_sql(schema: &str, target: &Target, kind: UpsertKind) -> String {
    let keys = if matches!(target, Target::Generic { .. }) { "$15::text, $9::text" } else { "$9::text" };
    let source = format!("SELECT {keys}, $10::jsonb, $4::text, $3::text, $11::bool, $12::bigint, $13::int, $1::text WHERE EXISTS (SELECT 1 FROM ledger WHERE fresh)");
    let table = target.qualified(schema);
    let upsert = OrderedUpsert { previous: "$14::jsonb", ..target.upsert(&table, &source, kind) }.sql();
    let ledger = ledger::insert_sql(
        schema,
        "VALUES ($1, $2, $3, $4, to_timestamp($5), 'applied', $6, $7, $8)",
        ledger::OnRepeat::CountIfApplied,
        "(xmax = 0) AS fresh",
    );
    format!("WITH ledger AS ({ledger}), up AS ({upsert}) SELECT (SELECT fresh FROM ledger), (SELECT count(*) FROM up)")
}

fn upsert_sql(schema: &str, target: &Target, kind: UpsertKind) -> String {
    let key_vals = if matches!(target, Target::Generic { .. }) { "$10::text, $1::text" } else { "$1::text" };
    let source = format!("VALUES ({key_vals}, $2::jsonb, $3::text, $4::text, $5::bool, $6::bigint, $7::int, $8::text)");
    let table = target.qualified(schema);
    OrderedUpsert { previous: "$9::jsonb", ..target.upsert(&table, &source, kind) }.sql()
}

/// Items of the object's embedded lists that have tables of their own (`subscription.items`
/// → `subscription_items`, `invoice.lines` → `line_items`, `charge.refunds` → `refunds`),
/// grouped by table.
pub fn embedded_items(object: &Value) -> Vec<(&'static str, Vec<&Value>)> {
    let mut out: Vec<(&'static str, Vec<&Value>)> = Vec::new();
    for place in embedded_item_places(object) {
        match out.iter_mut().find(|(t, _)| *t == place.table) {
            Some((_, items)) => items.push(place.value),
            None => out.push((place.table, vec![place.value])),
        }
    }
    out
}

/// One item of an embedded list, and where it sits: `object[field].data[index]`.
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedItem<'a> {
    pub table: &'static str,
    pub field: &'a str,
    pub index: usize,
    pub value: &'a Value,
}

/// The items of [`embedded_items`], in payload order, with their places.
pub fn embedded_item_places(object: &Value) -> Vec<EmbeddedItem<'_>> {
    let mut out = Vec::new();
    let Some(map) = object.as_object() else { return out };
    for (field, value) in map {
        if value.get("object").and_then(Value::as_str) != Some("list") {
            continue;
        }
        for (index, item) in value.get("data").and_then(Value::as_array).into_iter().flatten().enumerate() {
            if let Target::Table(table) = target_for(item) {
                out.push(EmbeddedItem { table, field, index, value: item });
            }
        }
    }
    out
}

/// Writes one object state, and the items of its embedded lists (same ordering key), inside
/// the caller's transaction; then items gone from the parent's stored complete lists are
/// marked deleted ([`crate::write::follow`]), whether or not this state was the newest.
pub async fn write(conn: &mut PgConnection, schema: &str, state: &ObjectState<'_>) -> Result<Written, sqlx::Error> {
    let written = write_one(conn, schema, state).await?;
    if !state.deletes {
        for (_, items) in embedded_items(state.object) {
            for item in items {
                // previous_attributes describe the parent, not its items.
                let child = ObjectState { object: item, previous: None, deletes: false, ..*state };
                write_one(conn, schema, &child).await?;
            }
        }
    }
    if !state.deletes {
        if let Target::Table(table) = target_for(state.object) {
            if crate::write::follow::has_followed_list(table, state.object) {
                let id = row_id(state.object, state.account);
                crate::write::follow::prune_stored(conn, schema, table, &[&id]).await?;
            }
        }
    }
    Ok(written)
}

async fn write_one(conn: &mut PgConnection, schema: &str, state: &ObjectState<'_>) -> Result<Written, sqlx::Error> {
    let target = target_for(state.object);
    let deleted = marks_deleted(state.object, state.deletes);
    let sql = upsert_sql(schema, &target, UpsertKind::of(deleted));
    let mut query = sqlx::query(&sql)
        .bind(row_id(state.object, state.account))
        .bind(state.object)
        .bind(state.account)
        .bind(state.api_version)
        .bind(deleted)
        .bind(state.state_ts)
        .bind(state.state_seq)
        .bind(state.event_id)
        .bind(state.previous);
    if let Target::Generic { object } = &target {
        query = query.bind(object.clone());
    }
    let row = query.fetch_optional(&mut *conn).await?;
    Ok(match row {
        Some(r) if r.get::<bool, _>("inserted") => Written::Inserted,
        Some(_) => Written::Updated,
        None => Written::Stale,
    })
}
