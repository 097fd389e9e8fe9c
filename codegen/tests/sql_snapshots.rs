//! Snapshots of representative generated SQL, from the spec fragment kept with the tests.

use stripe_codegen::sql::ddl::create_table;
use stripe_codegen::sql::migration::{diff, MigrationOptions, SchemaSnapshot};
use stripe_codegen::sql::model::plan_tables;
use stripe_openapi::ir;

fn fragment() -> ir::Api {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fragments/mini.json");
    let spec = stripe_openapi::parse::parse_spec(&path, &std::fs::read(&path).unwrap()).unwrap();
    ir::build(&spec)
}

fn table_ddl(name: &str) -> String {
    let tables = plan_tables(&fragment());
    create_table(tables.iter().find(|t| t.name == name).unwrap())
}

#[test]
fn ddl_of_a_plain_table() {
    insta::assert_snapshot!(table_ddl("widgets"));
}

#[test]
fn ddl_of_a_table_with_references() {
    insta::assert_snapshot!(table_ddl("gadgets"));
}

#[test]
fn table_rules() {
    let tables = plan_tables(&fragment());
    let names: Vec<_> = tables.iter().map(|t| t.name.as_str()).collect();
    // deleted_customer shares customers; the union `payment_source` has no id, so no table.
    assert_eq!(names, ["customers", "gadgets", "widgets"]);
    let customers = tables.iter().find(|t| t.name == "customers").unwrap();
    assert_eq!(customers.deleted_twin.as_deref(), Some("deleted_customer"));
}

#[test]
fn migration_header() {
    let api = fragment();
    let old_tables = plan_tables(&api);
    let from = SchemaSnapshot { version: "2099-01-01".into(), spec_blob: "aaaa".into(), tables: old_tables.clone() };
    let mut new_tables = old_tables;
    // widgets.size moves to gadgets (which references widgets); widgets.price is retyped.
    let widgets = new_tables.iter_mut().find(|t| t.name == "widgets").unwrap();
    let size = widgets.columns.remove(widgets.columns.iter().position(|c| c.name == "size").unwrap());
    widgets.columns.iter_mut().find(|c| c.name == "price").unwrap().ty = stripe_codegen::sql::model::SqlType::Text;
    new_tables.iter_mut().find(|t| t.name == "gadgets").unwrap().columns.push(size);
    let to = SchemaSnapshot { version: "2099-06-01".into(), spec_blob: "bbbb".into(), tables: new_tables };
    let sql = diff(2, &from, &to, MigrationOptions::default()).sql;
    insta::assert_snapshot!(sql);
}
