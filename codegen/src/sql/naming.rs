//! Table and column names: plural snake_case, unique, within Postgres' 63-byte limit.

use std::collections::BTreeSet;

/// Postgres truncates identifiers longer than this many bytes.
pub const MAX_IDENT: usize = 63;

pub use stripe_pg_contract::quote::{ident, quote_literal as literal};

/// `checkout.session` → `checkout_sessions`, `capability` → `capabilities`.
pub fn table_name(object: &str, taken: &mut BTreeSet<String>) -> String {
    let snake: String =
        object.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect();
    unique(fit(&pluralize(&snake)), taken)
}

pub fn column_name(field: &str, taken: &mut BTreeSet<String>) -> String {
    let base =
        if stripe_pg_contract::columns::is_system_column(field) { format!("field_{field}") } else { field.to_string() };
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
