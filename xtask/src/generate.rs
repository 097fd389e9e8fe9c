//! `cargo xtask generate`: spec → IR → every generated file; `--check` compares instead.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use stripe_openapi::source::SpecLocator;

#[derive(clap::Args)]
pub struct Args {
    /// Stripe API version, e.g. 2025-03-31.basil. Default: the version the committed tree
    /// was generated from (`openapi/generated-version`).
    #[arg(long)]
    api_version: Option<String>,
    /// Use this spec file (JSON or YAML) instead of looking one up.
    #[arg(long)]
    spec: Option<PathBuf>,
    /// Write the generated tree under DIR (same relative paths) instead of the workspace.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Regenerate in memory and fail, listing the files that differ from the committed ones.
    #[arg(long)]
    check: bool,
    /// In the new migration, DROP tables and columns the new version removed (default: keep
    /// them, commented "removed in V"; their data stays in `_raw` either way).
    #[arg(long)]
    drop_removed: bool,
    /// Schema of the FDW's foreign tables and views in stripe-sync/fdw/tables.sql.
    #[arg(long, default_value = stripe_codegen::fdw::DEFAULT_SCHEMA)]
    fdw_schema: String,
}

/// The committed record of which version the tree was generated from.
const VERSION_FILE: &str = "openapi/generated-version";

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits in the workspace").to_path_buf()
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let root = workspace_root();
    let version = match args.api_version {
        Some(v) => v,
        None => std::fs::read_to_string(root.join(VERSION_FILE))
            .with_context(|| format!("no --api-version given and {VERSION_FILE} is missing"))?
            .trim()
            .to_string(),
    };
    let started = Instant::now();
    let locator = SpecLocator::from_env(args.spec.clone(), &root);
    let spec_file = locator.resolve(&version)?;
    let t_read = started.elapsed();
    let spec = stripe_openapi::parse::parse_spec(&spec_file.path, &spec_file.bytes)?;
    let t_parse = started.elapsed();
    let api = stripe_openapi::ir::build(&spec);
    if api.version != version {
        eprintln!(
            "warning: {} says it is API version {}, generating as {version}",
            spec_file.path.display(),
            api.version
        );
    }
    let t_ir = started.elapsed();
    let chain = read_chain(&root)?;
    let opts = stripe_codegen::sql::migration::MigrationOptions { drop_removed: args.drop_removed };
    let mut tree =
        stripe_codegen::generate_all_with_fdw_schema(&api, &spec_file.blob_sha1, &chain, opts, &args.fdw_schema)?;
    tree.files.insert(VERSION_FILE.into(), format!("{version}\n"));
    let t_emit = started.elapsed();

    if args.check {
        let drift = drift(&root, &tree)?;
        if !drift.is_empty() {
            bail!(
                "generated files differ from what `cargo xtask generate --api-version {version}` writes:\n{}\nRun `cargo xtask generate` and commit the result.",
                drift.join("\n")
            );
        }
        println!("generate --check: {} files up to date ({version})", tree.files.len());
        return Ok(());
    }
    let out = args.out.clone().unwrap_or_else(|| root.clone());
    write_tree(&out, &tree, args.out.is_none())?;
    println!(
        "generated {} files for {version} into {} (read {:.0?}, parse {:.0?}, IR {:.0?}, emit {:.0?}, total {:.0?})",
        tree.files.len(),
        out.display(),
        t_read,
        t_parse - t_read,
        t_ir - t_parse,
        t_emit - t_ir,
        started.elapsed()
    );
    println!("{} resources, {} schemas", api.resources.len(), api.schemas.len());
    if !api.untyped.is_empty() {
        println!("{} place(s) typed as raw JSON (serde_json::Value):", api.untyped.len());
        for u in &api.untyped {
            println!("  {}: {}", u.path, u.reason);
        }
    }
    Ok(())
}

/// The committed migration chain and schema snapshots.
fn read_chain(root: &Path) -> anyhow::Result<stripe_codegen::chain::Chain> {
    let mut files = Vec::new();
    for path in list_files(&root.join(stripe_codegen::MIGRATIONS_DIR))? {
        if path.extension().is_some_and(|e| e == "sql") {
            files.push(path.file_name().unwrap().to_string_lossy().to_string());
        }
    }
    let manifest_path = root.join(stripe_codegen::CHAIN_FILE);
    let manifest = match std::fs::read_to_string(&manifest_path) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(anyhow::anyhow!("reading {}: {e}", manifest_path.display())),
    };
    let mut snapshots = Vec::new();
    for path in list_files(&root.join(stripe_codegen::SCHEMA_DIR))? {
        if path.extension().is_some_and(|e| e == "json") && path != manifest_path {
            snapshots.push(std::fs::read_to_string(&path)?);
        }
    }
    Ok(stripe_codegen::chain::Chain::from_files(manifest.as_deref(), &files, &snapshots)?)
}

/// Directories whose contents are wholly generated: stale files there are drift too.
const GENERATED_DIRS: &[&str] = &[stripe_codegen::MODEL_DIR];

fn drift(root: &Path, tree: &stripe_codegen::GeneratedTree) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    for (path, content) in &tree.files {
        match std::fs::read_to_string(root.join(path)) {
            Ok(existing) if &existing == content => {}
            Ok(_) => out.push(format!("  changed: {path}")),
            Err(_) => out.push(format!("  missing: {path}")),
        }
    }
    for dir in GENERATED_DIRS {
        for path in list_files(&root.join(dir))? {
            let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            if !tree.files.contains_key(&rel) {
                out.push(format!("  stale: {rel}"));
            }
        }
    }
    Ok(out)
}

fn list_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    if !dir.exists() {
        return Ok(out);
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            out.extend(list_files(&path)?);
        } else {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

fn write_tree(out: &Path, tree: &stripe_codegen::GeneratedTree, in_workspace: bool) -> anyhow::Result<()> {
    if in_workspace {
        // Wholly generated directories are replaced, so removed types leave no stale files.
        for dir in GENERATED_DIRS {
            for path in list_files(&out.join(dir))? {
                let rel = path.strip_prefix(out).unwrap().to_string_lossy().replace('\\', "/");
                if !tree.files.contains_key(&rel) {
                    std::fs::remove_file(&path)?;
                }
            }
        }
    }
    for (path, content) in &tree.files {
        let target = out.join(path);
        std::fs::create_dir_all(target.parent().unwrap())?;
        if std::fs::read_to_string(&target).ok().as_deref() != Some(content) {
            std::fs::write(&target, content).with_context(|| format!("writing {}", target.display()))?;
        }
    }
    Ok(())
}
