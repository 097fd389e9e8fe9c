//! One type per shape: identical enums and unions the spec spells out on several fields become
//! one type, named for what it is, in a module of its own when several modules use it.

use stripe_codegen::rust::plan::{plan, RustKind, RustModel, RustType, Ty};

fn model() -> RustModel {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fragments/shapes.json");
    let spec = stripe_openapi::parse::parse_spec(&path, &std::fs::read(&path).unwrap()).unwrap();
    plan(&stripe_openapi::ir::build(&spec))
}

fn field_type(m: &RustModel, owner: &str, field: &str) -> String {
    let t = m.types.iter().find(|t| t.name == owner).unwrap_or_else(|| panic!("no type {owner}"));
    let RustKind::Struct { fields, .. } = &t.kind else { panic!("{owner} is not a struct") };
    let f = fields.iter().find(|f| f.json_name == field).unwrap_or_else(|| panic!("no field {owner}.{field}"));
    let mut ty = &f.ty;
    while let Ty::Vec(inner) | Ty::Boxed(inner) = ty {
        ty = inner;
    }
    match ty {
        Ty::Named(n) => n.clone(),
        other => panic!("{owner}.{field} is {other:?}"),
    }
}

fn named<'a>(m: &'a RustModel, name: &str) -> &'a RustType {
    m.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no type {name}"))
}

#[test]
fn identical_enums_become_one_type_named_for_what_they_are() {
    let m = model();
    let enums: Vec<&RustType> = m
        .types
        .iter()
        .filter(|t| matches!(&t.kind, RustKind::Enum { values } if values.iter().any(|(_, v)| v == "reverse")))
        .collect();
    assert_eq!(enums.len(), 1, "{:?}", enums.iter().map(|t| &t.name).collect::<Vec<_>>());
    assert_eq!(enums[0].name, "TaxExempt");
    assert_eq!(field_type(&m, "Customer", "tax_exempt"), "TaxExempt");
    assert_eq!(field_type(&m, "Invoice", "customer_tax_exempt"), "TaxExempt");
    let line = field_type(&m, "Invoice", "lines");
    assert_eq!(field_type(&m, &line, "tax_exempt"), "TaxExempt");
    // Used by two resources' modules: it lives in neither.
    assert_eq!(enums[0].module, "tax_exempt");
}

#[test]
fn different_values_stay_different_types() {
    let m = model();
    let customer = field_type(&m, "Customer", "status");
    let invoice = field_type(&m, "Invoice", "status");
    assert_ne!(customer, invoice);
    assert_eq!(named(&m, &customer).module, "customer");
    assert_eq!(named(&m, &invoice).module, "invoice");
}

#[test]
fn identical_unions_become_one_type_named_by_their_variants() {
    let m = model();
    let unions: Vec<&RustType> = m.types.iter().filter(|t| matches!(t.kind, RustKind::Union { .. })).collect();
    assert_eq!(unions.len(), 1, "{:?}", unions.iter().map(|t| &t.name).collect::<Vec<_>>());
    assert_eq!(unions[0].name, "CardOrBankAccount");
    assert_eq!(unions[0].module, "card_or_bank_account");
    assert_eq!(field_type(&m, "Customer", "default_source"), "CardOrBankAccount");
    assert_eq!(field_type(&m, "Invoice", "payment_source"), "CardOrBankAccount");
}

#[test]
fn every_reference_names_a_type_that_exists() {
    let m = model();
    let names: std::collections::HashSet<&str> = m.types.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names.len(), m.types.len(), "a name is used twice");
    for t in &m.types {
        if let RustKind::Struct { fields, .. } = &t.kind {
            for f in fields {
                if let Ty::Named(n) = &f.ty {
                    assert!(
                        names.contains(n.as_str()),
                        "{}.{} refers to {n}, which is not emitted",
                        t.name,
                        f.json_name
                    );
                }
            }
        }
    }
}
