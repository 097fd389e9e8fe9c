//! Columns: the system columns every object table has, and the typed columns stripe-sync
//! writes with `_raw`.

use crate::quote::ident;
use crate::SqlType;

/// A column the runtime maintains on every object table (never derived from `_raw`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SystemColumn {
    pub name: &'static str,
    /// Type and constraints in DDL.
    pub ddl: &'static str,
    pub comment: &'static str,
    /// Part of the object's state, which every write supplies (the ordered upsert's source
    /// columns); the others are the key (`id`) and the write time (`_synced_at`, `now()`).
    pub state: bool,
}

const fn system(name: &'static str, ddl: &'static str, state: bool, comment: &'static str) -> SystemColumn {
    SystemColumn { name, ddl, comment, state }
}

/// The system columns, in table order. A field of the same name becomes `field_<name>`.
pub const SYSTEM_COLUMNS: &[SystemColumn] = &[
    system("id", "text PRIMARY KEY", false, "Stripe id of the object."),
    system("_raw", "jsonb NOT NULL", true, "The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement)."),
    system("_account", "text", true, "Connect account the object belongs to (NULL: the platform account)."),
    system("_api_version", "text", true, "Stripe API version of the payload in _raw."),
    system("_deleted", "boolean NOT NULL DEFAULT false", true, "True once Stripe deleted the object; the last known data is kept."),
    system("_synced_at", "timestamptz NOT NULL DEFAULT now()", false, "When stripe-sync last wrote this row."),
    system("_state_ts", "bigint NOT NULL DEFAULT 0", true, "Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones."),
    system("_state_seq", "integer NOT NULL DEFAULT 0", true, "Ordering key, part 2: order of states produced within the same second."),
    system("_event_id", "text", true, "The event that last wrote this row (NULL when written from the API)."),
];

/// Whether a field name is taken by a system column.
pub fn is_system_column(name: &str) -> bool {
    SYSTEM_COLUMNS.iter().any(|c| c.name == name)
}

/// The state columns, comma-separated, in table order: what every write's source rows carry
/// after their key columns.
pub fn state_column_list() -> String {
    SYSTEM_COLUMNS.iter().filter(|c| c.state).map(|c| c.name).collect::<Vec<_>>().join(", ")
}

/// DDL lines of the columns after `id` (the `_objects` table keys on (object, id) instead).
pub fn state_columns_ddl() -> String {
    SYSTEM_COLUMNS[1..].iter().map(|c| format!("    {} {}", c.name, c.ddl)).collect::<Vec<_>>().join(",\n")
}

/// DDL lines of every system column, as an object table opens.
pub fn system_columns_ddl() -> String {
    SYSTEM_COLUMNS.iter().map(|c| format!("    {} {}", c.name, c.ddl)).collect::<Vec<_>>().join(",\n")
}

/// A typed column stripe-sync writes together with `_raw`, derived from a top-level field.
/// The generated list of them (per table, what the migration chain leaves) is plain data of
/// this type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrittenColumn {
    pub name: &'static str,
    pub field: &'static str,
    pub ty: SqlType,
}

impl WrittenColumn {
    pub const fn new(name: &'static str, field: &'static str, ty: SqlType) -> WrittenColumn {
        WrittenColumn { name, field, ty }
    }

    /// The expression deriving it from `_raw`.
    pub fn expr(&self) -> String {
        self.ty.derive(self.field)
    }
}

/// A table's typed columns as statements use them: quoted names and their expressions, made
/// once per table (statements are built per write).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedColumns {
    pub names: Vec<String>,
    pub exprs: Vec<String>,
}

impl TypedColumns {
    pub fn of(columns: &[WrittenColumn]) -> TypedColumns {
        TypedColumns {
            names: columns.iter().map(|c| ident(c.name)).collect(),
            exprs: columns.iter().map(WrittenColumn::expr).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_object_table_opens_with_its_key_then_the_state_columns() {
        assert!(system_columns_ddl().starts_with("    id text PRIMARY KEY,\n    _raw jsonb NOT NULL,\n"));
        assert!(state_columns_ddl().starts_with("    _raw jsonb NOT NULL,\n"));
        assert!(state_columns_ddl().ends_with("    _event_id text"));
        assert_eq!(state_column_list(), "_raw, _account, _api_version, _deleted, _state_ts, _state_seq, _event_id");
        assert!(is_system_column("_raw") && !is_system_column("customer"));
    }

    #[test]
    fn typed_columns_quote_reserved_names_and_derive_from_their_field() {
        let t = TypedColumns::of(&[
            WrittenColumn::new("order", "order", SqlType::Text),
            WrittenColumn::new("field_id", "id", SqlType::Reference),
        ]);
        assert_eq!(t.names, ["\"order\"", "field_id"]);
        assert_eq!(t.exprs[0], "(_raw ->> 'order')");
        assert!(t.exprs[1].contains("_raw -> 'id' ->> 'id'"));
    }
}
