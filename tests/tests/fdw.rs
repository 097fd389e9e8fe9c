//! Foreign-table SQL for the supabase wrappers Stripe FDW, checked against its exact interface.

use stripe_codegen::fdw::interface::OBJECTS;
use stripe_codegen::fdw::{cross_check, foreign_table, server_sql, setup_files, typed_view, KeySource};
use stripe_codegen::sql::model::plan_tables;
use stripe_openapi::ir::{Field, SchemaKind, Type};
use stripe_schema_tests::basil::basil_api;
use stripe_schema_tests::pg::TestDb;
use stripe_schema_tests::{load_api, workspace_root};

/// (object, table, column, type, pushdown) rows of the TSV, in order.
fn tsv() -> Vec<[String; 5]> {
    let dir = std::env::var_os("STRIPE_WRAPPERS_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("../shared/wrappers"));
    let text = std::fs::read_to_string(dir.join("stripe_fdw_0.1.12.tsv")).unwrap();
    text.lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            [f[0], f[1], f[2], f[3], f[4]].map(String::from)
        })
        .collect()
}

#[test]
fn the_interface_table_is_exactly_the_tsv() {
    let ours: Vec<[String; 5]> = OBJECTS
        .iter()
        .flat_map(|o| {
            o.columns.iter().map(move |c| {
                [o.object, o.table, c.name, c.ty.sql(), if c.pushdown_eq { "yes" } else { "no" }].map(String::from)
            })
        })
        .collect();
    assert_eq!(ours, tsv());
    assert_eq!(OBJECTS.len(), 24);
}

#[tokio::test]
async fn the_sql_runs_on_postgres_and_declares_exactly_the_fdw_columns() {
    let api = load_api("2024-04-10.spec3.json");
    let files = setup_files(&api, &plan_tables(&api), "stripe_live");
    let tables_sql = &files.iter().find(|(n, _)| n == "tables.sql").unwrap().1;
    let db = TestDb::new().await;
    // A stub wrapper: the real one cannot be built here. CREATE statements still resolve.
    sqlx::raw_sql("create foreign data wrapper stripe_wrapper;").execute(&db.pool).await.unwrap();
    sqlx::raw_sql(&server_sql(KeySource::Plain, &api.version)).execute(&db.pool).await.unwrap();
    sqlx::raw_sql(tables_sql).execute(&db.pool).await.unwrap();

    // Every table, column, type and order, from the catalogs.
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT (SELECT substring(o from 8) FROM unnest(ft.ftoptions) o WHERE o LIKE 'object=%'), c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod) \
         FROM pg_foreign_table ft JOIN pg_class c ON c.oid = ft.ftrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped \
         WHERE n.nspname = 'stripe_live' ORDER BY array_position($1::text[], c.relname::text), a.attnum",
    )
    .bind(OBJECTS.iter().map(|o| o.table.to_string()).collect::<Vec<_>>())
    .fetch_all(&db.pool)
    .await
    .unwrap();
    let expected: Vec<(String, String, String, String)> =
        tsv().into_iter().map(|[o, t, c, ty, _]| (o, t, c, ty)).collect();
    assert_eq!(rows, expected);

    // Options: object always, rowid_column on exactly the writable objects.
    let options: Vec<(String, Vec<String>)> = sqlx::query_as(
        "SELECT c.relname::text, ft.ftoptions::text[] FROM pg_foreign_table ft JOIN pg_class c ON c.oid = ft.ftrelid ORDER BY 1",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    for (table, opts) in options {
        let o = OBJECTS.iter().find(|o| o.table == table).unwrap();
        let mut want = vec![format!("object={}", o.object)];
        if ["customers", "products", "subscriptions"].contains(&o.object) {
            want.push("rowid_column=id".into());
        }
        assert_eq!(opts, want, "{table}");
    }
    let server: Vec<String> =
        sqlx::query_scalar("SELECT unnest(srvoptions) FROM pg_foreign_server WHERE srvname = 'stripe_server'")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert!(server.contains(&"api_version=2024-04-10".to_string()), "{server:?}");

    // The typed views exist and add typed fields beyond the FDW's columns.
    let (views, extra): (i64, i64) = sqlx::query_as(
        "SELECT count(DISTINCT table_name), count(*) FILTER (WHERE column_name = 'invoice_settings' AND data_type = 'jsonb') \
         FROM information_schema.columns WHERE table_schema = 'stripe_live' AND table_name LIKE '%\\_typed'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(views, 24);
    assert_eq!(extra, 1, "customers_typed.invoice_settings is typed jsonb");
    let created: String = sqlx::query_scalar(
        "SELECT data_type::text FROM information_schema.columns WHERE table_schema = 'stripe_live' AND table_name = 'customers_typed' AND column_name = 'balance'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(created, "bigint");
}

#[tokio::test]
async fn the_vault_variant_runs_too() {
    let api = load_api("2024-04-10.spec3.json");
    let db = TestDb::new().await;
    sqlx::raw_sql("create foreign data wrapper stripe_wrapper;").execute(&db.pool).await.unwrap();
    sqlx::raw_sql(&server_sql(KeySource::Vault, &api.version)).execute(&db.pool).await.unwrap();
    let server: Vec<String> =
        sqlx::query_scalar("SELECT unnest(srvoptions) FROM pg_foreign_server WHERE srvname = 'stripe_server'")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert!(
        server.iter().any(|o| o.starts_with("api_key_id=")) && !server.iter().any(|o| o.starts_with("api_key=")),
        "{server:?}"
    );
}

#[test]
fn the_emitter_cannot_produce_a_column_or_type_outside_the_fdw_interface() {
    let mut api = load_api("2024-04-10.spec3.json");
    // A spec where customers gained a field and `email` changed type.
    let SchemaKind::Object(customer) = &mut api.schemas.get_mut("customer").unwrap().kind else { panic!() };
    customer.fields.push(Field {
        name: "loyalty_tier".into(),
        description: None,
        required: true,
        nullable: false,
        expandable: false,
        ty: Type::Integer,
    });
    customer.fields.iter_mut().find(|f| f.name == "email").unwrap().ty = Type::Integer;
    let check = cross_check(&api, &plan_tables(&api));
    assert_eq!(check.columns_incompatible, ["customers.email: FDW text vs spec bigint"]);
    let o = OBJECTS.iter().find(|o| o.object == "customers").unwrap();
    let sql = foreign_table(o, &check);
    let declared: Vec<&str> = sql.lines().skip(1).take_while(|l| l.starts_with("    ")).map(|l| l.trim()).collect();
    assert_eq!(
        declared,
        [
            "id text,",
            "email text,  -- the spec types this differently; the FDW's type is kept",
            "name text,",
            "description text,",
            "created timestamp without time zone,",
            "attrs jsonb"
        ]
    );
    assert!(!sql.contains("loyalty_tier"));
    let view = typed_view(&api, o).unwrap();
    assert!(view.contains("((attrs ->> 'loyalty_tier')::bigint) AS loyalty_tier"), "{view}");
}

#[test]
fn a_column_the_version_removed_stays_and_is_flagged() {
    let api = basil_api();
    let check = cross_check(&api, &plan_tables(&api));
    assert!(check.columns_missing.contains(&"charges.invoice".to_string()), "{check:?}");
    assert!(check.columns_missing.contains(&"subscriptions.current_period_start".to_string()));
    let o = OBJECTS.iter().find(|o| o.object == "charges").unwrap();
    let sql = foreign_table(o, &check);
    assert!(sql.contains("invoice text,  -- not in this API version's spec: reads NULL"), "{sql}");
    assert!(check.not_served.contains(&"invoice_payments".to_string()));
}

#[test]
fn objects_an_older_spec_lacks_are_listed() {
    let api = load_api("2023-08-16.spec3.yaml");
    let check = cross_check(&api, &plan_tables(&api));
    assert_eq!(check.objects_missing, ["billing/meters"]);
}

#[test]
fn snapshots_of_two_tables_and_a_view() {
    let api = load_api("2024-04-10.spec3.json");
    let check = cross_check(&api, &plan_tables(&api));
    let find = |name: &str| OBJECTS.iter().find(|o| o.object == name).unwrap();
    insta::assert_snapshot!("fdw_customers", foreign_table(find("customers"), &check));
    insta::assert_snapshot!("fdw_checkout_sessions", foreign_table(find("checkout/sessions"), &check));
    insta::assert_snapshot!("fdw_subscriptions_typed_view", typed_view(&api, find("subscriptions")).unwrap());
}

/// A handler and validator in a schema that is not on the `search_path`, standing in for the
/// wrappers extension installed there: the handler is postgres_fdw's C function under the FDW's
/// name (the real one cannot be built here), the validator accepts every option.
async fn handler_elsewhere(db: &TestDb) {
    sqlx::raw_sql(
        "create schema fdw_elsewhere;
         create function fdw_elsewhere.stripe_fdw_handler() returns fdw_handler language c strict as '$libdir/postgres_fdw', 'postgres_fdw_handler';
         create function fdw_elsewhere.stripe_fdw_validator(text[], oid) returns void language plpgsql as 'begin end';",
    )
    .execute(&db.pool)
    .await
    .unwrap();
}

fn generated(name: &str) -> String {
    std::fs::read_to_string(workspace_root().join("stripe-sync/fdw").join(name)).unwrap()
}

#[tokio::test]
async fn the_committed_setup_and_tables_run_whatever_the_search_path() {
    for setup in ["setup_plain.sql", "setup_vault.sql"] {
        let db = TestDb::new().await;
        handler_elsewhere(&db).await;
        let path: String = sqlx::query_scalar("SHOW search_path").fetch_one(&db.pool).await.unwrap();
        assert!(!path.contains("fdw_elsewhere") && !path.contains("extensions"), "{path}");
        sqlx::raw_sql(&generated(setup)).execute(&db.pool).await.unwrap_or_else(|e| panic!("{setup}: {e}"));
        let (handler, validator): (String, String) = sqlx::query_as(
            "SELECT fdwhandler::regprocedure::text, fdwvalidator::regprocedure::text FROM pg_foreign_data_wrapper WHERE fdwname = 'stripe_wrapper'",
        )
        .fetch_one(&db.pool)
        .await
        .unwrap();
        assert_eq!(
            (handler.as_str(), validator.as_str()),
            ("fdw_elsewhere.stripe_fdw_handler()", "fdw_elsewhere.stripe_fdw_validator(text[],oid)"),
            "{setup}"
        );
        sqlx::raw_sql(&generated("tables.sql"))
            .execute(&db.pool)
            .await
            .unwrap_or_else(|e| panic!("tables.sql after {setup}: {e}"));
        let tables: i64 =
            sqlx::query_scalar("SELECT count(*) FROM pg_foreign_table").fetch_one(&db.pool).await.unwrap();
        assert_eq!(tables as usize, OBJECTS.len());
    }
}

#[tokio::test]
async fn without_the_wrappers_extension_the_setup_says_what_to_install_and_leaves_nothing() {
    let db = TestDb::new().await;
    let err = sqlx::raw_sql(&generated("setup_plain.sql")).execute(&db.pool).await.unwrap_err().to_string();
    assert!(err.contains("the supabase wrappers extension is not installed on this Postgres server"), "{err}");
    let schemas: i64 = sqlx::query_scalar("SELECT count(*) FROM pg_namespace WHERE nspname = 'extensions'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(schemas, 0, "the failed attempt created no schema");
}

/// Every foreign table (and its typed view) whose list endpoint requires a query parameter
/// says which, and no other does: read against the spec's own JSON, not our IR.
#[tokio::test]
async fn required_filter_comments_match_the_spec_for_every_fdw_object() {
    use stripe_schema_tests::contract::Contract;
    let db = TestDb::new().await;
    handler_elsewhere(&db).await;
    sqlx::raw_sql(&generated("setup_plain.sql")).execute(&db.pool).await.unwrap();
    sqlx::raw_sql(&generated("tables.sql")).execute(&db.pool).await.unwrap();
    let contract = Contract::v2024_04_10();
    let header = generated("tables.sql");
    let mut with_filters = Vec::new();
    for o in OBJECTS {
        let required: Vec<String> = contract
            .operation(&format!("/v1/{}", o.object))
            .filter(|op| op.is_list)
            .map(|op| op.requires.iter().cloned().collect())
            .unwrap_or_default();
        for relation in [o.table.to_string(), format!("{}_typed", o.table)] {
            let comment: Option<String> =
                sqlx::query_scalar(&format!("SELECT obj_description('stripe_live.{relation}'::regclass, 'pg_class')"))
                    .fetch_one(&db.pool)
                    .await
                    .unwrap();
            match (&comment, required.is_empty()) {
                (None, true) => {}
                (Some(c), false) => {
                    for p in &required {
                        assert!(c.contains(&format!("must filter on {p} = '…'")), "{relation}: {c}");
                    }
                }
                _ => panic!("{relation}: comment {comment:?}, spec requires {required:?}"),
            }
        }
        if !required.is_empty() {
            assert!(header.contains(&format!("--   {}: queries must filter on", o.table)), "{}: header", o.table);
            with_filters.push(o.table);
        }
    }
    assert_eq!(with_filters, ["setup_attempts"], "the one FDW object whose list needs a parameter in 2024-04-10");
}
