//! `backfill --connected-accounts`: the platform, then every connected account with its own
//! data (the fake answers each `Stripe-Account` from its own lists), a revoked one skipped.

use serde_json::{json, Value};
use stripe_schema_tests::fake_stripe::{FakeStripe, Knobs, API_KEY};
use stripe_schema_tests::pg::TestDb;
use stripe_schema_tests::{fixtures_path, load_fixtures};
use stripe_sync::api::ApiClient;
use stripe_sync::backfill::connect::{backfill_connected, AccountOutcome};
use stripe_sync::backfill::BackfillOptions;
use stripe_sync::migrate::{self, MigrateOptions};

fn fixture(resource: &str) -> Value {
    load_fixtures(&fixtures_path("2024-04-10")).into_iter().find(|(r, _)| r == resource).unwrap().1
}

#[tokio::test]
async fn every_connected_account_is_backfilled_with_its_account_and_a_revoked_one_is_skipped() {
    let db = TestDb::new().await;
    let opts = MigrateOptions { schema: "stripe".into(), reader_role: db.role("reader") };
    migrate::migrate(&db.url, &opts, &migrate::embedded()).await.unwrap();
    let fake = FakeStripe::start(&[("/v1/customers", fixture("customer"), 3)]).await;
    let accounts: Vec<Value> = ["acct_1Alpha", "acct_1Beta", "acct_1Revoked"]
        .iter()
        .map(|id| {
            let mut a = fixture("account");
            a["id"] = json!(id);
            a
        })
        .collect();
    fake.add_list("/v1/accounts", accounts);
    fake.add_connected("acct_1Alpha", "/v1/customers", &fixture("customer"), 4);
    fake.add_connected("acct_1Beta", "/v1/customers", &fixture("customer"), 2);
    fake.set_knobs(Knobs { revoked_accounts: vec!["acct_1Revoked".into()], ..Knobs::default() });

    let api = ApiClient::new(&fake.base, API_KEY, stripe_model::API_VERSION, None, 1000);
    let opts = BackfillOptions {
        schema: "stripe".into(),
        objects: Some(vec!["customers".into()]),
        since: None,
        concurrency: 4,
        progress: false,
    };
    let summary = backfill_connected(&db.pool, &api, &opts).await.unwrap();
    assert!(summary.ok(), "{summary:?}");
    assert_eq!(summary.platform.as_ref().unwrap().total(), 3);
    let mut outcomes: Vec<(&str, String)> = summary
        .accounts
        .iter()
        .map(|a| {
            let what = match &a.outcome {
                AccountOutcome::Done(s) => format!("done {}", s.total()),
                AccountOutcome::Skipped(why) => format!("skipped: {why}"),
                AccountOutcome::Failed(why) => format!("failed: {why}"),
            };
            (a.account.as_str(), what)
        })
        .collect();
    outcomes.sort();
    assert_eq!(outcomes[0], ("acct_1Alpha", "done 4".to_string()));
    assert_eq!(outcomes[1], ("acct_1Beta", "done 2".to_string()));
    assert_eq!(outcomes[2].0, "acct_1Revoked");
    assert!(outcomes[2].1.starts_with("skipped: ") && outcomes[2].1.contains("does not have access"), "{outcomes:?}");

    let rows: Vec<(Option<String>, i64)> = sqlx::query_as(
        "SELECT _account, count(*) FROM stripe.customers GROUP BY _account ORDER BY _account NULLS FIRST",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(rows, [(None, 3), (Some("acct_1Alpha".into()), 4), (Some("acct_1Beta".into()), 2)]);
    // Every connected account's request carried its header; cursors are the account's own.
    let requests = fake.requests();
    assert!(requests.iter().any(|r| r.stripe_account.as_deref() == Some("acct_1Beta") && r.path == "/v1/customers"));
    assert!(requests.iter().all(|r| r.status == 200 || r.stripe_account.as_deref() == Some("acct_1Revoked")));

    // Verify compares each account's rows with that account's API: clean.
    for account in ["acct_1Alpha", "acct_1Beta"] {
        let client = api.for_account(Some(account.into()));
        let objects = ["customers".to_string()];
        let report = stripe_sync::verify::verify(&db.pool, &client, "stripe", Some(&objects), 10, false).await.unwrap();
        assert!(report.drift.is_empty(), "{account}: {:?}", report.drift);
        assert!(report.counts.iter().any(|(t, local, remote)| t == "customers" && local == remote), "{report:?}");
    }
    let accounts = stripe_sync::backfill::connect::connected_accounts(&api).await.unwrap();
    assert_eq!(accounts.len(), 3);

    // A connected account's event reaches that account's catch-up only, and lands with it.
    let alpha_customer: String =
        sqlx::query_scalar("SELECT id FROM stripe.customers WHERE _account = 'acct_1Alpha' ORDER BY id LIMIT 1")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    fake.update_connected("acct_1Alpha", "/v1/customers", &alpha_customer, "name", json!("renamed in Alpha"));
    let since = Some(stripe_sync::unix_now() - 60);
    let metrics = stripe_sync::metrics::Metrics::new();
    let platform = stripe_sync::catchup::catch_up(&db.pool, &api, "stripe", since, &metrics).await.unwrap();
    assert_eq!(platform.fetched, 0, "the platform's events are its own");
    let alpha = api.for_account(Some("acct_1Alpha".into()));
    let caught = stripe_sync::catchup::catch_up(&db.pool, &alpha, "stripe", since, &metrics).await.unwrap();
    assert_eq!((caught.fetched, caught.applied), (1, 1));
    let (name, account): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT name, _account FROM stripe.customers WHERE id = $1")
            .bind(&alpha_customer)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!((name.as_deref(), account.as_deref()), (Some("renamed in Alpha"), Some("acct_1Alpha")));

    // A second run resumes per account and writes nothing new.
    let again = backfill_connected(&db.pool, &api, &opts).await.unwrap();
    assert!(again.ok());
    let total: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe.customers").fetch_one(&db.pool).await.unwrap();
    assert_eq!(total, 9);
}
