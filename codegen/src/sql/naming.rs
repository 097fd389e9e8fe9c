//! Table and column names: plural snake_case, unique, within Postgres' 63-byte limit.

use std::collections::BTreeSet;

/// Postgres truncates identifiers longer than this many bytes.
pub const MAX_IDENT: usize = 63;

/// Columns the runtime owns; a field that would collide gets a `field_` prefix.
pub const SYSTEM_COLUMNS: &[&str] =
    &["id", "_raw", "_account", "_api_version", "_deleted", "_synced_at", "_state_ts", "_state_seq", "_event_id"];

/// `checkout.session` → `checkout_sessions`, `capability` → `capabilities`.
pub fn table_name(object: &str, taken: &mut BTreeSet<String>) -> String {
    let snake: String =
        object.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect();
    unique(fit(&pluralize(&snake)), taken)
}

pub fn column_name(field: &str, taken: &mut BTreeSet<String>) -> String {
    let base = if SYSTEM_COLUMNS.contains(&field) { format!("field_{field}") } else { field.to_string() };
    unique(fit(&base), taken)
}

fn pluralize(word: &str) -> String {
    if word.ends_with('s') {
        // `settings`, `tax_ids`? — already plural; `status`-like singulars do not occur as objects.
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if word.ends_with("ch") || word.ends_with("sh") || word.ends_with('x') {
        return format!("{word}es");
    }
    format!("{word}s")
}

/// Shortens to the identifier limit, keeping it unique with a hash of the full name.
fn fit(name: &str) -> String {
    if name.len() <= MAX_IDENT {
        return name.to_string();
    }
    let hash = crate::fnv1a(name.as_bytes());
    format!("{}_{:08x}", &name[..MAX_IDENT - 9], hash as u32)
}

fn unique(name: String, taken: &mut BTreeSet<String>) -> String {
    if taken.insert(name.clone()) {
        return name;
    }
    let n = (2..).find(|n| !taken.contains(&format!("{name}_{n}"))).unwrap();
    let name = format!("{name}_{n}");
    taken.insert(name.clone());
    name
}

/// Quotes an identifier when Postgres would otherwise fold or reject it.
pub fn ident(name: &str) -> String {
    let plain = name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !RESERVED.contains(&name);
    if plain {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// A SQL string literal.
pub fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Postgres reserved key words (and those that cannot be column names), from the SQL key
/// words appendix.
const RESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "binary",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "collation",
    "column",
    "concurrently",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
    "current_time",
    "current_timestamp",
    "current_user",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "false",
    "fetch",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "group",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "intersect",
    "into",
    "is",
    "isnull",
    "join",
    "lateral",
    "leading",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "natural",
    "not",
    "notnull",
    "null",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "outer",
    "overlaps",
    "placing",
    "primary",
    "references",
    "returning",
    "right",
    "select",
    "session_user",
    "similar",
    "some",
    "symmetric",
    "system_user",
    "table",
    "tablesample",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
];
