//! A typed column's SQL type, and how its value is derived from the `_raw` document.

use crate::quote::quote_literal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SqlType {
    Text,
    Bigint,
    Boolean,
    Numeric,
    Timestamptz,
    Jsonb,
    /// An expandable reference: the id, whether the payload holds the id or the object.
    Reference,
}

impl SqlType {
    /// The column's type in DDL.
    pub fn sql(self) -> &'static str {
        match self {
            SqlType::Text | SqlType::Reference => "text",
            SqlType::Bigint => "bigint",
            SqlType::Boolean => "boolean",
            SqlType::Numeric => "numeric",
            SqlType::Timestamptz => "timestamptz",
            SqlType::Jsonb => "jsonb",
        }
    }

    /// The type as migration summaries name it (a reference is text holding an id).
    pub fn sql_name(self) -> &'static str {
        match self {
            SqlType::Reference => "text (reference)",
            other => other.sql(),
        }
    }

    /// The expression deriving the value of top-level `field` from `_raw`: the writer's
    /// statement and the migrations that fill a new column both use it.
    pub fn derive(self, field: &str) -> String {
        let key = quote_literal(field);
        match self {
            SqlType::Text => format!("(_raw ->> {key})"),
            SqlType::Bigint => format!("((_raw ->> {key})::bigint)"),
            SqlType::Boolean => format!("((_raw ->> {key})::boolean)"),
            SqlType::Numeric => format!("((_raw ->> {key})::numeric)"),
            SqlType::Timestamptz => format!("to_timestamp((_raw ->> {key})::double precision)"),
            SqlType::Jsonb => format!("nullif(_raw -> {key}, 'null'::jsonb)"),
            SqlType::Reference => format!(
                "(CASE jsonb_typeof(_raw -> {key}) WHEN 'object' THEN _raw -> {key} ->> 'id' ELSE _raw ->> {key} END)"
            ),
        }
    }
}
