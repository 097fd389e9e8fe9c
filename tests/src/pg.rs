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

    /// A pool standing for one process of its own (its own connections, so its own claims),
    /// its backends named `process` in `pg_stat_activity` for [`TestDb::process_gone`].
    pub async fn process_pool(&self, process: &str) -> PgPool {
        let options: sqlx::postgres::PgConnectOptions = self.url.parse().unwrap();
        PgPoolOptions::new().max_connections(6).connect_with(options.application_name(process)).await.unwrap()
    }

    /// Waits until no backend of `process` is left: a process killed (its task aborted) may
    /// have sent a COMMIT the server is still carrying out, so what it stored is only known
    /// once its backends have exited, as after a real kill -9.
    pub async fn process_gone(&self, process: &str) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let left = self.backends_of(process).await;
            if left == 0 {
                return;
            }
            assert!(std::time::Instant::now() < deadline, "{left} backends of {process} still open after 30 s");
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
    }

    /// The backends `process` ([`TestDb::process_pool`]) has open.
    pub async fn backends_of(&self, process: &str) -> i64 {
        sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1",
        )
        .bind(process)
        .fetch_one(&self.pool)
        .await
        .unwrap()
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
