//! Walks over a parent's stored rows: a list that needs a parent (`/v1/customers/{customer}/
//! tax_ids`, `/v1/setup_attempts?setup_intent=`) is requested once per row, in id order, a
//! batch of parents at a time. Each batch's children commit with the walk's cursor (the last
//! parent id done), so a killed walk resumes after the last batch it stored.

use std::sync::Arc;

use futures_util::stream::{self, StreamExt};
use indicatif::ProgressBar;
use serde_json::{json, Value};
use sqlx::PgPool;

use super::claims::Run;
use super::{BackfillError, BackfillOptions};
use crate::api::lists::{ListSource, Parent};
use crate::api::ApiClient;
use crate::db::quote_ident;
use crate::write::page::Page;

/// Parents read, and their lists fetched, per batch.
const BATCH: i64 = 100;

/// [`walk_parents`] by one process at a time: it runs while this process holds the walk's
/// claim; another waits, and takes the claim over (resuming at the cursor) if the holder
/// dies, until the walk is finished for this run.
#[allow(clippy::too_many_arguments)]
pub(super) async fn claimed_walk(
    pool: &PgPool,
    api: &ApiClient,
    opts: &BackfillOptions,
    source: &'static ListSource,
    key: String,
    bar: &ProgressBar,
    gate: Arc<tokio::sync::Semaphore>,
    run: &Run,
) -> Result<u64, BackfillError> {
    let claims = &run.claims;
    loop {
        if run.finished(pool, &key).await? {
            return Ok(0);
        }
        if claims.try_claim(&key).await? {
            // Finished while this process was claiming: nothing left.
            if run.finished(pool, &key).await? {
                claims.release(&key).await?;
                return Ok(0);
            }
            let walked = walk_parents(pool, api, opts, source, key.clone(), bar, gate).await;
            if walked.is_ok() {
                run.mark_finished(pool, &key).await?;
            }
            claims.release(&key).await?;
            return walked;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

/// Walks `source` over every stored, not deleted row of its parent table (of this account).
pub(super) async fn walk_parents(
    pool: &PgPool,
    api: &ApiClient,
    opts: &BackfillOptions,
    source: &'static ListSource,
    key: String,
    bar: &ProgressBar,
    gate: Arc<tokio::sync::Semaphore>,
) -> Result<u64, BackfillError> {
    let parent = source.parent.expect("a walk has a parent");
    let state = crate::write::sync_state::SyncState::new(&opts.schema);
    let saved = state.get(pool, &key).await?;
    let mut after: Option<String> = match saved {
        None => None,
        Some(v) => Some(v["after_parent"].as_str().map(String::from).ok_or_else(|| BackfillError::BadCursor {
            key: key.clone(),
            reason: format!("no `after_parent` in {v}"),
        })?),
    };
    let mut written = 0u64;
    loop {
        let rows = parent_rows(pool, &opts.schema, &parent, api.account(), after.as_deref()).await?;
        let Some(last) = rows.last().map(|(id, _)| id.clone()) else {
            state.delete(pool, &key).await?;
            return Ok(written);
        };
        let fetched: Vec<Result<(Vec<Value>, i64), BackfillError>> = stream::iter(rows)
            .map(|(id, values)| {
                let gate = gate.clone();
                async move {
                    let _permit = gate.acquire_owned().await.expect("semaphore open");
                    fetch_children(api, source, &id, &values).await
                }
            })
            .buffered(opts.concurrency.max(1))
            .collect()
            .await;
        let fetched = fetched.into_iter().collect::<Result<Vec<_>, _>>()?;
        written += crate::db::retry_conflicts(BackfillError::is_conflict, || async {
            let mut tx = pool.begin().await?;
            let mut n = 0;
            for (objects, fetched_at) in &fetched {
                n += crate::write::page::write_page(
                    &mut tx,
                    &opts.schema,
                    source.table,
                    Page::Objects(objects),
                    api.account(),
                    api.api_version(),
                    *fetched_at,
                )
                .await?;
            }
            state.put(&mut *tx, &key, &json!({ "after_parent": last })).await?;
            tx.commit().await?;
            Ok::<u64, BackfillError>(n)
        })
        .await?;
        bar.set_position(written);
        after = Some(last);
    }
}

/// The next batch of parent rows after `after` (by id): each id with the values its request
/// takes ([`Parent::query`]). Deleted rows and other accounts' rows are not walked.
pub(crate) async fn parent_rows(
    pool: &PgPool,
    schema: &str,
    parent: &Parent,
    account: Option<&str>,
    after: Option<&str>,
) -> Result<Vec<(String, Vec<Option<String>>)>, sqlx::Error> {
    let sql = format!(
        "SELECT id, {} FROM {}.{} WHERE NOT _deleted AND _account IS NOT DISTINCT FROM $1 AND ($2::text IS NULL OR id > $2) ORDER BY id LIMIT {BATCH}",
        parent_values_sql(parent),
        quote_ident(schema),
        quote_ident(parent.table)
    );
    sqlx::query_as(&sql).bind(account).bind(after).fetch_all(pool).await
}

/// The parent's value for each query parameter: its id, or a text field of `_raw`.
fn parent_values_sql(parent: &Parent) -> String {
    let items: Vec<String> =
        parent
            .query
            .iter()
            .map(|(_, field)| {
                if *field == "id" {
                    "id".to_string()
                } else {
                    format!("_raw ->> {}", crate::db::quote_literal(field))
                }
            })
            .collect();
    if items.is_empty() {
        return "'{}'::text[]".to_string();
    }
    format!("ARRAY[{}]::text[]", items.join(", "))
}

/// Every object of one parent's list (sub-lists completed), and when it was fetched. A parent
/// gone from Stripe (404 `resource_missing`), or whose field the request needs is empty, has
/// none.
async fn fetch_children(
    api: &ApiClient,
    source: &ListSource,
    id: &str,
    values: &[Option<String>],
) -> Result<(Vec<Value>, i64), BackfillError> {
    let fetched_at = crate::unix_now() - 1;
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    while let Some(page) = list_page(api, source, Some((id, values)), cursor.as_deref()).await? {
        items.extend(page.objects);
        cursor = page.next;
        if cursor.is_none() {
            break;
        }
    }
    Ok((items, fetched_at))
}

/// One page of a list of the plan.
pub(crate) struct ListPage {
    /// Its objects, embedded lists with `has_more` completed.
    pub objects: Vec<Value>,
    /// The cursor of the next page, when more follow.
    pub next: Option<String>,
}

/// Requests one page of `source`, for one parent row (its id and the values its query takes)
/// when the list walks a parent, from `cursor`. `None` when there is nothing to list: the
/// parent is gone from Stripe (404 `resource_missing`), or a value its request needs is empty.
pub(crate) async fn list_page(
    api: &ApiClient,
    source: &ListSource,
    parent: Option<(&str, &[Option<String>])>,
    cursor: Option<&str>,
) -> Result<Option<ListPage>, BackfillError> {
    let (path, bound): (String, Vec<(&str, String)>) = match (parent, source.parent) {
        (Some((id, values)), Some(p)) => {
            let Some(bound) = p.query.iter().zip(values).map(|((param, _), v)| Some((*param, v.clone()?))).collect()
            else {
                return Ok(None);
            };
            (source.path_for(Some(id)), bound)
        }
        _ => (source.path.to_string(), Vec::new()),
    };
    let extra: Vec<(String, String)> = cursor.iter().map(|c| ("starting_after".to_string(), c.to_string())).collect();
    let mut page = match api.get(&path, &source.query(&bound, &extra)).await {
        Ok(page) => page,
        Err(e) if e.is_missing() && source.parent.is_some() => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let more = page["has_more"].as_bool().unwrap_or(false);
    let mut objects = match page["data"].take() {
        Value::Array(a) => a,
        _ => Vec::new(),
    };
    for item in objects.iter_mut() {
        super::complete_sublists(api, item).await?;
    }
    let next = objects.last().and_then(|o| o["id"].as_str()).map(String::from).filter(|_| more);
    Ok(Some(ListPage { objects, next }))
}
