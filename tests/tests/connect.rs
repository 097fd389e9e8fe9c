//! `backfill --connected-accounts`: the platform, then every connected account with its own
//! data (the fake answers each `Stripe-Account` from its own lists), a revoked one skipped.

use serde_json::{json, Value};
use stripe_schema_tests::fake_stripe::{FakeStripe, Knobs, API_KEY};
use stripe_schema_tests::pg::TestDb;
use stripe_schema_tests::{fixtures_path, load_fixtures};
use stripe_sync::api::ApiClient;
use stripe_sync::backfill::connect::{backfill_connected, outcome_line, AccountOutcome};
use stripe_sync::backfill::BackfillOptions;

fn fixture(resource: &str) -> Value {
    load_fixtures(&fixtures_path("2024-04-10")).into_iter().find(|(r, _)| r == resource).unwrap().1
}

#[tokio::test]
async fn every_connected_account_is_backfilled_with_its_account_and_a_revoked_one_is_skipped() {
    let db = TestDb::migrated().await;
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
    let mut outcomes: Vec<(&str, String)> =
        summary.accounts.iter().map(|a| (a.account.as_str(), outcome_line(&a.outcome))).collect();
    outcomes.sort();
    assert_eq!(outcomes[0], ("acct_1Alpha", "4 objects, 0 list(s) skipped".to_string()));
    assert_eq!(outcomes[1], ("acct_1Beta", "2 objects, 0 list(s) skipped".to_string()));
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

/// A platform with 200 connected accounts and three backfill processes on one database, one
/// killed mid-way and started again: every account's rows land once with its `_account`, the
/// accounts are shared out (no list page fetched twice but what the killed one had in flight),
/// and nothing is left claimed or open.
#[tokio::test]
async fn three_workers_share_two_hundred_accounts_and_one_killed_leaves_nothing_undone() {
    let db = TestDb::migrated().await;
    let (customer, charge) = (fixture("customer"), fixture("charge"));
    let fake = FakeStripe::start(&[("/v1/customers", customer.clone(), 5)]).await;
    let accounts = fake.add_connected_accounts(
        200,
        &fixture("account"),
        &[("/v1/customers", &customer), ("/v1/charges", &charge)],
        3,
    );
    fake.set_knobs(Knobs { latency: std::time::Duration::from_millis(5), ..Knobs::default() });
    let opts = BackfillOptions {
        schema: "stripe".into(),
        objects: Some(vec!["customers".into(), "charges".into()]),
        since: None,
        concurrency: 4,
        progress: false,
    };
    // Each worker a process of its own: its own pool (so its own claims), its own client.
    let worker = || {
        let (url, opts) = (db.url.clone(), opts.clone());
        let api = ApiClient::new(&fake.base, API_KEY, stripe_model::API_VERSION, None, 10_000);
        tokio::spawn(async move {
            let pool = sqlx::postgres::PgPoolOptions::new().max_connections(6).connect(&url).await.unwrap();
            backfill_connected(&pool, &api, &opts).await
        })
    };
    let (a, b, doomed) = (worker(), worker(), worker());
    let accounts_written = || async {
        sqlx::query_scalar::<_, i64>("SELECT count(DISTINCT _account) FROM stripe.charges")
            .fetch_one(&db.pool)
            .await
            .unwrap()
    };
    while accounts_written().await < 60 {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    doomed.abort();
    let _ = doomed.await;
    let restarted = worker();
    let mut done_here = Vec::new();
    for w in [a, b, restarted] {
        let summary = w.await.unwrap().unwrap();
        assert!(summary.ok(), "{summary:?}");
        assert_eq!(summary.accounts.len(), 200, "every account is reported by every process");
        done_here.push(summary.accounts.iter().filter(|r| matches!(r.outcome, AccountOutcome::Done(_))).count());
    }
    assert!(done_here[0] > 0 && done_here[1] > 0, "the accounts were shared out: {done_here:?}");

    for table in ["customers", "charges"] {
        let per_account: Vec<(Option<String>, i64, i64)> = sqlx::query_as(&format!(
            "SELECT _account, count(*), count(DISTINCT id) FROM stripe.{table} GROUP BY _account ORDER BY _account NULLS FIRST"
        ))
        .fetch_all(&db.pool)
        .await
        .unwrap();
        let connected: Vec<_> = per_account.iter().filter(|(a, ..)| a.is_some()).collect();
        assert_eq!(connected.len(), 200, "{table}: every account");
        assert!(connected.iter().all(|(_, n, d)| (*n, *d) == (3, 3)), "{table}: each account's three, once");
        let mine: i64 = sqlx::query_scalar(&format!(
            "SELECT count(*) FROM stripe.{table} WHERE _account IS NOT NULL AND id NOT LIKE '%' || substr(_account, 6) || '%'"
        ))
        .fetch_one(&db.pool)
        .await
        .unwrap();
        assert_eq!(mine, 0, "{table}: every row carries the account it came from");
    }
    let platform: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe.customers WHERE _account IS NULL")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(platform, 5);
    assert_eq!(accounts.len(), 200);

    // The same page fetched more than once: only what the killed worker had in flight, so
    // pages of at most `concurrency` connected accounts (the ones it held) and of the
    // platform's own lists, each fetched at most twice. Every process lists the accounts.
    let mut seen = std::collections::HashMap::new();
    for r in fake.requests().iter().filter(|r| r.path != "/v1/accounts" && r.status == 200) {
        *seen.entry((r.stripe_account.clone(), r.path.clone(), r.query.clone())).or_insert(0) += 1;
    }
    let again: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    let held: std::collections::HashSet<_> = again.iter().filter_map(|((account, ..), _)| account.as_ref()).collect();
    assert!(
        held.len() <= opts.concurrency && again.iter().all(|(_, n)| **n == 2),
        "pages fetched again beyond what the killed worker held: {again:?}"
    );
    let open: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe._sync_state WHERE key NOT LIKE '%:finished'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(open, 0, "no cursor or run left open");
}
