//! Paging one plain list (no parent) into its table over `created` windows.
//!
//! Each page is written in one statement under the same ordering rule as webhooks, in the same
//! transaction as its window's cursor in `_sync_state`, so a killed run resumes at the next
//! page with nothing duplicated or missed. A list that takes `created` is paged by several
//! workers over windows ([`super::window`]); one that does not is paged whole by one cursor.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use futures_util::stream::{FuturesUnordered, StreamExt};
use indicatif::ProgressBar;
use serde_json::Value;
use sqlx::PgPool;

use super::claims::Run;
use super::window::{self, Window};
use super::{BackfillError, BackfillOptions};
use crate::api::list_head::{ListHead, ObjectHead};
use crate::api::lists::ListSource;
use crate::api::{ApiClient, ApiError};
use crate::write::page::Page;

/// One page as fetched: its objects' heads and the objects themselves, whether more
/// follow, and when.
struct Fetched {
    heads: Vec<ObjectHead>,
    objects: Objects,
    has_more: bool,
    fetched_at: i64,
}

/// A page's objects: the response body as it came, or values when a sub-list was completed.
enum Objects {
    Body(Vec<u8>),
    Values(Vec<Value>),
}

async fn fetch_page(api: &ApiClient, source: &ListSource, window: &Window) -> Result<Fetched, BackfillError> {
    // A snapshot is stamped a second before its request: it never outranks an event from
    // the second it was fetched in, or later.
    let fetched_at = crate::unix_now() - 1;
    let path = source.path;
    let body = api.get_bytes(path, &source.query(&[], &window.query())).await?;
    let not_json = |e: serde_json::Error| ApiError::Body { path: path.into(), message: e.to_string() };
    let list = ListHead::parse(&body).map_err(not_json)?;
    let partial = list.objects.iter().flat_map(|o| &o.lists).any(|l| l.has_more && l.url.is_some());
    if !partial {
        return Ok(Fetched { heads: list.objects, objects: Objects::Body(body), has_more: list.has_more, fetched_at });
    }
    let mut page: Value = serde_json::from_slice(&body).map_err(not_json)?;
    let mut data = match page["data"].take() {
        Value::Array(items) => items,
        _ => Vec::new(),
    };
    for item in data.iter_mut() {
        super::complete_sublists(api, item).await?;
    }
    Ok(Fetched {
        heads: data.iter().map(ObjectHead::of).collect(),
        objects: Objects::Values(data),
        has_more: list.has_more,
        fetched_at,
    })
}

/// What the windows of one object share.
struct ObjectRun<'a> {
    pool: &'a PgPool,
    api: &'a ApiClient,
    opts: &'a BackfillOptions,
    source: &'static ListSource,
    key: String,
    state: crate::write::sync_state::SyncState,
    gate: Arc<tokio::sync::Semaphore>,
    written: AtomicU64,
    /// Windows split off so far (sizes the next one).
    splits: std::sync::atomic::AtomicU32,
    bar: &'a ProgressBar,
}

/// The object's windows in `_sync_state` (left by an interrupted run, or being paged by
/// another process), by key.
async fn saved_windows(run: &ObjectRun<'_>) -> Result<Vec<(String, Window)>, BackfillError> {
    let rows: Vec<(String, Value)> = sqlx::query_as(&format!(
        "SELECT key, value FROM {} WHERE key = $1 OR starts_with(key, $1 || ':before:') ORDER BY key",
        run.state.table()
    ))
    .bind(&run.key)
    .fetch_all(run.pool)
    .await?;
    let since = run.opts.since.filter(|_| run.source.filters_created());
    // A row that cannot be read is refused, never skipped: skipping would drop its range.
    rows.into_iter()
        .map(|(key, value)| {
            let mut w: Window = serde_json::from_value(value)
                .map_err(|e| BackfillError::BadCursor { key: key.clone(), reason: e.to_string() })?;
            if key == run.key {
                w.hi = None;
                w.lo = w.lo.or(since);
            }
            Ok((key, w))
        })
        .collect()
}

/// How often a process with nothing to claim looks again for windows split off by others.
const CLAIM_POLL: std::time::Duration = std::time::Duration::from_millis(200);

/// Pages `source` (a list without a parent) to its end; returns the objects written. Several
/// processes may page one list at once: each takes the windows it can claim ([`Claims`]),
/// including those another split off, until none is left.
#[allow(clippy::too_many_arguments)]
pub(super) async fn page_list(
    pool: &PgPool,
    api: &ApiClient,
    opts: &BackfillOptions,
    source: &'static ListSource,
    key: String,
    bar: &ProgressBar,
    gate: Arc<tokio::sync::Semaphore>,
    shared: &Run,
) -> Result<u64, BackfillError> {
    let claims = &shared.claims;
    let run = ObjectRun {
        pool,
        api,
        opts,
        source,
        key,
        state: crate::write::sync_state::SyncState::new(&opts.schema),
        gate,
        written: AtomicU64::new(0),
        splits: Default::default(),
        bar,
    };
    let (split_tx, mut split_rx) = tokio::sync::mpsc::unbounded_channel::<Window>();
    let mut windows = FuturesUnordered::new();
    // Whether this run has seen the list under way (its windows, or its first one started
    // here): then no windows left means finished.
    let mut under_way = false;
    loop {
        if windows.is_empty() && split_rx.is_empty() {
            if shared.finished(pool, &run.key).await? {
                break;
            }
            let saved = saved_windows(&run).await?;
            if saved.is_empty() && under_way {
                shared.mark_finished(pool, &run.key).await?;
                break;
            }
            if saved.is_empty() {
                // Not started: whoever claims the list's key starts its first window.
                if claims.try_claim(&run.key).await? {
                    if saved_windows(&run).await?.is_empty() && !shared.finished(pool, &run.key).await? {
                        let since = opts.since.filter(|_| source.filters_created());
                        under_way = true;
                        windows.push(claimed_window(&run, Window::first(since), split_tx.clone(), shared, true));
                    } else {
                        claims.release(&run.key).await?;
                    }
                }
            } else {
                under_way = true;
                for (k, w) in saved {
                    // Claimed here, with nothing in flight: a claim is never taken twice.
                    if claims.try_claim(&k).await? {
                        windows.push(claimed_window(&run, w, split_tx.clone(), shared, true));
                    }
                }
            }
            if windows.is_empty() {
                // Every window is another process's: look again shortly (it may split more off,
                // or die and leave its windows to claim).
                tokio::time::sleep(CLAIM_POLL).await;
                continue;
            }
        }
        // Windows split off here join the set (claimed inside their future: awaiting a claim
        // here would stop the set being polled while a window holds the claims' connection);
        // on an error the other windows stop too: every page they wrote is committed with its
        // cursor.
        tokio::select! {
            Some(w) = split_rx.recv() => windows.push(claimed_window(&run, w, split_tx.clone(), shared, false)),
            Some(done) = windows.next(), if !windows.is_empty() => done?,
        }
    }
    Ok(run.written.load(Ordering::Relaxed))
}

/// Pages a window once claimed (`claimed`: already), then gives its claim back; a window
/// another process claimed first is its.
async fn claimed_window(
    run: &ObjectRun<'_>,
    w: Window,
    splits: tokio::sync::mpsc::UnboundedSender<Window>,
    shared: &Run,
    claimed: bool,
) -> Result<(), BackfillError> {
    let claims = &shared.claims;
    let key = w.key(&run.key);
    if !claimed && !claims.try_claim(&key).await? {
        return Ok(());
    }
    let result = page_window(run, w, splits).await;
    // The list's last window says the list is finished before its claim goes: a process
    // claiming the list in between would find no window saved and none finished, and page the
    // list again from its start. Every window in flight anywhere is saved (a split with the
    // page that split it, a window with more pages with each page) but a first window of one
    // page, which splits nothing: so none saved now means none left.
    if result.is_ok() && saved_windows(run).await?.is_empty() {
        shared.mark_finished(run.pool, &run.key).await?;
    }
    claims.release(&key).await?;
    result
}

/// Pages one window to its end, splitting off its older half whenever a worker is free.
async fn page_window(
    run: &ObjectRun<'_>,
    mut w: Window,
    splits: tokio::sync::mpsc::UnboundedSender<Window>,
) -> Result<(), BackfillError> {
    let _permit = run.gate.clone().acquire_owned().await.expect("semaphore open");
    let key = w.key(&run.key);
    let (upsert, delete) = (run.state.put_sql(), run.state.delete_sql());
    let mut page = fetch_page(run.api, run.source, &w).await?;
    // The time this window's pages have spanned, to size a split.
    let first_created = page.heads.first().and_then(|o| o.created);
    let mut pages = 0u32;
    loop {
        pages += 1;
        let count = page.heads.len() as u64;
        let last = page.heads.last().and_then(|o| o.id.clone());
        let last_created = page.heads.last().and_then(|o| o.created);
        let more = page.has_more && last.is_some();
        w.cursor = last;
        // A free worker takes everything older than the stretch this window keeps.
        let older = match (first_created, last_created) {
            // Only a list that takes `created` can be split into windows.
            (Some(first), Some(c)) if more && run.source.filters_created() && run.gate.available_permits() > 0 => {
                let keep = window::keep_secs(
                    first,
                    c,
                    pages,
                    run.splits.load(Ordering::Relaxed),
                    w.lo.filter(|_| !run.api.rate_limited()),
                );
                w.split(c, keep).inspect(|_| {
                    run.splits.fetch_add(1, Ordering::Relaxed);
                })
            }
            _ => None,
        };
        let write = crate::db::retry_conflicts(BackfillError::is_conflict, || async {
            let mut tx = run.pool.begin().await?;
            if more {
                // A page and its cursor commit together, and nobody is told a page is
                // stored: a commit lost to a crash loses both, and the rerun fetches that
                // page again. So the writer need not wait for the disk, except at a window's
                // last page, whose durable commit makes every earlier one durable too (the
                // WAL is flushed in order): a finished backfill is on disk.
                sqlx::query("SET LOCAL synchronous_commit = off").execute(&mut *tx).await?;
            }
            if count > 0 {
                let objects = match &page.objects {
                    Objects::Body(body) => Page::Body { body, heads: &page.heads },
                    Objects::Values(values) => Page::Objects(values),
                };
                crate::write::page::write_page(
                    &mut tx,
                    &run.opts.schema,
                    run.source.table,
                    objects,
                    run.api.account(),
                    run.api.api_version(),
                    page.fetched_at,
                )
                .await?;
            }
            if more {
                sqlx::query(&upsert)
                    .bind(&key)
                    .bind(serde_json::to_value(&w).expect("window"))
                    .execute(&mut *tx)
                    .await?;
                if let Some(o) = &older {
                    sqlx::query(&upsert)
                        .bind(o.key(&run.key))
                        .bind(serde_json::to_value(o).expect("window"))
                        .execute(&mut *tx)
                        .await?;
                }
            } else {
                // This window is complete; when every window is, the next backfill is a fresh pass.
                sqlx::query(&delete).bind(&key).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok::<(), BackfillError>(())
        });
        let finished = |run: &ObjectRun<'_>| {
            let total = run.written.fetch_add(count, Ordering::Relaxed) + count;
            run.bar.set_position(total);
        };
        if !more {
            write.await?;
            finished(run);
            return Ok(());
        }
        // Fetch the next page while this one is written: the cursor still commits with the
        // page it follows, in order; a split-off window starts once its row is committed.
        let (done, next) = tokio::join!(write, fetch_page(run.api, run.source, &w));
        done?;
        finished(run);
        if let Some(o) = older {
            let _ = splits.send(o);
        }
        page = next?;
    }
}
