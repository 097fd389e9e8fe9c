//! The `stripe-sync` command.

use clap::{Parser, Subcommand};
use stripe_sync::billing::schema::{self as app_layer, AppOptions};
use stripe_sync::metrics::Metrics;
use stripe_sync::migrate::{self, MigrateOptions};
use stripe_sync::replay::{self, Selection};
use stripe_sync::webhook::signature::Secrets;
use stripe_sync::webhook::{Ack, WebhookConfig, Webhooks};

/// `serve --ack`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum AckArg {
    Stored,
    Applied,
}

#[derive(Parser)]
#[command(name = "stripe-sync", version, about = "Keep Stripe data in your Postgres")]
struct Cli {
    /// Postgres connection URL.
    #[arg(
        long,
        env = "DATABASE_URL",
        hide_env_values = true,
        global = true,
        default_value = "postgres://postgres@127.0.0.1:5432/postgres"
    )]
    database_url: String,
    /// Schema holding the Stripe tables.
    #[arg(long, env = "STRIPE_SYNC_SCHEMA", global = true, default_value = "stripe")]
    schema: String,
    /// Schema of the app layer (users ↔ customers, subscription status, entitlements,
    /// credits), beside the mirror.
    #[arg(long, env = "STRIPE_SYNC_APP_SCHEMA", global = true, default_value = "stripe_app")]
    app_schema: String,
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
        /// Leave the app layer out: the mirror only.
        #[arg(long)]
        no_app: bool,
        /// Role the app connects as: granted the app layer's functions, writing ones included.
        #[arg(long, env = "STRIPE_SYNC_APP_ROLE")]
        app_role: Option<String>,
    },
    /// Load the app layer's configuration (settings, which prices grant credits) from a TOML
    /// file, replacing what it held, in one transaction.
    AppConfig {
        /// The TOML file (see `stripe_sync::billing::config`).
        file: std::path::PathBuf,
    },
    /// Receive signed webhooks: POST <path>, GET /healthz, GET /metrics.
    Serve {
        #[arg(long, env = "STRIPE_SYNC_LISTEN", default_value = "127.0.0.1:8080")]
        listen: std::net::SocketAddr,
        #[arg(long, env = "STRIPE_SYNC_WEBHOOK_PATH", default_value = "/webhooks/stripe")]
        path: String,
        /// Webhook signing secret(s), comma-separated (rotation, Connect endpoints). Never logged.
        #[arg(
            long = "webhook-secret",
            env = "STRIPE_WEBHOOK_SECRET",
            hide_env_values = true,
            value_delimiter = ',',
            required = true
        )]
        secrets: Vec<String>,
        /// Seconds a signature's timestamp may differ from now.
        #[arg(long, default_value_t = 300)]
        tolerance: i64,
        /// Largest body accepted, in bytes.
        #[arg(long, default_value_t = 1 << 20)]
        max_body: usize,
        /// Stripe key to read partial embedded lists whole (an invoice with more than 10 lines
        /// in an event); without one they wait for `backfill` or `verify --fix`. Never logged.
        #[arg(long, env = "STRIPE_API_KEY", hide_env_values = true)]
        api_key: Option<String>,
        #[arg(long, env = "STRIPE_API_BASE", default_value = "https://api.stripe.com")]
        api_base: String,
        /// When to answer a delivery: once it is stored (`stored`, Stripe's advice; its rows
        /// follow within milliseconds) or once its rows are written (`applied`).
        #[arg(long, value_enum, default_value = "stored")]
        ack: AckArg,
        /// Prune the ledger hourly: payloads of applied events older than this (e.g. `90d`).
        #[arg(long, value_parser = humantime::parse_duration)]
        prune_older_than: Option<std::time::Duration>,
    },
    /// Fill the tables from the API's list endpoints (resumable).
    Backfill {
        #[command(flatten)]
        api: ApiArgs,
        /// Tables, objects or resource ids, comma-separated.
        #[arg(long, value_delimiter = ',', conflicts_with = "all")]
        objects: Option<Vec<String>>,
        /// Every resource with a list endpoint (the default).
        #[arg(long)]
        all: bool,
        /// Only objects created at or after this time (unix seconds or RFC 3339).
        #[arg(long)]
        since: Option<String>,
        /// List requests in flight at once: objects, and `created` windows of large ones (all
        /// under the one rate limit).
        #[arg(long, default_value_t = 8)]
        concurrency: usize,
        /// Also every connected account of the platform (Connect), each read with its
        /// Stripe-Account header, as many at once as --concurrency, all under the one rate
        /// limit; processes started together share the accounts.
        #[arg(long, conflicts_with = "account")]
        connected_accounts: bool,
    },
    /// Apply the events of /v1/events created since the last one seen.
    CatchUp {
        #[command(flatten)]
        api: ApiArgs,
        /// Start here instead of after the last event seen (unix seconds or RFC 3339).
        #[arg(long)]
        since: Option<String>,
        /// Also every connected account of the platform (Connect), each with its own cursor.
        #[arg(long, conflicts_with = "account")]
        connected_accounts: bool,
    },
    /// Compare the tables with the API; exit 1 on drift.
    Verify {
        #[command(flatten)]
        api: ApiArgs,
        #[arg(long, value_delimiter = ',')]
        objects: Option<Vec<String>>,
        /// Objects per table compared field by field.
        #[arg(long, default_value_t = 100)]
        sample: usize,
        /// Re-fetch and write the drifted rows.
        #[arg(long)]
        fix: bool,
        /// Also every connected account of the platform (Connect), each with its own rows.
        #[arg(long, conflicts_with = "account")]
        connected_accounts: bool,
    },
    /// Keep the ledger bounded: replace the payloads of applied events older than a cutoff
    /// with a stub (rows stay for deduplication; pending and failed events are never touched).
    Prune {
        /// Age of the events to prune, e.g. `90d`, `12h`.
        #[arg(long, value_parser = humantime::parse_duration)]
        older_than: std::time::Duration,
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

#[derive(clap::Args)]
struct ApiArgs {
    /// Stripe secret or restricted key. Never logged or stored.
    #[arg(long, env = "STRIPE_API_KEY", hide_env_values = true)]
    api_key: String,
    #[arg(long, env = "STRIPE_API_BASE", default_value = "https://api.stripe.com")]
    api_base: String,
    /// Connect account to read (Stripe-Account header).
    #[arg(long)]
    account: Option<String>,
    /// Requests per second (default: 25 for test keys, 100 for live keys).
    #[arg(long)]
    rate_limit: Option<u32>,
}

impl ApiArgs {
    fn client(&self) -> stripe_sync::api::ApiClient {
        let rate = self.rate_limit.unwrap_or_else(|| stripe_sync::api::default_rate(&self.api_key));
        stripe_sync::api::ApiClient::new(
            &self.api_base,
            &self.api_key,
            stripe_model::API_VERSION,
            self.account.clone(),
            rate,
        )
    }
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Migrate { check, reader_role, no_app, app_role } => {
            let app = (!no_app).then(|| AppOptions {
                schema: cli.app_schema.clone(),
                mirror: cli.schema.clone(),
                reader_role: reader_role.clone(),
            });
            run_migrate(&cli.database_url, MigrateOptions { schema: cli.schema, reader_role }, app, app_role, check)
                .await
        }
        Command::AppConfig { file } => run_app_config(&cli.database_url, &cli.app_schema, &file).await,
        Command::Serve { listen, path, secrets, tolerance, max_body, api_key, api_base, ack, prune_older_than } => {
            let mut config = WebhookConfig::new(Secrets::new(secrets), cli.schema.clone());
            config.app_schema = cli.app_schema.clone();
            config.ack = match ack {
                AckArg::Stored => Ack::Stored,
                AckArg::Applied => Ack::Applied,
            };
            config.tolerance_secs = tolerance;
            config.max_body_bytes = max_body;
            config.api = api_key.map(|key| {
                stripe_sync::api::ApiClient::new(
                    &api_base,
                    &key,
                    stripe_model::API_VERSION,
                    None,
                    stripe_sync::api::default_rate(&key),
                )
            });
            run_serve(&cli.database_url, &cli.schema, listen, &path, config, prune_older_than).await
        }
        Command::Replay { failed, id, since } => run_replay(&cli.database_url, &cli.schema, failed, id, since).await,
        Command::Prune { older_than } => run_prune(&cli.database_url, &cli.schema, older_than).await,
        Command::Backfill { api, objects, all: _, since, concurrency, connected_accounts } => {
            let since = since.as_deref().map(parse_time).transpose();
            match since {
                Err(e) => Err(e),
                Ok(since) if connected_accounts => {
                    run_backfill_connected(&cli.database_url, &cli.schema, &api, objects, since, concurrency).await
                }
                Ok(since) => run_backfill(&cli.database_url, &cli.schema, &api, objects, since, concurrency).await,
            }
        }
        Command::CatchUp { api, since, connected_accounts } => match since.as_deref().map(parse_time).transpose() {
            Err(e) => Err(e),
            Ok(since) => run_catch_up(&cli.database_url, &cli.schema, &api, since, connected_accounts).await,
        },
        Command::Verify { api, objects, sample, fix, connected_accounts } => {
            run_verify(&cli.database_url, &cli.schema, &api, objects, sample, fix, connected_accounts).await
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run_migrate(
    url: &str,
    opts: MigrateOptions,
    app: Option<AppOptions>,
    app_role: Option<String>,
    check: bool,
) -> anyhow::Result<std::process::ExitCode> {
    let chain = migrate::embedded();
    if check {
        let mut pending: Vec<(String, migrate::ChainMigration)> =
            migrate::check(url, &opts, &chain).await?.into_iter().map(|m| (opts.schema.clone(), m)).collect();
        if let Some(app) = &app {
            pending.extend(app_layer::check(url, app).await?.into_iter().map(|m| (app.schema.clone(), m)));
        }
        if pending.is_empty() {
            println!("schema `{}` is up to date ({} migrations applied)", opts.schema, chain.len());
            if let Some(app) = &app {
                println!("schema `{}` is up to date", app.schema);
            }
            return Ok(std::process::ExitCode::SUCCESS);
        }
        println!("{} pending migration(s):", pending.len());
        for (schema, m) in &pending {
            println!("  {schema} {:04} {}", m.version, m.description);
        }
        return Ok(std::process::ExitCode::from(1));
    }
    let mut applied: Vec<(String, migrate::ChainMigration)> =
        migrate::migrate(url, &opts, &chain).await?.into_iter().map(|m| (opts.schema.clone(), m)).collect();
    if let Some(app) = &app {
        applied.extend(app_layer::migrate(url, app).await?.into_iter().map(|m| (app.schema.clone(), m)));
        if let Some(role) = &app_role {
            app_layer::grant_app_role(url, app, role).await?;
            println!("role `{role}` may call the functions of schema `{}`", app.schema);
        }
    }
    if applied.is_empty() {
        println!("up to date; nothing to apply");
    }
    for (schema, m) in &applied {
        println!("applied {schema} {:04} {}", m.version, m.description);
    }
    Ok(std::process::ExitCode::SUCCESS)
}

async fn run_app_config(url: &str, schema: &str, file: &std::path::Path) -> anyhow::Result<std::process::ExitCode> {
    use stripe_sync::billing::config;
    let name = file.display().to_string();
    let text = std::fs::read_to_string(file).map_err(|e| anyhow::anyhow!("{name}: cannot read it: {e}"))?;
    let parsed = config::parse(&text, &name)?;
    config::load(&pool(url).await?, schema, &parsed, &name).await?;
    println!(
        "{name}: {} setting(s) and {} credit rule(s) loaded into `{schema}`",
        parsed.settings.len(),
        parsed.credits.len()
    );
    Ok(std::process::ExitCode::SUCCESS)
}

async fn pool(url: &str) -> anyhow::Result<sqlx::PgPool> {
    let opts = stripe_sync::db::options(url)?;
    Ok(sqlx::postgres::PgPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(std::time::Duration::from_secs(5))
        .connect_lazy_with(opts))
}

async fn run_serve(
    url: &str,
    schema: &str,
    listen: std::net::SocketAddr,
    path: &str,
    config: WebhookConfig,
    prune_older_than: Option<std::time::Duration>,
) -> anyhow::Result<std::process::ExitCode> {
    let opts = MigrateOptions { schema: schema.into(), ..Default::default() };
    migrate::ensure_ready(url, &opts, &migrate::embedded()).await?;
    let pool = pool(url).await?;
    if let Some(age) = prune_older_than {
        stripe_sync::prune::spawn_periodic(pool.clone(), schema.to_string(), age, std::time::Duration::from_secs(3600));
    }
    let hooks = Webhooks::new(pool, config, Metrics::new());
    let app = stripe_sync::webhook::http::router(hooks, path);
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

async fn run_prune(url: &str, schema: &str, older_than: std::time::Duration) -> anyhow::Result<std::process::ExitCode> {
    let opts = MigrateOptions { schema: schema.into(), ..Default::default() };
    migrate::ensure_ready(url, &opts, &migrate::embedded()).await?;
    let summary = stripe_sync::prune::prune(&pool(url).await?, schema, older_than).await?;
    println!(
        "pruned the payloads of {} applied event(s) older than {}",
        summary.pruned,
        humantime::format_duration(older_than)
    );
    Ok(std::process::ExitCode::SUCCESS)
}

async fn run_replay(
    url: &str,
    schema: &str,
    failed: bool,
    id: Option<String>,
    since: Option<String>,
) -> anyhow::Result<std::process::ExitCode> {
    let selection = match (failed, id, since) {
        (true, _, _) => Selection::Failed,
        (_, Some(id), _) => Selection::Id(id),
        (_, _, Some(since)) => Selection::Since(parse_time(&since)?),
        _ => anyhow::bail!("say what to replay: --failed, --id EVT_ID or --since TIME"),
    };
    let opts = MigrateOptions { schema: schema.into(), ..Default::default() };
    migrate::ensure_ready(url, &opts, &migrate::embedded()).await?;
    let summary = replay::replay(&pool(url).await?, schema, &selection, &Metrics::new()).await?;
    println!(
        "replayed {} event(s): {} applied, {} failed",
        summary.applied + summary.failed,
        summary.applied,
        summary.failed
    );
    if summary.pruned > 0 {
        println!("{} selected event(s) skipped: their payloads were pruned (`stripe-sync prune`)", summary.pruned);
    }
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

async fn ready_pool(url: &str, schema: &str) -> anyhow::Result<sqlx::PgPool> {
    let opts = MigrateOptions { schema: schema.into(), ..Default::default() };
    migrate::ensure_ready(url, &opts, &migrate::embedded()).await?;
    pool(url).await
}

async fn run_backfill(
    url: &str,
    schema: &str,
    api: &ApiArgs,
    objects: Option<Vec<String>>,
    since: Option<i64>,
    concurrency: usize,
) -> anyhow::Result<std::process::ExitCode> {
    let pool = ready_pool(url, schema).await?;
    let opts =
        stripe_sync::backfill::BackfillOptions { schema: schema.into(), objects, since, concurrency, progress: true };
    let (summary, ok) = match stripe_sync::backfill::backfill(&pool, &api.client(), &opts).await {
        Ok(summary) => (summary, true),
        Err(stripe_sync::backfill::BackfillError::Incomplete(summary)) => (*summary, false),
        Err(e) => return Err(e.into()),
    };
    println!("{:<40} {:>10}  {:<60} outcome", "table", "objects", "list");
    for r in &summary.lists {
        let since = if r.since_ignored { " (--since did not apply: paged whole)" } else { "" };
        println!("{:<40} {:>10}  {:<60} {}{since}", r.table, r.written, r.source, r.outcome);
    }
    let secs = summary.elapsed.as_secs_f64();
    let skipped = summary.skipped().count();
    let failed = summary.failed().count();
    println!(
        "backfilled {} objects in {:.1} s ({:.0}/s): {} list(s) done, {skipped} skipped, {failed} failed",
        summary.total(),
        secs,
        summary.total() as f64 / secs.max(1e-9),
        summary.lists.len() - skipped - failed
    );
    let partial = &summary.partial_lists;
    if partial.completed > 0 || !partial.failed.is_empty() {
        println!(
            "partial embedded lists recorded by webhooks: {} read whole, {} left for the next run",
            partial.completed,
            partial.failed.len()
        );
        for (key, error) in &partial.failed {
            println!("  {key}: {error}");
        }
    }
    Ok(if ok { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::from(1) })
}

async fn run_backfill_connected(
    url: &str,
    schema: &str,
    api: &ApiArgs,
    objects: Option<Vec<String>>,
    since: Option<i64>,
    concurrency: usize,
) -> anyhow::Result<std::process::ExitCode> {
    use stripe_sync::backfill::connect::backfill_connected;
    let pool = ready_pool(url, schema).await?;
    let opts =
        stripe_sync::backfill::BackfillOptions { schema: schema.into(), objects, since, concurrency, progress: true };
    let summary = backfill_connected(&pool, &api.client(), &opts).await?;
    match &summary.platform {
        Ok(s) => println!("{:<30} {:>10} objects", "platform", s.total()),
        Err(e) => println!("{:<30} failed: {e}", "platform"),
    }
    for a in &summary.accounts {
        println!("{:<30} {}", a.account, stripe_sync::backfill::connect::outcome_line(&a.outcome));
    }
    Ok(if summary.ok() { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::from(1) })
}

/// The platform's client, and with `connected_accounts` one per connected account after it.
async fn clients(api: &ApiArgs, connected_accounts: bool) -> anyhow::Result<Vec<stripe_sync::api::ApiClient>> {
    let platform = api.client();
    let mut clients = vec![platform.clone()];
    if connected_accounts {
        let accounts = stripe_sync::backfill::connect::connected_accounts(&platform).await?;
        clients.extend(accounts.into_iter().map(|a| platform.for_account(Some(a))));
    }
    Ok(clients)
}

async fn run_catch_up(
    url: &str,
    schema: &str,
    api: &ApiArgs,
    since: Option<i64>,
    connected_accounts: bool,
) -> anyhow::Result<std::process::ExitCode> {
    let pool = ready_pool(url, schema).await?;
    let clients = clients(api, connected_accounts).await?;
    let (metrics, mut ok) = (Metrics::new(), true);
    for client in &clients {
        let who = client.account().unwrap_or("platform");
        match stripe_sync::catchup::catch_up(&pool, client, schema, since, &metrics).await {
            Ok(s) => {
                println!(
                    "{who}: caught up: {} events fetched, {} applied, {} already applied, {} failed",
                    s.fetched, s.applied, s.duplicates, s.failed
                );
                ok &= s.failed == 0;
            }
            Err(stripe_sync::catchup::CatchUpError::Api(e)) if e.is_account_invalid() => {
                println!("{who}: skipped: {}", e.unavailable().unwrap_or("account_invalid"));
            }
            // One account's failure (no cursor yet, a gap too long) never stops the others.
            Err(e) if connected_accounts => {
                println!("{who}: failed: {e}");
                ok = false;
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(if ok { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::from(1) })
}

async fn run_verify(
    url: &str,
    schema: &str,
    api: &ApiArgs,
    objects: Option<Vec<String>>,
    sample: usize,
    fix: bool,
    connected_accounts: bool,
) -> anyhow::Result<std::process::ExitCode> {
    let pool = ready_pool(url, schema).await?;
    let clients = clients(api, connected_accounts).await?;
    let mut clean = true;
    for client in &clients {
        let who = client.account().unwrap_or("platform");
        if connected_accounts {
            println!("== {who}");
        }
        let report = match stripe_sync::verify::verify(&pool, client, schema, objects.as_deref(), sample, fix).await {
            Ok(report) => report,
            Err(stripe_sync::backfill::BackfillError::Api(e)) if e.is_account_invalid() => {
                println!("skipped: {}", e.unavailable().unwrap_or("account_invalid"));
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        for (table, local, remote) in &report.counts {
            println!("{table:>40} table {local:>8}  api {remote:>8}");
        }
        for d in &report.drift {
            println!("drift: {d}");
        }
        if fix && report.fixed > 0 {
            println!("fixed {} drifted row(s)", report.fixed);
        } else if !report.drift.is_empty() {
            clean = false;
        }
    }
    Ok(if clean { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::from(1) })
}
