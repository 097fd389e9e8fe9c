//! Snapshots of representative generated Rust, from a small spec fragment kept with the tests.

use stripe_openapi::ir::{self, Type};

fn fragment() -> ir::Api {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fragments/mini.json");
    let spec = stripe_openapi::parse::parse_spec(&path, &std::fs::read(&path).unwrap()).unwrap();
    ir::build(&spec)
}

fn module(name: &str) -> String {
    let api = fragment();
    let tables = stripe_codegen::sql::model::plan_tables(&api);
    stripe_codegen::rust::emit_files(&api, &tables).remove(&format!("{name}.rs")).unwrap()
}

#[test]
fn plain_resource_with_enum() {
    insta::assert_snapshot!(module("widget"));
}

#[test]
fn resource_with_expandables() {
    insta::assert_snapshot!(module("gadget"));
}

#[test]
fn object_union() {
    insta::assert_snapshot!(module("payment_source"));
}

#[test]
fn ir_keeps_required_nullable_and_expandable_apart() {
    let api = fragment();
    let gadget = api.object_type("gadget").unwrap();
    let owner = gadget.field("owner").unwrap();
    assert!(owner.required && owner.nullable && owner.expandable);
    assert_eq!(owner.ty, Type::Expandable(vec!["customer".into(), "deleted_customer".into()]));
    let widget = api.object_type("widget").unwrap();
    let price = widget.field("price").unwrap();
    assert!(!price.required && !price.nullable && !price.expandable);
    assert_eq!(price.ty, Type::Decimal);
    assert_eq!(widget.field("created").unwrap().ty, Type::UnixTime);
    let r = api.resource("widget").unwrap();
    assert_eq!(r.list.as_ref().unwrap().path, "/v1/widgets");
    assert_eq!(r.list.as_ref().unwrap().filters().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["customer"]);
    assert_eq!(r.retrieve.as_ref().unwrap().path, "/v1/widgets/{widget}");
    assert_eq!(api.resource("customer").unwrap().deleted_twin.as_deref(), Some("deleted_customer"));
}

#[test]
fn generation_is_deterministic() {
    let a = stripe_codegen::generate(&fragment());
    let b = stripe_codegen::generate(&fragment());
    assert_eq!(a, b);
}
