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
}

fn main() -> std::process::ExitCode {
    let result = match Cli::parse().command {
        Command::Generate(args) => generate::run(args),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
