//! Naming rules shared by the emitters: Rust identifiers, table names, SQL identifiers.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Names the generated code or its users refer to; a schema may not take them.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Box",
    "Vec",
    "String",
    "Result",
    "Ok",
    "Err",
    "Value",
    "Map",
    "List",
    "Expandable",
    "Error",
    "BTreeMap",
    "Self",
    "AnyObject",
    "EventType",
    "HasId",
    "FromJson",
    "ToJson",
];

/// A name the generated code or its users already use for something else.
pub fn is_reserved_type_name(name: &str) -> bool {
    RESERVED_TYPE_NAMES.contains(&name)
}

/// `checkout.session` → `CheckoutSession`.
pub fn type_name(raw: &str) -> String {
    let name = sanitize(raw).to_upper_camel_case();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("T{name}")
    } else {
        name
    }
}

/// Field name → Rust field identifier (`type` → `type_`).
pub fn field_name(raw: &str) -> String {
    let mut name = sanitize(raw).to_snake_case();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    if syn::parse_str::<syn::Ident>(&name).is_err() {
        name.push('_');
    }
    name
}

/// Enum value → variant name (`""` → `Empty`, `unknown` → `UnknownValue`, `3ds` → `V3ds`).
pub fn variant_name(raw: &str) -> String {
    let name = sanitize(raw).to_upper_camel_case();
    match name.as_str() {
        "" => "Empty".into(),
        "Unknown" => "UnknownValue".into(),
        "Self" => "SelfValue".into(),
        n if n.starts_with(|c: char| c.is_ascii_digit()) => format!("V{n}"),
        n => n.into(),
    }
}

fn sanitize(raw: &str) -> String {
    raw.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect()
}

/// Hands out unique names: the first claimant gets the name, later ones a numeric suffix.
/// Claims happen in a deterministic order, so the result is deterministic too.
#[derive(Debug, Default)]
pub struct NameSet {
    taken: BTreeSet<String>,
}

impl NameSet {
    pub fn with_reserved_types() -> Self {
        NameSet { taken: RESERVED_TYPE_NAMES.iter().map(|s| s.to_string()).collect() }
    }

    pub fn claim(&mut self, wanted: &str) -> String {
        if self.taken.insert(wanted.to_string()) {
            return wanted.to_string();
        }
        let stripe = format!("Stripe{wanted}");
        if self.taken.insert(stripe.clone()) {
            return stripe;
        }
        (2..).map(|n| format!("{wanted}{n}")).find(|n| self.taken.insert(n.clone())).unwrap()
    }
}
