//! The `stripe-sync` command.

use clap::{Parser, Subcommand};
use stripe_sync::migrate::{self, MigrateOptions};

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
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).with_writer(std::io::stderr).init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Migrate { check, reader_role } => run_migrate(&cli.database_url, MigrateOptions { schema: cli.schema, reader_role }, check).await,
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
