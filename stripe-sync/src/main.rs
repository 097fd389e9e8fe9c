//! The `stripe-sync` command.

use clap::{Parser, Subcommand};
use stripe_sync::metrics::Metrics;
use stripe_sync::migrate::{self, MigrateOptions};
use stripe_sync::replay::{self, Selection};
use stripe_sync::signature::Secrets;
use stripe_sync::webhook::{WebhookConfig, Webhooks};

#[derive(Parser)]
#[command(name = "stripe-sync", version, about = "Keep Stripe data in your Postgres")]
struct Cli {
    /// Postgres connection URL.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true, global = true, default_value = "postgres://postgres@127.0.0.1:5432/postgres")]
    database_url: String,
    /// Schema holding the Stripe tables.
    #[arg(long, env = "STRIPE_SYNC_SCHEMA", global = true, default_value = "stripe")]
    schema: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply pending migrations (or, with --check, list them and exit non-zero if any).
    Migrate {
        #[arg(long)]
        check: bool,
        /// Read-only role granted USAGE and SELECT on the schema.
        #[arg(long, env = "STRIPE_SYNC_READER_ROLE", default_value = "stripe_reader")]
        reader_role: String,
    },
    /// Receive signed webhooks: POST <path>, GET /healthz, GET /metrics.
    Serve {
        #[arg(long, env = "STRIPE_SYNC_LISTEN", default_value = "127.0.0.1:8080")]
        listen: std::net::SocketAddr,
        #[arg(long, env = "STRIPE_SYNC_WEBHOOK_PATH", default_value = "/webhooks/stripe")]
        path: String,
        /// Webhook signing secret(s), comma-separated (rotation, Connect endpoints). Never logged.
        #[arg(long = "webhook-secret", env = "STRIPE_WEBHOOK_SECRET", hide_env_values = true, value_delimiter = ',', required = true)]
        secrets: Vec<String>,
        /// Seconds a signature's timestamp may differ from now.
        #[arg(long, default_value_t = 300)]
        tolerance: i64,
        /// Largest body accepted, in bytes.
        #[arg(long, default_value_t = 1 << 20)]
        max_body: usize,
    },
    /// Apply stored events again: dead letters, one event, or every event since a time.
    Replay {
        #[arg(long, conflicts_with_all = ["id", "since"])]
        failed: bool,
        #[arg(long)]
        id: Option<String>,
        /// Unix time, or RFC 3339 (2026-01-31T00:00:00Z).
        #[arg(long)]
        since: Option<String>,
    },
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).with_writer(std::io::stderr).init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Migrate { check, reader_role } => run_migrate(&cli.database_url, MigrateOptions { schema: cli.schema, reader_role }, check).await,
        Command::Serve { listen, path, secrets, tolerance, max_body } => {
            let mut config = WebhookConfig::new(Secrets::new(secrets), cli.schema.clone());
            config.tolerance_secs = tolerance;
            config.max_body_bytes = max_body;
            run_serve(&cli.database_url, &cli.schema, listen, &path, config).await
        }
        Command::Replay { failed, id, since } => run_replay(&cli.database_url, &cli.schema, failed, id, since).await,
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run_migrate(url: &str, opts: MigrateOptions, check: bool) -> anyhow::Result<std::process::ExitCode> {
    let chain = migrate::embedded();
    if check {
        let pending = migrate::check(url, &opts, &chain).await?;
        if pending.is_empty() {
            println!("schema `{}` is up to date ({} migrations applied)", opts.schema, chain.len());
            return Ok(std::process::ExitCode::SUCCESS);
        }
        println!("schema `{}` has {} pending migration(s):", opts.schema, pending.len());
        for m in &pending {
            println!("  {:04} {}", m.version, m.description);
        }
        return Ok(std::process::ExitCode::from(1));
    }
    let applied = migrate::migrate(url, &opts, &chain).await?;
    if applied.is_empty() {
        println!("schema `{}` is up to date; nothing to apply", opts.schema);
    }
    for m in &applied {
        println!("applied {:04} {}", m.version, m.description);
    }
    Ok(std::process::ExitCode::SUCCESS)
}

async fn pool(url: &str) -> anyhow::Result<sqlx::PgPool> {
    let opts = stripe_sync::db::options(url)?;
    Ok(sqlx::postgres::PgPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(std::time::Duration::from_secs(5))
        .connect_lazy_with(opts))
}

async fn run_serve(url: &str, schema: &str, listen: std::net::SocketAddr, path: &str, config: WebhookConfig) -> anyhow::Result<std::process::ExitCode> {
    let opts = MigrateOptions { schema: schema.into(), ..Default::default() };
    migrate::ensure_ready(url, &opts, &migrate::embedded()).await?;
    let hooks = Webhooks::new(pool(url).await?, config, Metrics::new());
    let app = stripe_sync::http::router(hooks, path);
    let listener = tokio::net::TcpListener::bind(listen).await?;
    tracing::info!(%listen, path, schema, "stripe-sync serving webhooks");
    eprintln!("listening on http://{listen}{path}");
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(std::process::ExitCode::SUCCESS)
}

async fn run_replay(url: &str, schema: &str, failed: bool, id: Option<String>, since: Option<String>) -> anyhow::Result<std::process::ExitCode> {
    let selection = match (failed, id, since) {
        (true, _, _) => Selection::Failed,
        (_, Some(id), _) => Selection::Id(id),
        (_, _, Some(since)) => Selection::Since(parse_time(&since)?),
        _ => anyhow::bail!("say what to replay: --failed, --id EVT_ID or --since TIME"),
    };
    let opts = MigrateOptions { schema: schema.into(), ..Default::default() };
    migrate::ensure_ready(url, &opts, &migrate::embedded()).await?;
    let summary = replay::replay(&pool(url).await?, schema, &selection, &Metrics::new()).await?;
    println!("replayed {} event(s): {} applied, {} failed", summary.applied + summary.failed, summary.applied, summary.failed);
    Ok(if summary.failed == 0 { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::from(1) })
}

fn parse_time(s: &str) -> anyhow::Result<i64> {
    if let Ok(t) = s.parse::<i64>() {
        return Ok(t);
    }
    sqlx::types::chrono::DateTime::parse_from_rfc3339(s)
        .map(|d| d.timestamp())
        .map_err(|e| anyhow::anyhow!("--since `{s}` is neither unix seconds nor RFC 3339 ({e})"))
}
