//! What a backfill shows while it runs: one spinner per list on a terminal, a line every few
//! seconds otherwise (logs), nothing when progress is off. Display only: the lists count
//! their objects on their bar, and the summary comes from their results, not from here.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The run's display; dropping it stops the periodic line.
pub struct Progress {
    bars: MultiProgress,
    ticker: Option<tokio::task::JoinHandle<()>>,
}

impl Progress {
    pub fn start(enabled: bool) -> Progress {
        let started = Instant::now();
        let bars = MultiProgress::new();
        let terminal = enabled && std::io::stderr().is_terminal();
        if !terminal {
            bars.set_draw_target(ProgressDrawTarget::hidden());
        }
        let ticker = (enabled && !terminal).then(|| {
            tokio::spawn(async move {
                let mut every = tokio::time::interval(Duration::from_secs(5));
                every.tick().await;
                loop {
                    every.tick().await;
                    eprintln!("backfill: still running ({:.0?} elapsed)", started.elapsed());
                }
            })
        });
        Progress { bars, ticker }
    }

    /// A list's counter of objects written, shown as a spinner named `name`.
    pub fn list(&self, name: &str) -> ProgressBar {
        let bar = self.bars.add(ProgressBar::new_spinner());
        bar.set_style(
            ProgressStyle::with_template("{prefix:>40} {pos:>8} objects {per_sec:>12} {elapsed_precise} {msg}")
                .unwrap(),
        );
        bar.set_prefix(name.to_string());
        bar
    }

    /// Ends a list's spinner with its result.
    pub fn finish<T, E: std::fmt::Display>(bar: &ProgressBar, result: &Result<T, E>) {
        bar.finish_with_message(match result {
            Ok(_) => "done".to_string(),
            Err(e) => e.to_string(),
        });
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(t) = self.ticker.take() {
            t.abort();
        }
    }
}
