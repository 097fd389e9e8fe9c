//! Child rows follow their parent: when a parent's embedded list is complete
//! (`has_more: false`) and no longer holds an item (a price removed from a subscription), the
//! item's row is marked deleted. Every write path (webhook groups, one event, backfill pages,
//! a completed partial list) builds its statement here.
//!
//! The rule: a prune reads the parent's stored state (never the payload of a stale one), and
//! marks deleted only the owner's rows whose own state is not newer than that parent state, so
//! an item added after the parent's snapshot survives it. It runs after every write that
//! touched a parent's items, stale or not: a stale state's items are written (they may be
//! new rows) and then the newest stored list decides, so every arrival order ends the same.
//! Nothing is ever un-deleted, so the rule errs towards keeping rows: a list that is partial,
//! absent or not a list prunes nothing, and neither does a deleted parent (a deleted stub keeps
//! older data under the delete's ordering key).

use serde_json::Value;
use sqlx::PgConnection;

use crate::api::lists::{Embedded, EMBEDDED};
use crate::db::quote_ident;

/// One embedded list whose items follow their parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowedList {
    /// Its position in [`EMBEDDED`]: a stable small number for set-based plans.
    pub index: usize,
    pub list: &'static Embedded,
    /// The child's column naming the parent.
    pub owner_column: &'static str,
}

/// Every followed list: the embedded lists whose item table names its owner.
pub fn followed_lists() -> impl Iterator<Item = FollowedList> {
    EMBEDDED
        .iter()
        .enumerate()
        .filter_map(|(index, list)| list.owner_column.map(|owner_column| FollowedList { index, list, owner_column }))
}

/// The followed lists of a parent table.
pub fn lists_of(parent_table: &str) -> impl Iterator<Item = FollowedList> + '_ {
    followed_lists().filter(move |f| f.list.parent == parent_table)
}

/// The items of `object[field]` when it is a complete list (`has_more: false`, `data` an
/// array); `None` for a partial, absent or malformed one, which must prune nothing.
pub fn complete_items<'a>(object: &'a Value, field: &str) -> Option<&'a Value> {
    let list = object.get(field)?;
    let is_list = list.get("object").and_then(Value::as_str) == Some("list");
    let complete = list.get("has_more").and_then(Value::as_bool) == Some(false);
    list.get("data").filter(|d| is_list && complete && d.is_array())
}

/// A partial embedded list (`has_more: true` with a `url`) of a followed table: (list, url).
pub fn partial_lists<'a>(parent_table: &str, object: &'a Value) -> Vec<(FollowedList, &'a str)> {
    lists_of(parent_table)
        .filter_map(|f| {
            let list = object.get(f.list.field)?;
            let partial = list.get("object").and_then(Value::as_str) == Some("list")
                && list.get("has_more").and_then(Value::as_bool) == Some(true);
            list.get("url").and_then(Value::as_str).filter(|_| partial).map(|url| (f, url))
        })
        .collect()
}

/// `object[field]` is a list object (complete or not).
pub fn holds_list(object: &Value, field: &str) -> bool {
    object.get(field).is_some_and(|l| l.get("object").and_then(Value::as_str) == Some("list"))
}

/// The object holds a followed list field at all (complete or not): the one-statement event
/// path, which writes no children, cannot take it.
pub fn has_followed_list(parent_table: &str, object: &Value) -> bool {
    lists_of(parent_table).any(|f| holds_list(object, f.list.field))
}

/// A prune source over the stored parents of `f` whose id `ids` (an SQL query yielding text)
/// names: their stored state, when it is not deleted and its list is complete.
pub fn stored_parents(schema: &str, f: &FollowedList, ids: &str) -> String {
    let parent = format!("{}.{}", quote_ident(schema), quote_ident(f.list.parent));
    let field = crate::db::quote_literal(f.list.field);
    format!(
        "SELECT p.id, p._state_ts, p._state_seq, p._raw -> {field} -> 'data' FROM {parent} AS p \
         WHERE p.id IN ({ids}) AND NOT p._deleted AND p._raw -> {field} ->> 'object' = 'list' \
           AND p._raw -> {field} -> 'has_more' = 'false'::jsonb AND jsonb_typeof(p._raw -> {field} -> 'data') = 'array'"
    )
}

/// Prunes every followed list of the stored parents `ids` of `parent_table`, one statement per
/// list: run after writing states (and items) of those parents.
pub async fn prune_stored(
    conn: &mut PgConnection,
    schema: &str,
    parent_table: &str,
    ids: &[&str],
) -> Result<(), sqlx::Error> {
    if ids.is_empty() {
        return Ok(());
    }
    for f in lists_of(parent_table) {
        let sql = prune_sql(schema, &f, &stored_parents(schema, &f, "SELECT unnest($1::text[])"));
        sqlx::query(&sql).bind(ids).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Marks deleted the rows of `f`'s item table that belong to a parent of `source` and that
/// its complete list no longer holds. `source` yields (parent id text, state_ts bigint,
/// state_seq int, items jsonb: the list's `data`), one row per parent, for parent states
/// that were stored. Returns nothing; a prune is a plain `UPDATE`.
pub fn prune_sql(schema: &str, f: &FollowedList, source: &str) -> String {
    let child = format!("{}.{}", quote_ident(schema), quote_ident(f.list.table));
    let owner = quote_ident(f.owner_column);
    format!(
        "UPDATE {child} AS c SET _deleted = true, _synced_at = now() \
         FROM ({source}) AS p(parent_id, state_ts, state_seq, items) \
         WHERE c.{owner} = p.parent_id AND NOT c._deleted \
           AND (c._state_ts, c._state_seq) <= (p.state_ts, p.state_seq) \
           AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p.items) AS i(item) WHERE i.item ->> 'id' = c.id)"
    )
}

/// Prunes list `f` of each (parent id, complete items) in one statement.
pub async fn prune_lists(
    conn: &mut PgConnection,
    schema: &str,
    f: &FollowedList,
    lists: &[(&str, &Value)],
    state_ts: i64,
    state_seq: i32,
) -> Result<(), sqlx::Error> {
    if lists.is_empty() {
        return Ok(());
    }
    let source = "SELECT x ->> 0, $2::bigint, $3::int, x -> 1 FROM jsonb_array_elements($1::jsonb) AS x";
    sqlx::query(&prune_sql(schema, f, source))
        .bind(sqlx::types::Json(lists))
        .bind(state_ts)
        .bind(state_seq)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_a_complete_list_prunes() {
        let sub = json!({
            "items": {"object": "list", "data": [{"id": "si_1"}], "has_more": false},
            "partial": {"object": "list", "data": [], "has_more": true, "url": "/v1/x"},
            "no_flag": {"object": "list", "data": []},
            "not_a_list": {"data": []},
        });
        assert_eq!(complete_items(&sub, "items"), Some(&json!([{"id": "si_1"}])));
        for field in ["partial", "no_flag", "not_a_list", "absent"] {
            assert_eq!(complete_items(&sub, field), None, "{field}");
        }
    }

    #[test]
    fn subscription_items_follow_their_subscription() {
        let f = lists_of("subscriptions").find(|f| f.list.field == "items").expect("subscription.items is followed");
        assert_eq!((f.list.table, f.owner_column), ("subscription_items", "subscription"));
        let sql = prune_sql("stripe", &f, "SELECT 1");
        assert!(sql.starts_with("UPDATE \"stripe\".\"subscription_items\" AS c SET _deleted = true"), "{sql}");
        let sub = json!({"items": {"object": "list", "data": [], "has_more": true, "url": "/v1/subscription_items?subscription=sub_1"}});
        assert_eq!(partial_lists("subscriptions", &sub), vec![(f, "/v1/subscription_items?subscription=sub_1")]);
        assert!(has_followed_list("subscriptions", &sub));
        assert!(!has_followed_list("customers", &sub));
    }
}
