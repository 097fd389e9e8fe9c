//! Project tooling: `cargo xtask generate`, `cargo xtask bench`.

mod generate;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "stripe-schema project tasks")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate models, SQL and migrations for one Stripe API version.
    Generate(generate::Args),
    /// Measure generate, builds, webhook ingest; append the figures to BENCHMARKS.md.
    Bench {
        /// One run of each measurement on small inputs (what CI runs).
        #[arg(long)]
        quick: bool,
        /// Print only; do not append to BENCHMARKS.md.
        #[arg(long)]
        no_record: bool,
        /// Only these measurements: generate, build, webhook, backfill (comma-separated).
        #[arg(long)]
        only: Option<String>,
    },
}

fn main() -> std::process::ExitCode {
    let result = match Cli::parse().command {
        Command::Generate(args) => generate::run(args),
        Command::Bench { quick, no_record, only } => bench(quick, no_record, only),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Runs the release-built harness (`xtask/bench`), so the measurements are of optimized code.
fn bench(quick: bool, no_record: bool, only: Option<String>) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = std::process::Command::new(cargo);
    cmd.args(["run", "--quiet", "--release", "-p", "xtask-bench", "--"]).current_dir(generate::workspace_root());
    if quick {
        cmd.arg("--quick");
    }
    if no_record {
        cmd.arg("--no-record");
    }
    if let Some(only) = only {
        cmd.args(["--only", &only]);
    }
    anyhow::ensure!(cmd.status()?.success(), "the benchmark harness failed");
    Ok(())
}
