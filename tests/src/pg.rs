//! A Postgres database of its own for each test, dropped afterwards (also when the test panics).

use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// `DATABASE_URL`, default `postgres://postgres@127.0.0.1:5432/postgres`.
pub fn admin_url() -> String {
    std::env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// The same server, another database.
pub fn url_for(db: &str) -> String {
    let base = admin_url();
    let (prefix, rest) = base.rsplit_once('/').expect("DATABASE_URL has a /database");
    let query = rest.split_once('?').map(|(_, q)| format!("?{q}")).unwrap_or_default();
    format!("{prefix}/{db}{query}")
}

pub struct TestDb {
    pub name: String,
    pub url: String,
    pub pool: PgPool,
}

impl TestDb {
    /// Creates `sst_<pid>_<n>` and a pool to it.
    pub async fn new() -> TestDb {
        let name = format!("sst_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
        let admin =
            PgPoolOptions::new().max_connections(1).connect(&admin_url()).await.expect("Postgres at DATABASE_URL");
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await.unwrap();
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.unwrap();
        admin.close().await;
        let url = url_for(&name);
        let pool = PgPoolOptions::new().max_connections(8).connect(&url).await.unwrap();
        TestDb { name, url, pool }
    }
}

impl TestDb {
    /// [`TestDb::new`] with the embedded migrations applied to schema `stripe` (reader role
    /// `<db>_reader`), as a user's database is after `stripe-sync migrate`.
    pub async fn migrated() -> TestDb {
        use stripe_sync::migrate::{self, MigrateOptions};
        let db = TestDb::new().await;
        let opts = MigrateOptions { schema: "stripe".into(), reader_role: db.role("reader") };
        migrate::migrate(&db.url, &opts, &migrate::embedded()).await.unwrap();
        db
    }

    /// The one integer `sql` answers (a count, say).
    pub async fn scalar(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql).fetch_one(&self.pool).await.unwrap()
    }

    /// A role name unique to this database, dropped with it (roles are cluster-wide).
    pub fn role(&self, suffix: &str) -> String {
        format!("{}_{suffix}", self.name)
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let name = self.name.clone();
        // A runtime of its own: Drop may run inside or outside one, and after a panic.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async {
                if let Ok(admin) = PgPoolOptions::new().max_connections(1).connect(&admin_url()).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await;
                    let roles: Vec<String> =
                        sqlx::query_scalar("SELECT rolname::text FROM pg_roles WHERE starts_with(rolname, $1)")
                            .bind(format!("{name}_"))
                            .fetch_all(&admin)
                            .await
                            .unwrap_or_default();
                    for role in roles {
                        let _ = sqlx::query(&format!("DROP ROLE IF EXISTS \"{role}\"")).execute(&admin).await;
                    }
                }
            });
        })
        .join();
    }
}
