//! `stripe-sync verify`: compare the tables with the API, object by object, and optionally
//! repair what drifted.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use sqlx::PgPool;

use crate::api::lists::{self, ListSource};
use crate::api::ApiClient;
use crate::backfill::{selected, BackfillError};
use crate::db::quote_ident;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DriftKind {
    /// In the API, not in the table.
    Missing,
    /// In the table (not deleted), no longer in the API.
    Extra,
    /// Both, but `_raw` differs at this JSON path.
    Differs(String),
    /// The row's embedded list (this field) arrived partial in an event and was not read
    /// whole yet ([`crate::partial`]): its items may be missing or gone.
    PartialList(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    pub table: String,
    pub id: String,
    pub kind: DriftKind,
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            DriftKind::Missing => write!(f, "{} {}: missing from the table", self.table, self.id),
            DriftKind::Extra => write!(f, "{} {}: in the table, gone from the API", self.table, self.id),
            DriftKind::Differs(path) => write!(f, "{} {}: differs at {path}", self.table, self.id),
            DriftKind::PartialList(field) => {
                write!(f, "{} {}: its `{field}` arrived partial in an event and was not read whole yet (`verify --fix` or `backfill` reads it)", self.table, self.id)
            }
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct VerifyReport {
    /// (table, rows in the table, objects in the API)
    pub counts: Vec<(String, i64, i64)>,
    pub drift: Vec<Drift>,
    pub fixed: usize,
}

/// Where two JSON documents first differ (in key order), and how.
#[derive(Debug, Clone, PartialEq)]
pub enum Difference {
    /// A key the first document has and the second lacks.
    OnlyInFirst(String),
    /// A key the second document has and the first lacks.
    OnlyInSecond(String),
    /// Values that differ at this path.
    Changed { path: String, first: Value, second: Value },
}

impl Difference {
    pub fn path(&self) -> &str {
        match self {
            Difference::OnlyInFirst(path) | Difference::OnlyInSecond(path) | Difference::Changed { path, .. } => path,
        }
    }
}

/// The first difference between two documents, paths from `$`; `None` if they are equal.
/// Numbers compare by value (`5` equals `5.0`): JSON does not distinguish them.
pub fn first_difference(first: &Value, second: &Value) -> Option<Difference> {
    fn walk(path: &str, a: &Value, b: &Value) -> Option<Difference> {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
                keys.into_iter().find_map(|k| {
                    let here = format!("{path}.{k}");
                    match (x.get(k), y.get(k)) {
                        (Some(a), Some(b)) => walk(&here, a, b),
                        (Some(_), None) => Some(Difference::OnlyInFirst(here)),
                        _ => Some(Difference::OnlyInSecond(here)),
                    }
                })
            }
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
                x.iter().zip(y).enumerate().find_map(|(i, (a, b))| walk(&format!("{path}[{i}]"), a, b))
            }
            (Value::Number(x), Value::Number(y)) if x.as_f64() == y.as_f64() => None,
            (a, b) if a == b => None,
            (a, b) => Some(Difference::Changed { path: path.to_string(), first: a.clone(), second: b.clone() }),
        }
    }
    walk("$", first, second)
}

/// Compares each selected table with the API, through the list plan's own requests, a page
/// at a time (never a whole table in memory). `sample` bounds how many objects per table are
/// compared field by field (presence is checked for all). `fix` writes the API's version of
/// drifted objects and marks deleted the rows the API says are gone.
///
/// A row no list returned is not taken for gone: lists leave objects out by design (children
/// of parents not walked, events past retention). It is gone only when retrieving it answers
/// 404 `resource_missing` or a deleted stub.
pub async fn verify(
    pool: &PgPool,
    api: &ApiClient,
    schema: &str,
    objects: Option<&[String]>,
    sample: usize,
    fix: bool,
) -> Result<VerifyReport, BackfillError> {
    let mut report = VerifyReport::default();
    let tables = selected(objects)?;
    if fix {
        report.fixed += crate::partial::complete(pool, schema, api).await?.completed;
    }
    for list in crate::partial::recorded(pool, schema)
        .await?
        .into_iter()
        .filter(|l| tables.iter().any(|t| *t == l.parent_table))
    {
        report.drift.push(Drift {
            table: list.parent_table,
            id: list.parent_id,
            kind: DriftKind::PartialList(list.field),
        });
    }
    for table in tables {
        if lists::sources_for(table).next().is_none() {
            continue; // filled from a parent's embedded list: verified with the parent's objects
        }
        verify_table(pool, api, schema, table, sample, fix, &mut report).await?;
    }
    Ok(report)
}

/// Events leave both the list and retrieve after 30 days: never taken for gone.
const NEVER_GONE: &[&str] = &["events"];

async fn verify_table(
    pool: &PgPool,
    api: &ApiClient,
    schema: &str,
    table: &'static str,
    sample: usize,
    fix: bool,
    report: &mut VerifyReport,
) -> Result<(), BackfillError> {
    let qualified = format!("{}.{}", quote_ident(schema), quote_ident(table));
    // Ids the API listed, in a temporary table on one connection: the set stays in Postgres.
    let mut seen_conn = pool.acquire().await?;
    sqlx::query("CREATE TEMPORARY TABLE IF NOT EXISTS _stripe_sync_verify_seen (id text PRIMARY KEY)")
        .execute(&mut *seen_conn)
        .await?;
    sqlx::query("TRUNCATE _stripe_sync_verify_seen").execute(&mut *seen_conn).await?;
    let mut remote_count = 0i64;
    let mut compared = 0usize;
    let mut drift: Vec<Drift> = Vec::new();
    for source in lists::sources_for(table) {
        let mut pages = SourcePages::new(pool, api, schema, source);
        while let Some(page) = pages.next().await? {
            let ids: Vec<String> = page.iter().filter_map(|o| o["id"].as_str().map(String::from)).collect();
            sqlx::query("INSERT INTO _stripe_sync_verify_seen SELECT unnest($1::text[]) ON CONFLICT DO NOTHING")
                .bind(&ids)
                .execute(&mut *seen_conn)
                .await?;
            remote_count += ids.len() as i64;
            let local: Vec<(String, Value)> =
                sqlx::query_as(&format!("SELECT id, _raw FROM {qualified} WHERE NOT _deleted AND id = ANY($1)"))
                    .bind(&ids)
                    .fetch_all(pool)
                    .await?;
            let local: BTreeMap<&str, &Value> = local.iter().map(|(id, raw)| (id.as_str(), raw)).collect();
            let mut refresh = Vec::new();
            for theirs in &page {
                let Some(id) = theirs["id"].as_str() else { continue };
                let kind = match local.get(id) {
                    None => Some(DriftKind::Missing),
                    Some(_) if compared >= sample => None,
                    Some(ours) => {
                        compared += 1;
                        first_difference(ours, theirs).map(|d| DriftKind::Differs(d.path().to_string()))
                    }
                };
                if let Some(kind) = kind {
                    drift.push(Drift { table: table.into(), id: id.to_string(), kind });
                    refresh.push(theirs.clone());
                }
            }
            if fix && !refresh.is_empty() {
                let mut tx = pool.begin().await?;
                // Fetched just now: newer than anything stored, so the API's version wins.
                crate::write::page::write_page(
                    &mut tx,
                    schema,
                    table,
                    crate::write::page::Page::Objects(&refresh),
                    api.account(),
                    api.api_version(),
                    crate::unix_now(),
                )
                .await?;
                tx.commit().await?;
                report.fixed += refresh.len();
            }
        }
    }
    let local_count: i64 = sqlx::query_scalar(&format!(
        "SELECT count(*) FROM {qualified} WHERE NOT _deleted AND _account IS NOT DISTINCT FROM $1"
    ))
    .bind(api.account())
    .fetch_one(&mut *seen_conn)
    .await?;
    report.counts.push((table.to_string(), local_count, remote_count));
    // Rows no list returned: gone only if the API says so.
    // Only a retrieve by the object's id alone (`/v1/tax_ids/{id}`, not one under a parent).
    let retrieve = stripe_model::RESOURCES
        .iter()
        .find(|r| !r.is_deleted && r.table == Some(table))
        .and_then(|r| r.retrieve_path)
        .filter(|p| p.matches('{').count() == 1 && p.ends_with('}'));
    if let (Some(retrieve), false) = (retrieve, NEVER_GONE.contains(&table)) {
        let mut after = String::new();
        loop {
            let unseen: Vec<String> = sqlx::query_scalar(&format!(
                "SELECT id FROM {qualified} t WHERE NOT _deleted AND _account IS NOT DISTINCT FROM $1 AND id > $2 \
                 AND NOT EXISTS (SELECT 1 FROM _stripe_sync_verify_seen s WHERE s.id = t.id) ORDER BY id LIMIT 100"
            ))
            .bind(api.account())
            .bind(&after)
            .fetch_all(&mut *seen_conn)
            .await?;
            let Some(last) = unseen.last().cloned() else { break };
            let mut gone = Vec::new();
            for id in unseen {
                let path = retrieve.rsplit_once('/').map_or(retrieve.to_string(), |(base, _)| format!("{base}/{id}"));
                match api.get(&path, &[]).await {
                    Ok(o) if o.get("deleted").and_then(Value::as_bool) == Some(true) => gone.push(id),
                    Ok(_) => {}
                    Err(e) if e.is_missing() => gone.push(id),
                    Err(e) => return Err(e.into()),
                }
            }
            for id in &gone {
                drift.push(Drift { table: table.into(), id: id.clone(), kind: DriftKind::Extra });
            }
            if fix && !gone.is_empty() {
                sqlx::query(&format!("UPDATE {qualified} SET _deleted = true, _synced_at = now() WHERE id = ANY($1)"))
                    .bind(&gone)
                    .execute(pool)
                    .await?;
                report.fixed += gone.len();
            }
            after = last;
        }
    }
    sqlx::query("DROP TABLE IF EXISTS _stripe_sync_verify_seen").execute(&mut *seen_conn).await?;
    report.drift.extend(drift);
    Ok(())
}

/// The pages of one list of the plan: a plain list paged whole, or a walk's list for each
/// stored parent row in turn.
struct SourcePages<'a> {
    pool: &'a PgPool,
    api: &'a ApiClient,
    schema: &'a str,
    source: &'static ListSource,
    /// The parent row being walked (id, values), and those after it in the batch.
    parents: std::collections::VecDeque<(String, Vec<Option<String>>)>,
    current: Option<(String, Vec<Option<String>>)>,
    after_parent: Option<String>,
    cursor: Option<String>,
    done: bool,
}

impl<'a> SourcePages<'a> {
    fn new(pool: &'a PgPool, api: &'a ApiClient, schema: &'a str, source: &'static ListSource) -> Self {
        SourcePages {
            pool,
            api,
            schema,
            source,
            parents: Default::default(),
            current: None,
            after_parent: None,
            cursor: None,
            done: false,
        }
    }

    async fn next(&mut self) -> Result<Option<Vec<Value>>, BackfillError> {
        loop {
            if self.done {
                return Ok(None);
            }
            if let Some(parent) = self.source.parent {
                if self.current.is_none() {
                    if self.parents.is_empty() {
                        let rows = crate::backfill::walk::parent_rows(
                            self.pool,
                            self.schema,
                            &parent,
                            self.api.account(),
                            self.after_parent.as_deref(),
                        )
                        .await?;
                        if rows.is_empty() {
                            self.done = true;
                            return Ok(None);
                        }
                        self.after_parent = rows.last().map(|(id, _)| id.clone());
                        self.parents.extend(rows);
                    }
                    self.current = self.parents.pop_front();
                    self.cursor = None;
                }
            }
            let parent = self.current.as_ref().map(|(id, values)| (id.as_str(), values.as_slice()));
            let Some(page) =
                crate::backfill::walk::list_page(self.api, self.source, parent, self.cursor.as_deref()).await?
            else {
                // A parent gone from Stripe, or without the value its request needs.
                self.current = None;
                continue;
            };
            self.cursor = page.next;
            if self.cursor.is_none() {
                if self.source.parent.is_some() {
                    self.current = None;
                } else {
                    self.done = true;
                }
            }
            return Ok(Some(page.objects));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{first_difference, Difference};
    use serde_json::json;

    #[test]
    fn the_first_difference_names_its_path_and_kind() {
        let stored = json!({"id": "in_1", "amount": 5, "lines": {"data": [{"id": "il_1", "qty": 1}]}, "memo": "a"});
        assert_eq!(
            first_difference(
                &stored,
                &json!({"id": "in_1", "amount": 5.0, "lines": {"data": [{"id": "il_1", "qty": 1}]}, "memo": "a"})
            ),
            None,
            "5 and 5.0 are one number"
        );
        let changed = json!({"id": "in_1", "amount": 5, "lines": {"data": [{"id": "il_1", "qty": 2}]}, "memo": "a"});
        assert_eq!(
            first_difference(&stored, &changed),
            Some(Difference::Changed { path: "$.lines.data[0].qty".into(), first: json!(1), second: json!(2) })
        );
        assert_eq!(
            first_difference(
                &stored,
                &json!({"id": "in_1", "amount": 5, "lines": {"data": [{"id": "il_1", "qty": 1}]}})
            ),
            Some(Difference::OnlyInFirst("$.memo".into()))
        );
        let added =
            json!({"id": "in_1", "amount": 5, "lines": {"data": [{"id": "il_1", "qty": 1}]}, "memo": "a", "new": true});
        assert_eq!(first_difference(&stored, &added).map(|d| d.path().to_string()), Some("$.new".into()));
        assert_eq!(
            first_difference(&json!([1, 2]), &json!([1])),
            Some(Difference::Changed { path: "$".into(), first: json!([1, 2]), second: json!([1]) }),
            "arrays of other lengths differ whole"
        );
    }
}
