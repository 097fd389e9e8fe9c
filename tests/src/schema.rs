//! Loading fixture objects into generated tables and checking every typed column against the
//! JSON it is derived from.

use serde_json::Value;
use sqlx::PgPool;
use stripe_codegen::sql::migration::SchemaSnapshot;
use stripe_codegen::sql::model::{SqlType, Table};

/// The committed schema snapshot of `version`.
pub fn snapshot(version: &str) -> SchemaSnapshot {
    let path = crate::workspace_root().join(stripe_codegen::SCHEMA_DIR).join(format!("{version}.json"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// The table a fixture lands in: its resource's, or its live twin's for `deleted_*`.
pub fn table_for<'a>(tables: &'a [Table], resource_id: &str, value: &Value) -> Option<&'a Table> {
    let live = resource_id.strip_prefix("deleted_").unwrap_or(resource_id);
    tables
        .iter()
        .find(|t| t.resource_id == live)
        .or_else(|| tables.iter().find(|t| Some(t.object.as_str()) == value.get("object").and_then(Value::as_str)))
}

/// Inserts every fixture with an id into its table; returns (table, id, fixture) of each.
pub async fn load(pool: &PgPool, schema: &str, tables: &[Table], fixtures: &[(String, Value)]) -> Vec<(Table, String, Value)> {
    let mut loaded = Vec::new();
    for (resource_id, value) in fixtures {
        let Some(id) = value.get("id").and_then(Value::as_str) else { continue };
        let Some(table) = table_for(tables, resource_id, value) else { continue };
        let deleted = value.get("deleted").and_then(Value::as_bool).unwrap_or(false);
        // Fixture ids repeat across resources (`obj_123`): make them unique per table.
        let id = format!("{id}:{resource_id}");
        sqlx::query(&format!("INSERT INTO {schema}.{} (id, _raw, _deleted) VALUES ($1, $2, $3)", quote(&table.name)))
            .bind(&id)
            .bind(value)
            .bind(deleted)
            .execute(pool)
            .await
            .unwrap_or_else(|e| panic!("inserting {resource_id} into {}: {e}", table.name));
        loaded.push((table.clone(), id, value.clone()));
    }
    loaded
}

pub fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

/// The row as JSON (`to_jsonb`), or `None` when absent.
pub async fn row(pool: &PgPool, schema: &str, table: &str, id: &str) -> Option<Value> {
    sqlx::query_scalar(&format!("SELECT to_jsonb(t) FROM {schema}.{} t WHERE id = $1", quote(table)))
        .bind(id)
        .fetch_optional(pool)
        .await
        .unwrap()
}

/// What a typed column must hold for a JSON field value (`None`: SQL NULL).
pub fn expected_column(ty: SqlType, field: Option<&Value>) -> Option<Value> {
    let v = field.filter(|v| !v.is_null())?;
    Some(match ty {
        SqlType::Text => match v {
            Value::String(s) => Value::String(s.clone()),
            other => Value::String(other.to_string()),
        },
        SqlType::Reference => match v {
            Value::Object(o) => o.get("id")?.clone(),
            other => other.clone(),
        },
        SqlType::Timestamptz | SqlType::Bigint | SqlType::Boolean | SqlType::Jsonb => v.clone(),
        SqlType::Numeric => match v {
            Value::String(s) => Value::from(s.parse::<f64>().ok()?),
            other => other.clone(),
        },
    })
}

/// Compares each typed column of a stored row with the fixture; returns the mismatches.
pub fn column_mismatches(table: &Table, row: &Value, fixture: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for c in &table.columns {
        let expected = expected_column(c.ty, fixture.get(&c.field));
        let actual = row.get(&c.name).filter(|v| !v.is_null());
        let same = match (c.ty, &expected, actual) {
            (_, None, None) => true,
            (SqlType::Timestamptz, Some(e), Some(Value::String(a))) => {
                let ts = sqlx::types::chrono::DateTime::parse_from_rfc3339(a).map(|d| d.timestamp()).ok();
                ts == e.as_i64()
            }
            (SqlType::Numeric | SqlType::Bigint, Some(e), Some(a)) => e.as_f64() == a.as_f64(),
            (_, Some(e), Some(a)) => e == a,
            _ => false,
        };
        if !same {
            out.push(format!("{}.{}: expected {expected:?}, stored {actual:?}", table.name, c.name));
        }
    }
    out
}
