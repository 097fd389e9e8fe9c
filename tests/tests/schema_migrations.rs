//! The generated schema and migration chain on real Postgres.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use stripe_codegen::sql::migration::{diff, MigrationOptions, SchemaSnapshot};
use stripe_codegen::sql::model::plan_tables;
use stripe_schema_tests::basil::{basil_api, BASIL};
use stripe_schema_tests::pg::TestDb;
use stripe_schema_tests::schema::{column_mismatches, load, row, snapshot};
use stripe_schema_tests::{fixtures_path, load_fixtures, workspace_root};
use stripe_sync::migrate::{self, ChainMigration, MigrateError, MigrateOptions};

fn opts(db: &TestDb) -> MigrateOptions {
    MigrateOptions { schema: "stripe".into(), reader_role: db.role("reader") }
}

/// (table, column) → (data type, generated?) of a schema.
async fn columns(db: &TestDb) -> BTreeMap<(String, String), (String, String)> {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text, data_type::text, is_generated::text FROM information_schema.columns \
         WHERE table_schema = 'stripe' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    rows.into_iter().map(|(t, c, ty, g)| ((t, c), (ty, g))).collect()
}

async fn column_comment(db: &TestDb, table: &str, column: &str) -> Option<String> {
    sqlx::query_scalar(
        "SELECT col_description(format('stripe.%I', $1::text)::regclass, ordinal_position::int) FROM information_schema.columns \
         WHERE table_schema = 'stripe' AND table_name = $1 AND column_name = $2",
    )
    .bind(table)
    .bind(column)
    .fetch_one(&db.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn the_chain_builds_the_same_schema_as_a_fresh_install() {
    let (chained, fresh) = (TestDb::new().await, TestDb::new().await);
    let applied = migrate::migrate(&chained.url, &opts(&chained), &migrate::embedded()).await.unwrap();
    assert_eq!(applied.len(), migrate::embedded().len());
    let current = std::fs::read_to_string(workspace_root().join("stripe-sync/schema/current.sql")).unwrap();
    let fresh_chain = [ChainMigration { version: 1, description: "fresh 2024-04-10".into(), sql: current }];
    migrate::migrate(&fresh.url, &opts(&fresh), &fresh_chain).await.unwrap();

    let (a, b) = (columns(&chained).await, columns(&fresh).await);
    assert!(b.len() > 2500, "fresh schema has only {} columns", b.len());
    let only_fresh: Vec<_> = b.keys().filter(|k| !a.contains_key(*k)).collect();
    assert!(only_fresh.is_empty(), "columns missing from the chained schema: {only_fresh:?}");
    let differing: Vec<_> = b.iter().filter(|(k, v)| a.get(*k) != Some(v)).map(|(k, _)| k).collect();
    assert!(differing.is_empty(), "columns typed differently: {differing:?}");
    // What the chain has beyond the fresh schema: exactly the columns kept on purpose.
    let kept: BTreeSet<_> = a.keys().filter(|k| !b.contains_key(*k)).cloned().collect();
    let expected: BTreeSet<_> = [("invoices", "rendering_options"), ("products", "features")]
        .iter()
        .map(|(t, c)| (t.to_string(), c.to_string()))
        .collect();
    assert_eq!(kept, expected);
    for (t, c) in &kept {
        let comment = column_comment(&chained, t, c).await.unwrap_or_default();
        assert!(comment.starts_with("Removed in API version 2024-04-10"), "{t}.{c}: {comment}");
    }
    // JSON is compressed with lz4 wherever the server has it (this one does), both ways.
    for db in [&chained, &fresh] {
        let lz4: bool = sqlx::query_scalar(
            "SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = 'default_toast_compression'",
        )
        .fetch_one(&db.pool)
        .await
        .unwrap();
        assert!(lz4, "this test expects a Postgres built with lz4");
        let (jsonb, other): (i64, i64) = sqlx::query_as(
            "SELECT count(*), count(*) FILTER (WHERE a.attcompression <> 'l') FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
             WHERE c.relnamespace = 'stripe'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND a.atttypid = 'jsonb'::regtype",
        )
        .fetch_one(&db.pool)
        .await
        .unwrap();
        assert!(jsonb > 500, "only {jsonb} jsonb columns");
        assert_eq!(other, 0, "jsonb columns not compressed with lz4");
    }
}

#[tokio::test]
async fn upgrading_a_populated_2023_08_16_schema_keeps_every_row_and_fills_new_columns() {
    let db = TestDb::new().await;
    let chain = migrate::embedded();
    migrate::migrate(&db.url, &opts(&db), &chain[..1]).await.unwrap();
    let old = snapshot("2023-08-16");
    let fixtures = load_fixtures(&fixtures_path("2023-08-16"));
    let loaded = load(&db.pool, "stripe", &old.tables, &fixtures).await;
    assert!(loaded.len() > 80, "only {} fixtures loaded", loaded.len());
    let mut before = Vec::new();
    for (t, id, _) in &loaded {
        before.push(row(&db.pool, "stripe", &t.name, id).await.unwrap());
    }

    // The ledger as 0001 left it: a pending, a failed and an applied event.
    for (id, status) in [("evt_pending", "pending"), ("evt_failed", "failed"), ("evt_applied", "applied")] {
        sqlx::query(
            "INSERT INTO stripe._events (id, type, created, status, payload) VALUES ($1, 'customer.updated', now(), $2, '{}')",
        )
        .bind(id)
        .bind(status)
        .execute(&db.pool)
        .await
        .unwrap();
    }

    let applied = migrate::migrate(&db.url, &opts(&db), &chain).await.unwrap();
    let rest: Vec<i64> = chain[1..].iter().map(|m| m.version).collect();
    assert_eq!(applied.iter().map(|m| m.version).collect::<Vec<_>>(), rest);
    // The runtime step found the ledger's unapplied events, and dropped the status index
    // (under which no status update could be HOT).
    let unapplied: Vec<String> =
        sqlx::query_scalar("SELECT id FROM stripe._events_unapplied ORDER BY id").fetch_all(&db.pool).await.unwrap();
    assert_eq!(unapplied, ["evt_failed", "evt_pending"]);
    let status_index: bool = sqlx::query_scalar("SELECT to_regclass('stripe._events_status_idx') IS NOT NULL")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(!status_index);
    // 0003 made every typed column a plain one that stripe-sync writes; the values stayed.
    let generated: Vec<_> = columns(&db).await.into_iter().filter(|(_, (_, g))| g != "NEVER").map(|(k, _)| k).collect();
    assert!(generated.is_empty(), "still generated after the chain: {generated:?}");

    let new = snapshot("2024-04-10");
    let mut problems = Vec::new();
    for ((t, id, fixture), was) in loaded.iter().zip(&before) {
        let now = row(&db.pool, "stripe", &t.name, id).await.expect("row survives the upgrade");
        for (col, value) in was.as_object().unwrap() {
            if col == "_synced_at" {
                continue;
            }
            if now.get(col) != Some(value) {
                problems.push(format!("{}.{col} of {id} changed: {value} → {:?}", t.name, now.get(col)));
            }
        }
        assert_eq!(now["_raw"], *fixture);
        // Every column of the new version, old or added, equals its JSON value.
        let table = new.tables.iter().find(|n| n.name == t.name).unwrap();
        problems.extend(column_mismatches(table, &now, fixture));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn every_fixture_of_every_release_lands_with_exact_typed_columns() {
    let db = TestDb::new().await;
    migrate::migrate(&db.url, &opts(&db), &migrate::embedded()).await.unwrap();
    let tables = snapshot("2024-04-10").tables;
    let mut problems = Vec::new();
    for version in ["2023-08-16", "2024-04-10", "2024-09-30.acacia", "2025-03-31.basil"] {
        // Each release in a schema of its own run, so ids cannot collide across releases.
        sqlx::query(
            &("TRUNCATE ".to_string()
                + &tables.iter().map(|t| format!("stripe.\"{}\"", t.name)).collect::<Vec<_>>().join(", ")),
        )
        .execute(&db.pool)
        .await
        .unwrap();
        let fixtures = load_fixtures(&fixtures_path(version));
        let loaded = load(&db.pool, "stripe", &tables, &fixtures).await;
        assert!(loaded.len() > 80, "{version}: only {} fixtures landed", loaded.len());
        for (t, id, fixture) in &loaded {
            let stored = row(&db.pool, "stripe", &t.name, id).await.unwrap();
            if stored["_raw"] != *fixture {
                problems.push(format!("{version} {id}: _raw differs"));
            }
            problems.extend(column_mismatches(t, &stored, fixture).into_iter().map(|p| format!("{version}: {p}")));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn a_basil_shaped_step_adds_invoice_payments_keeps_charge_invoice_and_names_the_moves() {
    let basil = basil_api();
    let to = SchemaSnapshot { version: BASIL.into(), spec_blob: "test".into(), tables: plan_tables(&basil) };
    let next = migrate::embedded().len() as u32 + 1;
    let step = diff(next, &snapshot("2024-04-10"), &to, MigrationOptions::default());
    let header: String = step.sql.lines().take_while(|l| l.starts_with("--")).collect::<Vec<_>>().join("\n");
    for needle in [
        "from: 2024-04-10",
        "to: 2025-03-31.basil",
        "subscriptions.current_period_start → subscription_items.current_period_start",
        "subscriptions.current_period_end → subscription_items.current_period_end",
        "charges.invoice → invoice_payments.invoice (new table)",
        "payment_intents.invoice → invoice_payments.invoice (new table)",
        "invoice_payments",
        "charges.invoice",
    ] {
        assert!(header.contains(needle), "header lacks `{needle}`:\n{header}");
    }
    assert!(!step.sql.contains("DROP"), "a default migration never drops");

    let db = TestDb::new().await;
    let mut chain = migrate::embedded();
    migrate::migrate(&db.url, &opts(&db), &chain).await.unwrap();
    let tables = snapshot("2024-04-10").tables;
    let before = load(&db.pool, "stripe", &tables, &load_fixtures(&fixtures_path("2024-04-10"))).await;

    chain.push(ChainMigration { version: next.into(), description: "to basil".into(), sql: step.sql.clone() });
    let applied = migrate::migrate(&db.url, &opts(&db), &chain).await.unwrap();
    assert_eq!(applied.len(), 1);

    let (mut problems, mut checked) = (Vec::new(), 0);
    for (t, id, fixture) in &before {
        let now = row(&db.pool, "stripe", &t.name, id).await.expect("row survives the Basil step");
        assert_eq!(now["_raw"], *fixture);
        // The step filled its new and retyped columns of existing rows from `_raw`.
        // (A table Basil no longer has keeps its rows and columns as they were.)
        if let Some(basil_table) = to.tables.iter().find(|b| b.name == t.name) {
            problems.extend(column_mismatches(basil_table, &now, fixture));
            checked += 1;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked > 100, "typed columns checked on only {checked} rows");
    let charge = before.iter().find(|(t, _, _)| t.name == "charges").unwrap();
    let stored = row(&db.pool, "stripe", "charges", &charge.1).await.unwrap();
    assert_eq!(stored["invoice"], charge.2["invoice"], "charges.invoice is kept and still filled");
    assert!(column_comment(&db, "charges", "invoice")
        .await
        .unwrap()
        .starts_with("Removed in API version 2025-03-31.basil"));

    // Basil payloads land after the step, in the new table and the new columns.
    let basil_fixtures: Vec<(String, Value)> = load_fixtures(&fixtures_path(BASIL))
        .into_iter()
        .filter(|(r, _)| ["invoice_payment", "subscription_item", "invoice", "charge"].contains(&r.as_str()))
        .map(|(r, mut v)| {
            v["id"] = format!("{}_basil", v["id"].as_str().unwrap()).into();
            (r, v)
        })
        .collect();
    let landed = load(&db.pool, "stripe", &to.tables, &basil_fixtures).await;
    assert_eq!(landed.len(), 4);
    for (t, id, fixture) in &landed {
        let stored = row(&db.pool, "stripe", &t.name, id).await.unwrap();
        let problems = column_mismatches(t, &stored, fixture);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
    let item = landed.iter().find(|(t, _, _)| t.name == "subscription_items").unwrap();
    let stored = row(&db.pool, "stripe", "subscription_items", &item.1).await.unwrap();
    assert!(stored["current_period_start"].is_string(), "period moved onto subscription items: {stored}");
}

#[tokio::test]
async fn an_edited_applied_migration_is_refused_and_nothing_runs() {
    let db = TestDb::new().await;
    let mut chain = migrate::embedded();
    migrate::migrate(&db.url, &opts(&db), &chain[..1]).await.unwrap();
    chain[0].sql.push_str("\n-- an innocent edit\n");
    let err = migrate::migrate(&db.url, &opts(&db), &chain).await.unwrap_err();
    assert!(matches!(err, MigrateError::Modified { version: 1, .. }), "{err}");
    assert!(err.to_string().contains("immutable"), "{err}");
    let pending = migrate::check(&db.url, &opts(&db), &chain).await;
    assert!(pending.is_err(), "check refuses too");
    // Migration 2 did not run: its new tables are absent; the ledger still holds 1 row.
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe._sqlx_migrations").fetch_one(&db.pool).await.unwrap();
    assert_eq!(n, 1);
    let climate: bool = sqlx::query_scalar("SELECT to_regclass('stripe.climate_orders') IS NOT NULL")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(!climate);
}

#[tokio::test]
async fn a_failing_migration_is_rolled_back_whole() {
    let db = TestDb::new().await;
    let mut chain = migrate::embedded();
    migrate::migrate(&db.url, &opts(&db), &chain).await.unwrap();
    let next = chain.len() as i64 + 1;
    chain.push(ChainMigration {
        version: next,
        description: "breaks half-way".into(),
        sql: "CREATE TABLE half_done (x int);\nALTER TABLE customers ADD COLUMN y int;\nSELECT 1/0;".into(),
    });
    let err = migrate::migrate(&db.url, &opts(&db), &chain).await.unwrap_err();
    assert!(matches!(err, MigrateError::Failed { version, .. } if version == next), "{err}");
    assert!(err.to_string().contains("rolled back"), "{err}");
    let half: bool =
        sqlx::query_scalar("SELECT to_regclass('stripe.half_done') IS NOT NULL").fetch_one(&db.pool).await.unwrap();
    assert!(!half, "nothing of the failed migration remains");
    let pending = migrate::check(&db.url, &opts(&db), &chain).await.unwrap();
    assert_eq!(pending.iter().map(|m| m.version).collect::<Vec<_>>(), [next]);
}

#[tokio::test]
async fn concurrent_runners_apply_each_migration_once() {
    let db = TestDb::new().await;
    let chain = migrate::embedded();
    let runs = (0..4).map(|_| {
        let (url, o, c) = (db.url.clone(), opts(&db), chain.clone());
        tokio::spawn(async move { migrate::migrate(&url, &o, &c).await })
    });
    let mut total = 0;
    for r in futures_join(runs.collect()).await {
        total += r.expect("no runner fails").len();
    }
    assert_eq!(total, chain.len(), "each migration applied by exactly one runner");
}

async fn futures_join<T>(handles: Vec<tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await.unwrap());
    }
    out
}

#[tokio::test]
async fn check_lists_pending_migrations_and_ensure_ready_refuses_an_unmigrated_schema() {
    let db = TestDb::new().await;
    let chain = migrate::embedded();
    let err = migrate::ensure_ready(&db.url, &opts(&db), &chain).await.unwrap_err();
    assert!(err.to_string().contains("stripe-sync migrate"), "{err}");
    migrate::migrate(&db.url, &opts(&db), &chain[..1]).await.unwrap();
    let pending = migrate::check(&db.url, &opts(&db), &chain).await.unwrap();
    let rest: Vec<i64> = chain[1..].iter().map(|m| m.version).collect();
    assert_eq!(pending.iter().map(|m| m.version).collect::<Vec<_>>(), rest);
    assert_eq!(rest.len(), 3, "0002 to 2024-04-10, 0003 written columns, 0004 runtime tables");
    migrate::migrate(&db.url, &opts(&db), &chain).await.unwrap();
    migrate::ensure_ready(&db.url, &opts(&db), &chain).await.unwrap();
}

#[tokio::test]
async fn a_role_without_create_gets_a_clear_error() {
    let db = TestDb::new().await;
    let role = db.role("app");
    sqlx::query(&format!("CREATE ROLE \"{role}\" LOGIN")).execute(&db.pool).await.unwrap();
    sqlx::query(&format!("REVOKE CREATE ON DATABASE \"{}\" FROM PUBLIC", db.name)).execute(&db.pool).await.unwrap();
    let url = db.url.replacen("postgres@", &format!("{role}@"), 1);
    let err = migrate::migrate(&url, &opts(&db), &migrate::embedded()).await.unwrap_err();
    assert!(matches!(err, MigrateError::CreateSchema { .. }), "{err}");
    assert!(err.to_string().contains("CREATE SCHEMA stripe AUTHORIZATION"), "{err}");
    // The schema exists but the role may not create in it.
    sqlx::query("CREATE SCHEMA stripe").execute(&db.pool).await.unwrap();
    sqlx::query(&format!("GRANT USAGE ON SCHEMA stripe TO \"{role}\"")).execute(&db.pool).await.unwrap();
    let err = migrate::migrate(&url, &opts(&db), &migrate::embedded()).await.unwrap_err();
    assert!(matches!(err, MigrateError::NoCreatePrivilege { .. }), "{err}");
}

#[tokio::test]
async fn an_unreachable_database_is_named_without_its_password() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("postgres://app:hunter2@127.0.0.1:{port}/x");
    let err = migrate::migrate(&url, &MigrateOptions::default(), &migrate::embedded()).await.unwrap_err().to_string();
    assert!(err.contains("cannot connect") && err.contains(&format!("127.0.0.1:{port}")), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
}

#[tokio::test]
async fn the_reader_role_can_select_and_nothing_else() {
    let db = TestDb::new().await;
    migrate::migrate(&db.url, &opts(&db), &migrate::embedded()).await.unwrap();
    let reader = db.role("reader");
    sqlx::query(&format!("ALTER ROLE \"{reader}\" LOGIN")).execute(&db.pool).await.unwrap();
    let pool = sqlx::PgPool::connect(&db.url.replacen("postgres@", &format!("{reader}@"), 1)).await.unwrap();
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe.customers").fetch_one(&pool).await.unwrap();
    assert_eq!(n, 0);
    let write = sqlx::query("INSERT INTO stripe.customers (id, _raw) VALUES ('cus_x', '{}')").execute(&pool).await;
    assert!(write.unwrap_err().to_string().contains("permission denied"));
    pool.close().await;
}
