//! `stripe-sync verify`: compare the tables with the API, object by object, and optionally
//! repair what drifted.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use sqlx::PgPool;

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
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x.iter().zip(y).enumerate().find_map(|(i, (a, b))| walk(&format!("{path}[{i}]"), a, b)),
            (Value::Number(x), Value::Number(y)) if x.as_f64() == y.as_f64() => None,
            (a, b) if a == b => None,
            (a, b) => Some(Difference::Changed { path: path.to_string(), first: a.clone(), second: b.clone() }),
        }
    }
    walk("$", first, second)
}

/// Compares each selected object's table with the API. `sample` bounds how many objects per
/// table are compared field by field (counts always cover everything). `fix` writes the API's
/// version of drifted objects and marks rows gone from the API deleted.
pub async fn verify(pool: &PgPool, api: &ApiClient, schema: &str, objects: Option<&[String]>, sample: usize, fix: bool) -> Result<VerifyReport, BackfillError> {
    let mut report = VerifyReport::default();
    for r in selected(objects)? {
        let table = r.table.unwrap();
        let qualified = format!("{}.{}", quote_ident(schema), quote_ident(table));
        let remote: BTreeMap<String, Value> = api
            .list_all(r.list_path.unwrap(), &[], None)
            .await?
            .into_iter()
            .filter_map(|o| Some((o["id"].as_str()?.to_string(), o)))
            .collect();
        let local: Vec<(String, Value)> = sqlx::query_as(&format!("SELECT id, _raw FROM {qualified} WHERE NOT _deleted")).fetch_all(pool).await?;
        report.counts.push((table.to_string(), local.len() as i64, remote.len() as i64));
        let local_map: BTreeMap<&str, &Value> = local.iter().map(|(id, raw)| (id.as_str(), raw)).collect();
        let mut drift = Vec::new();
        for (id, _) in remote.iter().filter(|(id, _)| !local_map.contains_key(id.as_str())) {
            drift.push(Drift { table: table.into(), id: id.clone(), kind: DriftKind::Missing });
        }
        for (id, _) in local.iter().filter(|(id, _)| !remote.contains_key(id)) {
            drift.push(Drift { table: table.into(), id: id.clone(), kind: DriftKind::Extra });
        }
        for (id, theirs) in remote.iter().filter(|(id, _)| local_map.contains_key(id.as_str())).take(sample) {
            if let Some(difference) = first_difference(local_map[id.as_str()], theirs) {
                drift.push(Drift { table: table.into(), id: id.clone(), kind: DriftKind::Differs(difference.path().to_string()) });
            }
        }
        if fix && !drift.is_empty() {
            let stamp = crate::unix_now();
            let refresh: Vec<Value> = drift.iter().filter(|d| d.kind != DriftKind::Extra).map(|d| remote[&d.id].clone()).collect();
            let mut tx = pool.begin().await?;
            if !refresh.is_empty() {
                // Fetched just now: newer than anything stored, so the API's version wins.
                crate::page::write_page(&mut tx, schema, table, crate::page::Page::Objects(&refresh), api.account(), api.api_version(), stamp).await?;
            }
            let gone: Vec<String> = drift.iter().filter(|d| d.kind == DriftKind::Extra).map(|d| d.id.clone()).collect();
            if !gone.is_empty() {
                sqlx::query(&format!("UPDATE {qualified} SET _deleted = true, _synced_at = now() WHERE id = ANY($1)")).bind(&gone).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            report.fixed += drift.len();
        }
        report.drift.extend(drift);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::{first_difference, Difference};
    use serde_json::json;

    #[test]
    fn the_first_difference_names_its_path_and_kind() {
        let stored = json!({"id": "in_1", "amount": 5, "lines": {"data": [{"id": "il_1", "qty": 1}]}, "memo": "a"});
        assert_eq!(first_difference(&stored, &json!({"id": "in_1", "amount": 5.0, "lines": {"data": [{"id": "il_1", "qty": 1}]}, "memo": "a"})), None, "5 and 5.0 are one number");
        let changed = json!({"id": "in_1", "amount": 5, "lines": {"data": [{"id": "il_1", "qty": 2}]}, "memo": "a"});
        assert_eq!(first_difference(&stored, &changed), Some(Difference::Changed { path: "$.lines.data[0].qty".into(), first: json!(1), second: json!(2) }));
        assert_eq!(first_difference(&stored, &json!({"id": "in_1", "amount": 5, "lines": {"data": [{"id": "il_1", "qty": 1}]}})), Some(Difference::OnlyInFirst("$.memo".into())));
        let added = json!({"id": "in_1", "amount": 5, "lines": {"data": [{"id": "il_1", "qty": 1}]}, "memo": "a", "new": true});
        assert_eq!(first_difference(&stored, &added).map(|d| d.path().to_string()), Some("$.new".into()));
        assert_eq!(first_difference(&json!([1, 2]), &json!([1])), Some(Difference::Changed { path: "$".into(), first: json!([1, 2]), second: json!([1]) }), "arrays of other lengths differ whole");
    }
}
