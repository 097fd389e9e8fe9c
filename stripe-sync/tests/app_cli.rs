//! `stripe-sync migrate` with the app layer, `--app-role`, and `stripe-sync app-config`, as an
//! operator runs them: the app's role may use credits, the reader may only read, a bad file
//! changes nothing and says why. (Here because only this package's tests know where cargo
//! built `stripe-sync`.)

mod common;

use std::process::{Command, Output};

use common::{admin_url, url_for};
use sqlx::postgres::PgPoolOptions;

fn run(url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stripe-sync")).args(args).env("DATABASE_URL", url).output().unwrap()
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

#[tokio::test]
async fn migrate_grants_the_app_role_and_app_config_loads_rules() {
    let name = format!("sst_appcli_{}", std::process::id());
    let admin = PgPoolOptions::new().max_connections(1).connect(&admin_url()).await.expect("Postgres at DATABASE_URL");
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.unwrap();
    let url = url_for(&name);
    let (reader, app) = (format!("{name}_reader"), format!("{name}_app"));

    let out = run(&url, &["migrate", "--reader-role", &reader, "--app-role", &app]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("applied stripe_app 0001 app layer"), "{}", text(&out));
    let again = run(&url, &["migrate", "--check", "--reader-role", &reader]);
    assert!(again.status.success(), "nothing pending after migrate: {}", text(&again));

    let dir = std::env::temp_dir().join(&name);
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "[[credits]]\nprice = \"price_1\"\nkey = \"tokens\"\ncredits = -5\non = \"purchase\"\n")
        .unwrap();
    let out = run(&url, &["app-config", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(text(&out).contains("bad.toml: credits[0] (price price_1): credits must be above zero"), "{}", text(&out));
    let good = dir.join("app.toml");
    std::fs::write(
        &good,
        "[settings]\npast_due_grace = \"5 days\"\n\n[[credits]]\nprice = \"price_1\"\nkey = \"tokens\"\ncredits = 50\non = \"purchase\"\n",
    )
    .unwrap();
    let out = run(&url, &["app-config", good.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));

    let pool = PgPoolOptions::new().max_connections(1).connect(&url).await.unwrap();
    let rules: Vec<(String, String, i64, String)> =
        sqlx::query_as("SELECT * FROM stripe_app.credit_rules").fetch_all(&pool).await.unwrap();
    assert_eq!(rules, [("price_1".into(), "tokens".into(), 50, "purchase".into())]);
    let grace: String =
        sqlx::query_scalar("SELECT stripe_app.setting('past_due_grace')").fetch_one(&pool).await.unwrap();
    assert_eq!(grace, "5 days");

    // As the app: may link and consume; as the reader: may read, may not write.
    let mut tx = pool.begin().await.unwrap();
    sqlx::query(&format!("SET LOCAL ROLE \"{app}\"")).execute(&mut *tx).await.unwrap();
    sqlx::query("SELECT stripe_app.link_customer('u1', 'cus_1')").execute(&mut *tx).await.unwrap();
    let balance: i64 =
        sqlx::query_scalar("SELECT stripe_app.balance('u1', 'tokens')").fetch_one(&mut *tx).await.unwrap();
    assert_eq!(balance, 0);
    // A hook in SQL, as an app in another language runs one.
    sqlx::query("SELECT stripe_app.register_hook('orders', ARRAY['checkout.session.completed'])")
        .execute(&mut *tx)
        .await
        .unwrap();
    sqlx::query(
        "SELECT o.event_id, e.payload FROM stripe_app.hook_outbox o JOIN stripe._events e ON e.id = o.event_id \
         WHERE o.handled_at IS NULL FOR UPDATE OF o SKIP LOCKED",
    )
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    sqlx::query("UPDATE stripe_app.hook_outbox SET handled_at = now() WHERE false").execute(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = pool.begin().await.unwrap();
    sqlx::query(&format!("SET LOCAL ROLE \"{reader}\"")).execute(&mut *tx).await.unwrap();
    let links: i64 =
        sqlx::query_scalar("SELECT count(*) FROM stripe_app.customer_links").fetch_one(&mut *tx).await.unwrap();
    assert_eq!(links, 1);
    let refused = sqlx::query("SELECT stripe_app.consume('u1', 'tokens', 1, 'k')").execute(&mut *tx).await.unwrap_err();
    assert!(refused.to_string().contains("permission denied for function consume"), "{refused}");
    drop(tx);

    pool.close().await;
    let _ = std::fs::remove_dir_all(&dir);
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await.unwrap();
    for role in [reader, app] {
        let _ = sqlx::query(&format!("DROP ROLE IF EXISTS \"{role}\"")).execute(&admin).await;
    }
}
