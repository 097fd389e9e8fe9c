//! The Postgres schema as plain data: which resources get tables, their columns and indexes.
//!
//! Rule for tables: every resource that has an `id` and is not a `deleted_*` twin gets one
//! (the twin's payloads mark rows of its live resource deleted). That covers all 102 resources
//! with list endpoints plus those that only arrive by retrieve or in events (`discount`,
//! `ephemeral_key`, …). Objects without an id (`balance`, `cash_balance`, `tax.settings`) are
//! singletons per account and live in the runtime's generic object table.

use std::collections::BTreeSet;

use stripe_openapi::ir::{Api, Field, Type};

pub use stripe_pg_contract::SqlType;

use super::naming::{column_name, table_name};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Table {
    pub name: String,
    pub resource_id: String,
    /// Value of `object` in payloads.
    pub object: String,
    pub schema: String,
    pub deleted_twin: Option<String>,
    pub comment: Option<String>,
    /// Typed columns, one per top-level field except `id` (spec order).
    pub columns: Vec<Column>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Column {
    pub name: String,
    /// The JSON field it is derived from.
    pub field: String,
    pub ty: SqlType,
    pub comment: Option<String>,
    /// Indexed because people join or filter on it.
    pub indexed: bool,
}

/// The SQL type of a field.
pub fn sql_type(ty: &Type) -> SqlType {
    match ty {
        Type::String | Type::StringEnum(_) => SqlType::Text,
        Type::Integer => SqlType::Bigint,
        Type::UnixTime => SqlType::Timestamptz,
        Type::Number | Type::Decimal => SqlType::Numeric,
        Type::Boolean => SqlType::Boolean,
        Type::Expandable(_) => SqlType::Reference,
        Type::Ref(_)
        | Type::Array(_)
        | Type::Map(_)
        | Type::List { .. }
        | Type::Union(_)
        | Type::Object(_)
        | Type::Json => SqlType::Jsonb,
    }
}

/// Reference columns and timestamps people join and filter on get an index.
fn indexed(f: &Field, ty: SqlType) -> bool {
    const JOINED: &[&str] = &[
        "customer",
        "invoice",
        "subscription",
        "charge",
        "payment_intent",
        "setup_intent",
        "payment_method",
        "product",
        "price",
        "plan",
        "account",
        "balance_transaction",
        "transfer",
        "payout",
        "source",
        "dispute",
        "refund",
        "subscription_item",
        "invoice_item",
        "destination",
        "application",
        "on_behalf_of",
        "test_clock",
        "quote",
        "session",
        "cardholder",
        "card",
        "created",
    ];
    matches!(ty, SqlType::Reference | SqlType::Text | SqlType::Timestamptz) && JOINED.contains(&f.name.as_str())
}

/// Every table of the API version, sorted by name.
pub fn plan_tables(api: &Api) -> Vec<Table> {
    let mut taken = BTreeSet::new();
    let mut tables: Vec<Table> = api
        .resources
        .iter()
        .filter(|r| !r.is_deleted_twin && r.id_field.is_some())
        .filter_map(|r| {
            let o = api.object_type(&r.schema)?;
            let name = table_name(&r.object, &mut taken);
            let mut col_names = BTreeSet::new();
            let columns = o
                .fields
                .iter()
                .filter(|f| f.name != "id")
                .map(|f| {
                    let ty = sql_type(&f.ty);
                    Column {
                        name: column_name(&f.name, &mut col_names),
                        field: f.name.clone(),
                        ty,
                        comment: f.description.clone(),
                        indexed: indexed(f, ty),
                    }
                })
                .collect();
            Some(Table {
                name,
                resource_id: r.resource_id.clone(),
                object: r.object.clone(),
                schema: r.schema.clone(),
                deleted_twin: r.deleted_twin.clone(),
                comment: r.description.clone(),
                columns,
            })
        })
        .collect();
    tables.sort_by(|a, b| a.name.cmp(&b.name));
    tables
}
