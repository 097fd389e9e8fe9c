//! Writing a page of API snapshots: its objects and the items of their embedded lists that
//! have tables of their own (invoice lines, subscription items), in one statement.
//!
//! A snapshot follows the same ordering rule as events ([`crate::write::store`]), stamped with the
//! time it was fetched. It ranks below any event of its second (`_state_seq` 0, no event id),
//! so it never overwrites a webhook write as new as itself.
//!
//! The page goes to Postgres as the API's own response body when the objects are unchanged:
//! Postgres parses it once, and both the objects and their embedded items are taken from
//! that one parsed value. Re-encoding it here, and parsing the items a second time there,
//! were a fifth of a backfill's CPU.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use sqlx::{PgConnection, Row};

use crate::api::list_head::ObjectHead;
use crate::db::{quote_literal, JsonText};
use crate::write::follow;
use crate::write::store::{embedded_item_places, marks_deleted, OrderedUpsert, Target, UpsertKind};

/// A page of objects of one table as fetched.
#[derive(Debug, Clone, Copy)]
pub enum Page<'a> {
    /// A list response body as it came, and the heads of its objects read from it
    /// ([`crate::api::list_head::ListHead::parse`]).
    Body { body: &'a [u8], heads: &'a [ObjectHead] },
    /// Objects built as values: changed after the fetch (a completed sub-list), or fetched
    /// one by one.
    Objects(&'a [Value]),
}

/// Writes `page` into `table`, and its objects' embedded items into their tables, at
/// `state_ts`. Returns how many objects were written (not older than what was stored).
pub async fn write_page(
    conn: &mut PgConnection,
    schema: &str,
    table: &'static str,
    page: Page<'_>,
    account: Option<&str>,
    api_version: &str,
    state_ts: i64,
) -> Result<u64, sqlx::Error> {
    let built: Vec<ObjectHead>;
    let heads = match page {
        Page::Body { heads, .. } => heads,
        Page::Objects(objects) => {
            built = objects.iter().map(ObjectHead::of).collect();
            &built
        }
    };
    if heads.is_empty() {
        return Ok(0);
    }
    let Some(children) = one_statement_children(table, heads) else {
        return match page {
            Page::Objects(objects) => write_by_kind(conn, schema, table, objects, account, api_version, state_ts).await,
            Page::Body { body, .. } => {
                // Rare (a deleted stub in a list): only now is the body built as values.
                let mut list: Value = serde_json::from_slice(body).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
                let objects = match list["data"].take() {
                    Value::Array(objects) => objects,
                    _ => Vec::new(),
                };
                write_by_kind(conn, schema, table, &objects, account, api_version, state_ts).await
            }
        };
    };
    let sql = page_sql(schema, table, &children, matches!(page, Page::Body { .. }));
    let query = sqlx::query_scalar::<_, i64>(&sql);
    let query = match page {
        Page::Body { body, .. } => query.bind(JsonText(body)),
        Page::Objects(objects) => query.bind(sqlx::types::Json(objects)),
    };
    let written = query.bind(account).bind(api_version).bind(state_ts).fetch_one(&mut *conn).await?;
    // The statement pruned for the parents it stored. A stale parent's items were written too
    // (they may be rows not seen before), so its stored list prunes them now; rare in a page.
    let ids: Vec<&str> = heads.iter().filter_map(|h| h.id.as_deref()).collect();
    if (written as usize) < ids.len() && follow::lists_of(table).next().is_some() {
        follow::prune_stored(conn, schema, table, &ids).await?;
    }
    Ok(written as u64)
}

/// The child tables of a page and, for each, the (list field, item `object`) pairs that
/// fill it; `None` when the page needs the by-kind path: it holds a deleted stub (at either
/// level), or an item of the parent's own table (two writes of one row in one statement).
fn one_statement_children(
    table: &'static str,
    heads: &[ObjectHead],
) -> Option<BTreeMap<&'static str, BTreeSet<(String, String)>>> {
    let mut children: BTreeMap<&'static str, BTreeSet<(String, String)>> = BTreeMap::new();
    for object in heads {
        if object.deleted {
            return None;
        }
        for list in &object.lists {
            for item in &list.items {
                let Some(child) = item.table() else { continue };
                if child == table || item.deleted {
                    return None;
                }
                children
                    .entry(child)
                    .or_default()
                    .insert((list.field.clone(), item.object.clone().unwrap_or_default()));
            }
        }
    }
    Some(children)
}

/// The one statement of a page: `$1` the body (or the objects), `$2` account, `$3` API
/// version, `$4` the snapshot's time. Each child row is its item's first appearance (by
/// object, list and position), as the same item may sit in several objects' lists.
fn page_sql(
    schema: &str,
    table: &'static str,
    children: &BTreeMap<&'static str, BTreeSet<(String, String)>>,
    from_body: bool,
) -> String {
    let objects = if from_body { "($1::jsonb -> 'data')" } else { "$1::jsonb" };
    let stamp = "$2::text, $3::text, false, $4::bigint, 0, NULL::text";
    let source = format!("SELECT o ->> 'id', o, {stamp} FROM jsonb_array_elements({objects}) o");
    let (target, qualified) = (Target::Table(table), Target::Table(table).qualified(schema));
    let parents =
        OrderedUpsert { returning: Some("cur.id"), ..target.upsert(&qualified, &source, UpsertKind::Replace) }.sql();
    let mut ctes = vec![format!("parents AS ({parents})")];
    // Items gone from the stored parents' complete lists (the page's completed sub-lists
    // included) are marked deleted; the items the lists hold are written below.
    for f in follow::lists_of(table) {
        let field = quote_literal(f.list.field);
        let source = format!(
            "SELECT o ->> 'id', $4::bigint, 0, o -> {field} -> 'data' FROM jsonb_array_elements({objects}) o \
             WHERE o ->> 'id' IN (SELECT id FROM parents) AND o -> {field} ->> 'object' = 'list' \
               AND o -> {field} -> 'has_more' = 'false'::jsonb AND jsonb_typeof(o -> {field} -> 'data') = 'array'"
        );
        ctes.push(format!("prune{} AS ({})", f.index, follow::prune_sql(schema, &f, &source)));
    }
    for (n, (child, pairs)) in children.iter().enumerate() {
        let lists: Vec<String> = pairs
            .iter()
            .enumerate()
            .map(|(k, (field, kind))| format!("({}, {}, {k})", quote_literal(field), quote_literal(kind)))
            .collect();
        let items = format!(
            "SELECT DISTINCT ON (c.item ->> 'id') c.item ->> 'id', c.item, {stamp} FROM (\
               SELECT i.item, o.n, f.k, i.m FROM jsonb_array_elements({objects}) WITH ORDINALITY AS o(obj, n) \
               CROSS JOIN (VALUES {}) AS f(field, kind, k) \
               CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN o.obj -> f.field ->> 'object' = 'list' \
                 AND jsonb_typeof(o.obj -> f.field -> 'data') = 'array' THEN o.obj -> f.field -> 'data' ELSE '[]'::jsonb END) \
                 WITH ORDINALITY AS i(item, m) \
               WHERE i.item ->> 'object' = f.kind AND jsonb_typeof(i.item -> 'id') = 'string') AS c \
             ORDER BY c.item ->> 'id', c.n, c.k, c.m",
            lists.join(", ")
        );
        let (target, qualified) = (Target::Table(child), Target::Table(child).qualified(schema));
        let upsert =
            OrderedUpsert { returning: Some("1"), ..target.upsert(&qualified, &items, UpsertKind::Replace) }.sql();
        ctes.push(format!("child{n} AS ({upsert})"));
    }
    format!("WITH {} SELECT count(*) FROM parents", ctes.join(", "))
}

/// The general path: one statement per table and upsert kind, objects and items bound as JSON.
async fn write_by_kind(
    conn: &mut PgConnection,
    schema: &str,
    table: &'static str,
    objects: &[Value],
    account: Option<&str>,
    api_version: &str,
    state_ts: i64,
) -> Result<u64, sqlx::Error> {
    let items: Vec<&Value> = objects.iter().collect();
    let stored = write_snapshots(conn, schema, table, &items, account, api_version, state_ts).await?;
    let mut children: BTreeMap<&'static str, Vec<&Value>> = BTreeMap::new();
    for object in objects {
        for item in embedded_item_places(object) {
            children.entry(item.table).or_default().push(item.value);
        }
    }
    for (child, mut items) in children {
        // One row per id: the same item may sit in several objects' lists.
        items.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
        items.dedup_by(|a, b| a["id"] == b["id"]);
        write_snapshots(conn, schema, child, &items, account, api_version, state_ts).await?;
    }
    let ids: Vec<&str> = objects.iter().filter_map(|o| o["id"].as_str()).collect();
    follow::prune_stored(conn, schema, table, &ids).await?;
    Ok(stored.len() as u64)
}

/// Snapshots of one table in one statement per upsert kind (a list holding a deleted stub is
/// rare); answers the ids stored (not older than what was stored).
async fn write_snapshots(
    conn: &mut PgConnection,
    schema: &str,
    table: &'static str,
    items: &[&Value],
    account: Option<&str>,
    api_version: &str,
    state_ts: i64,
) -> Result<Vec<String>, sqlx::Error> {
    let mut written = Vec::new();
    for kind in [UpsertKind::Replace, UpsertKind::Delete] {
        let part: Vec<&Value> =
            items.iter().copied().filter(|o| UpsertKind::of(marks_deleted(o, false)) == kind).collect();
        if part.is_empty() {
            continue;
        }
        let deleted = kind == UpsertKind::Delete;
        let source = format!("SELECT o ->> 'id', o, $2::text, $3::text, {deleted}, $4::bigint, 0, NULL::text FROM jsonb_array_elements($1::jsonb) o");
        let target = Target::Table(table);
        let sql = target.upsert(&target.qualified(schema), &source, kind).sql();
        let rows = sqlx::query(&sql)
            .bind(sqlx::types::Json(&part))
            .bind(account)
            .bind(api_version)
            .bind(state_ts)
            .fetch_all(&mut *conn)
            .await?;
        written.extend(rows.iter().map(|r| r.get::<String, _>("id")));
    }
    Ok(written)
}
