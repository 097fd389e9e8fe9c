//! Partial embedded lists from events: an event carries at most 10 items of a list
//! (`has_more: true`, e.g. an invoice with 12 lines), so its items beyond those, and the items
//! gone from it, are unknown until the list is read from the API.
//!
//! Each one is recorded in `_sync_state` (`partial:<account>:<table>:<id>:<field>`) before the
//! event is acknowledged, and completed later from its `url`: by `serve`'s completer when it has
//! an API key, else by the next `backfill` or `verify --fix`. Completing writes every item as a
//! snapshot and prunes the items the whole list no longer holds ([`crate::write::follow`]).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sqlx::PgPool;

use crate::api::ApiClient;
use crate::db::quote_ident;
use crate::webhook::EventEnvelope;
use crate::write::follow::{self, FollowedList};
use crate::write::store::{self, Target};

/// One recorded partial list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartialList {
    pub account: Option<String>,
    pub parent_table: String,
    pub parent_id: String,
    pub field: String,
    /// The list's own `url` (`/v1/invoices/in_1/lines`).
    pub url: String,
    /// The event that carried it, and its time.
    pub event: String,
    pub created: i64,
}

impl PartialList {
    pub fn key(&self) -> String {
        format!(
            "partial:{}:{}:{}:{}",
            self.account.as_deref().unwrap_or("platform"),
            self.parent_table,
            self.parent_id,
            self.field
        )
    }

    fn followed(&self) -> Option<FollowedList> {
        follow::lists_of(&self.parent_table).find(|f| f.list.field == self.field)
    }
}

/// The partial followed lists of an event's object (none for a deleting event).
pub fn of_event(event: &EventEnvelope) -> Vec<PartialList> {
    let Target::Table(table) = store::target_for(&event.object) else { return Vec::new() };
    if event.deletes() {
        return Vec::new();
    }
    let parent_id = store::row_id(&event.object, event.account.as_deref());
    follow::partial_lists(table, &event.object)
        .into_iter()
        .map(|(f, url)| PartialList {
            account: event.account.clone(),
            parent_table: table.to_string(),
            parent_id: parent_id.clone(),
            field: f.list.field.to_string(),
            url: url.to_string(),
            event: event.id.clone(),
            created: event.created,
        })
        .collect()
}

/// Records `lists` in one statement; a list already recorded keeps the newer record. A
/// redelivery records again, so an event acknowledged after a failed record is not needed.
pub async fn record(pool: &PgPool, schema: &str, lists: &[PartialList]) -> Result<(), sqlx::Error> {
    if lists.is_empty() {
        return Ok(());
    }
    let state = crate::write::sync_state::SyncState::new(schema);
    let keys: Vec<String> = lists.iter().map(PartialList::key).collect();
    let values: Vec<sqlx::types::Json<&PartialList>> = lists.iter().map(sqlx::types::Json).collect();
    sqlx::query(&format!(
        "INSERT INTO {} AS s (key, value) SELECT DISTINCT ON (k) k, v FROM unnest($1::text[], $2::jsonb[]) AS x(k, v) ORDER BY k, (v ->> 'created')::bigint DESC \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now() \
         WHERE (s.value ->> 'created')::bigint <= (excluded.value ->> 'created')::bigint",
        state.table()
    ))
    .bind(keys)
    .bind(values)
    .execute(pool)
    .await?;
    Ok(())
}

/// The recorded partial lists whose event is applied (or gone from the ledger): one still
/// pending has no parent row to complete yet, so the applier's wake-up comes back for it.
async fn ready(pool: &PgPool, schema: &str) -> Result<Vec<PartialList>, sqlx::Error> {
    let state = crate::write::sync_state::SyncState::new(schema);
    let ledger = stripe_pg_contract::ledger::table(schema);
    let rows: Vec<sqlx::types::Json<PartialList>> = sqlx::query_scalar(&format!(
        "SELECT s.value FROM {} AS s WHERE s.key LIKE 'partial:%' \
           AND NOT EXISTS (SELECT 1 FROM {ledger} AS e WHERE e.id = s.value ->> 'event' AND e.status = 'pending') \
         ORDER BY s.key",
        state.table()
    ))
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|j| j.0).collect())
}

/// Every recorded partial list.
pub async fn recorded(pool: &PgPool, schema: &str) -> Result<Vec<PartialList>, sqlx::Error> {
    let state = crate::write::sync_state::SyncState::new(schema);
    let rows: Vec<sqlx::types::Json<PartialList>> =
        sqlx::query_scalar(&format!("SELECT value FROM {} WHERE key LIKE 'partial:%' ORDER BY key", state.table()))
            .fetch_all(pool)
            .await?;
    Ok(rows.into_iter().map(|j| j.0).collect())
}

/// What completing the recorded lists did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completion {
    pub completed: usize,
    /// Lists left recorded, with why (Stripe's error): tried again next time.
    pub failed: Vec<(String, String)>,
}

/// Completes every recorded partial list: reads it whole from the API (with the account it
/// came from), writes its items as snapshots and prunes the items it no longer holds, then
/// drops the record unless a newer event recorded it again meanwhile. One list's failure
/// is reported and leaves it recorded; a database error stops.
pub async fn complete(pool: &PgPool, schema: &str, api: &ApiClient) -> Result<Completion, sqlx::Error> {
    let mut out = Completion::default();
    for list in ready(pool, schema).await? {
        let Some(f) = list.followed() else {
            // A record of a list this schema version does not follow: nothing to complete.
            forget(pool, schema, &list).await?;
            continue;
        };
        let api = api.for_account(list.account.clone());
        // Stamped a second before the request, as backfill pages are: an event of the second
        // it was read in, or later, outranks it.
        let fetched_at = crate::unix_now() - 1;
        let items = match api.list_all(&list.url, &[], None).await {
            Ok(items) => items,
            Err(e) => {
                tracing::warn!(list = %list.key(), error = %e, "cannot complete a partial embedded list; it stays recorded");
                out.failed.push((list.key(), e.to_string()));
                continue;
            }
        };
        let mut tx = pool.begin().await?;
        crate::write::page::write_page(
            &mut tx,
            schema,
            f.list.table,
            crate::write::page::Page::Objects(&items),
            list.account.as_deref(),
            api.api_version(),
            fetched_at,
        )
        .await?;
        let all = Value::Array(items);
        follow::prune_lists(&mut tx, schema, &f, &[(list.parent_id.as_str(), &all)], fetched_at, 0).await?;
        // The parent's row holds the whole list too, as a backfilled one does, while it is
        // still the state of the event that recorded it.
        sqlx::query(&whole_list_sql(schema, &list.parent_table, &list.field))
            .bind(&list.parent_id)
            .bind(&list.event)
            .bind(&all)
            .execute(&mut *tx)
            .await?;
        forget(&mut *tx, schema, &list).await?;
        tx.commit().await?;
        out.completed += 1;
    }
    Ok(out)
}

/// Puts the whole list (`$3`, its items) in place of the partial one in parent `$1`'s `_raw`
/// and typed columns, if its state is still event `$2`'s and the list still partial.
fn whole_list_sql(schema: &str, table: &str, field: &str) -> String {
    let qualified = format!("{}.{}", quote_ident(schema), quote_ident(table));
    let typed = store::typed_columns(table);
    let names: String = typed.names.iter().map(|c| format!(", {c}")).collect();
    let exprs: String = typed.exprs.iter().map(|e| format!(", {e}")).collect();
    let key = crate::db::quote_literal(field);
    format!(
        "UPDATE {qualified} AS cur SET (_raw{names}) = (SELECT _raw{exprs} FROM \
           (SELECT jsonb_set(jsonb_set(cur._raw, ARRAY[{key}, 'data'], $3::jsonb), ARRAY[{key}, 'has_more'], 'false'::jsonb) AS _raw) AS w), \
         _synced_at = now() \
         WHERE cur.id = $1 AND cur._event_id = $2 AND cur._raw -> {key} ->> 'has_more' = 'true'"
    )
}

/// Drops the record of `list` if it is still this one.
async fn forget<'c, E: sqlx::PgExecutor<'c>>(conn: E, schema: &str, list: &PartialList) -> Result<(), sqlx::Error> {
    let state = crate::write::sync_state::SyncState::new(schema);
    sqlx::query(&format!("DELETE FROM {} WHERE key = $1 AND value = $2", state.table()))
        .bind(list.key())
        .bind(sqlx::types::Json(list))
        .execute(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::webhook::parse_event;
    use serde_json::json;

    #[test]
    fn an_invoice_event_with_more_lines_records_its_lines() {
        let lines = json!({"object": "list", "data": [], "has_more": true, "url": "/v1/invoices/in_1/lines"});
        let event = parse_event(
            &json!({"id": "evt_1", "object": "event", "type": "invoice.updated", "created": 7, "account": "acct_1",
            "data": {"object": {"id": "in_1", "object": "invoice", "lines": lines}}}),
        )
        .unwrap();
        let lists = of_event(&event);
        assert_eq!(lists.len(), 1);
        assert_eq!(lists[0].key(), "partial:acct_1:invoices:in_1:lines");
        assert_eq!((lists[0].url.as_str(), lists[0].created), ("/v1/invoices/in_1/lines", 7));
        let complete = parse_event(&json!({"id": "evt_2", "object": "event", "type": "invoice.updated", "created": 7,
            "data": {"object": {"id": "in_1", "object": "invoice", "lines": {"object": "list", "data": [], "has_more": false, "url": "/v1/invoices/in_1/lines"}}}}))
        .unwrap();
        assert!(of_event(&complete).is_empty());
    }
}
