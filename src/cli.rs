//! The command line: `mosaic [ARCHIVE…]` opens the TUI; `mosaic scan` prints the report;
//! `mosaic review` opens it in the guided review; `mosaic export` writes the deletion
//! checklist from the saved decisions (or the plan, or every flagged post).
//!
//! Every command takes the same analysis options (`--tz`, `--watchlist`). Errors are printed
//! as one line; warnings go to stderr, the report to stdout or `--output`.

use crate::analyze::{self, Analysis, Options};
use crate::ingest::{self, Progress};
use crate::model::Dataset;
use crate::watchlist::Watchlist;
use anyhow::{Context as _, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Audit your own social media archive for what it gives away: unit, role, office, routine.
#[derive(Debug, Parser)]
#[command(name = "mosaic", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Archive(s) to open in the review screen: a .zip or an extracted folder.
    pub archives: Vec<PathBuf>,
    #[command(flatten)]
    pub analysis: AnalysisArgs,
}

/// Options every command shares.
#[derive(Debug, Clone, Args, Default)]
pub struct AnalysisArgs {
    /// Time zone for reasoning about routine, as an IANA name (e.g. Europe/Berlin).
    /// Default: the watchlist's, else the archive's own setting, else the system's.
    #[arg(long, value_name = "ZONE", global = true)]
    pub tz: Option<String>,
    /// A watchlist (TOML) of units, roles and sites that must not be revealed.
    #[arg(long, value_name = "FILE", global = true)]
    pub watchlist: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse archive(s) and print the report.
    Scan(ScanArgs),
    /// List the detectors, or explain one.
    Detectors(DetectorsArgs),
    /// Write the checklist of posts marked for deletion in the review screen.
    Export(ExportArgs),
    /// Guided review: walk the findings from the most severe, decide on each, and end with
    /// a summary (the review screen, started in the guided review).
    Review(ReviewArgs),
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The archive: a .zip or an extracted folder (several of the same person are merged).
    #[arg(required = true)]
    pub archives: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The archive(s) as opened in the review screen.
    #[arg(required = true)]
    pub archives: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormatArg::Md)]
    pub format: ExportFormatArg,
    /// Write the checklist to this file (owner-only) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// List the suggested deletion plan instead of the posts marked in a review.
    #[arg(long, conflicts_with = "all_flagged")]
    pub plan: bool,
    /// List every flagged post.
    #[arg(long)]
    pub all_flagged: bool,
}

/// Checklist formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    Md,
    Csv,
    Json,
    Html,
}

impl From<ExportFormatArg> for crate::export::ExportFormat {
    fn from(f: ExportFormatArg) -> Self {
        match f {
            ExportFormatArg::Md => crate::export::ExportFormat::Markdown,
            ExportFormatArg::Csv => crate::export::ExportFormat::Csv,
            ExportFormatArg::Json => crate::export::ExportFormat::Json,
            ExportFormatArg::Html => crate::export::ExportFormat::Html,
        }
    }
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// The archive: a .zip as downloaded, or the folder it was extracted to. Several
    /// archives of the same person are merged into one timeline.
    #[arg(required = true)]
    pub archives: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Indent the JSON report for reading by eye (it is compact by default: a third the size
    /// and faster to write).
    #[arg(long)]
    pub pretty: bool,
    /// Write the report to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DetectorsArgs {
    /// A detector id to explain.
    pub id: Option<String>,
    /// Print the full reference as Markdown (this is `docs/detectors.md`).
    #[arg(long)]
    pub markdown: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Exit code when the report was produced but part of the archive was damaged.
pub const EXIT_PARTIAL: u8 = 3;

/// Parse the command line and run it.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "mosaic: error: {}", one_line(&e));
            ExitCode::FAILURE
        }
    }
}

/// An error chain on one line.
pub fn one_line(e: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in e.chain() {
        let s = cause.to_string().replace('\n', " ");
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
    }
    parts.join(": ")
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Some(Command::Scan(args)) => scan(&args, &cli.analysis),
        Some(Command::Detectors(args)) => {
            print!(
                "{}",
                crate::analyze::detectors::describe(args.id.as_deref(), args.markdown)?
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Export(args)) => export(&args, &cli.analysis),
        Some(Command::Review(args)) => {
            check_args(&cli.analysis)?;
            let watchlist = load_watchlist(&cli.analysis)?;
            crate::tui::run_with(args.archives, cli.analysis, watchlist, true)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            check_args(&cli.analysis)?;
            let watchlist = load_watchlist(&cli.analysis)?;
            crate::tui::run(cli.archives, cli.analysis, watchlist)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Check `--tz` before any archive is read, so a typo is reported at once rather than after
/// a long load (and before the review screen opens).
pub fn check_args(args: &AnalysisArgs) -> Result<()> {
    if let Some(tz) = &args.tz {
        crate::timezone::parse(tz).context("--tz")?;
    }
    Ok(())
}

/// Refuse an `--output` that would overwrite an archive or land inside an archive folder:
/// mosaic never writes inside an archive, even when asked to by mistake.
pub fn check_output(output: &Path, archives: &[PathBuf]) -> Result<()> {
    let resolve = |p: &Path| -> Option<PathBuf> {
        if let Ok(c) = p.canonicalize() {
            return Some(c);
        }
        // Not there yet: resolve the folder it would be written in.
        let parent = p.parent().filter(|d| !d.as_os_str().is_empty());
        let dir = parent.unwrap_or(Path::new(".")).canonicalize().ok()?;
        Some(dir.join(p.file_name()?))
    };
    let Some(out) = resolve(output) else {
        return Ok(());
    };
    for archive in archives {
        let Ok(a) = archive.canonicalize() else {
            continue;
        };
        let what = if out == a {
            "is the archive"
        } else if a.is_dir() && out.starts_with(&a) {
            "is inside the archive folder"
        } else {
            continue;
        };
        anyhow::bail!(
            "--output {} {what} {}; mosaic never writes inside an archive",
            output.display(),
            archive.display()
        );
    }
    Ok(())
}

/// Read and validate `--watchlist`, if given.
pub fn load_watchlist(args: &AnalysisArgs) -> Result<Watchlist> {
    match &args.watchlist {
        Some(path) => Ok(Watchlist::load(path)?),
        None => Ok(Watchlist::default()),
    }
}

/// Resolve the analysis options for a dataset: the zone by precedence and the watchlist.
pub fn options_for(args: &AnalysisArgs, watchlist: Watchlist, data: &Dataset) -> Result<Options> {
    let (timezone, zone_source) = crate::timezone::resolve(
        args.tz.as_deref(),
        watchlist.timezone.as_deref(),
        data.timezone_hint.as_deref(),
    )?;
    Ok(Options {
        timezone,
        zone_source,
        watchlist,
    })
}

/// Load, then analyse: the work `scan`, `export` and the TUI share.
pub fn load_and_analyze(
    archives: &[PathBuf],
    args: &AnalysisArgs,
    watchlist: Watchlist,
    progress: ingest::ProgressFn<'_>,
) -> Result<(Dataset, Options, Analysis)> {
    // The matcher depends on the watchlist only: it is built while the archive is read.
    let (data, matcher) = std::thread::scope(|scope| {
        let building = scope.spawn(|| analyze::matcher::Matcher::new(&watchlist));
        let data = ingest::load_paths(archives, progress);
        let matcher = building
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        data.map(|d| (d, matcher))
    })?;
    let options = options_for(args, watchlist, &data)?;
    let analysis = analyze::analyze_with(&data, &options, matcher, progress);
    Ok((data, options, analysis))
}

/// The archive path(s) as shown in reports.
pub fn archive_label(archives: &[PathBuf]) -> String {
    archives
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(" + ")
}

/// The review database key of the archive(s): the account (see [`crate::review::archive_key`]).
pub fn review_key(data: &Dataset, archives: &[PathBuf]) -> String {
    let names: Vec<String> = archives
        .iter()
        .map(|p| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    crate::review::archive_key(data, &names)
}

fn export(args: &ExportArgs, analysis_args: &AnalysisArgs) -> Result<ExitCode> {
    check_args(analysis_args)?;
    if let Some(out) = &args.output {
        check_output(out, &args.archives)?;
    }
    let watchlist = load_watchlist(analysis_args)?;
    let quiet = |_: Progress<'_>| {};
    let (data, options, analysis) =
        load_and_analyze(&args.archives, analysis_args, watchlist, &quiet)?;
    // Read only: an export never changes the review state, and works from a read-only data
    // directory.
    let key = review_key(&data, &args.archives);
    let (keys, decisions, notes, reviews, reviewer) =
        match crate::review::ReviewStore::open_read_only_default(&key)? {
            Some(store) => {
                let (keys, decisions) = crate::review::decisions_for(&store, &data.posts)?;
                let notes = store.notes()?;
                let reviews = store.finding_reviews()?;
                let reviewer = store.reviewer()?.map(|(n, _)| n);
                (keys, decisions, notes, reviews, reviewer)
            }
            None => {
                let keys = data.posts.iter().map(crate::review::post_key).collect();
                let decisions = vec![crate::review::Decision::Undecided; data.posts.len()];
                (
                    keys,
                    decisions,
                    Default::default(),
                    Default::default(),
                    None,
                )
            }
        };
    let selection = if args.plan {
        crate::export::Selection::Plan
    } else if args.all_flagged {
        crate::export::Selection::AllFlagged
    } else {
        crate::export::Selection::Decisions
    };
    // MOSAIC_EXPORT_TIME fixes the "made" time (for reproducible files and tests).
    let generated = std::env::var("MOSAIC_EXPORT_TIME").unwrap_or_else(|_| {
        chrono::Utc::now()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            .to_string()
    });
    let list = crate::export::build(&crate::export::Input {
        archive: &archive_label(&args.archives),
        data: &data,
        analysis: &analysis,
        decisions: &decisions,
        keys: &keys,
        notes: &notes,
        reviews: &reviews,
        reviewer: reviewer.as_deref(),
        tz: options.timezone,
        options: Some(&options),
        selection,
        generated: &generated,
    });
    let body = crate::export::render(&list, args.format.into());
    match &args.output {
        Some(path) => {
            crate::export::write_private(path, body.as_bytes())
                .with_context(|| format!("writing {}", path.display()))?;
            let _ = writeln!(
                std::io::stderr(),
                "mosaic: wrote {} posts to {}",
                list.items.len(),
                path.display()
            );
        }
        None => {
            let mut out = std::io::stdout().lock();
            if let Err(e) = out.write_all(body.as_bytes()).and_then(|_| out.flush())
                && e.kind() != std::io::ErrorKind::BrokenPipe
            {
                return Err(e).context("writing the checklist");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// CPU time (user and system) this process has used so far, in seconds, where Linux's
/// `/proc/self/stat` tells it (ticks of 1/100 s).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn scan(args: &ScanArgs, analysis_args: &AnalysisArgs) -> Result<ExitCode> {
    check_args(analysis_args)?;
    if let Some(out) = &args.output {
        check_output(out, &args.archives)?;
    }
    let watchlist = load_watchlist(analysis_args)?;
    // MOSAIC_TIMING=1 prints how long each stage took (for docs/performance.md).
    let timing = std::env::var_os("MOSAIC_TIMING").is_some();
    type Mark = (String, std::time::Instant, Option<f64>);
    let stages: std::sync::Mutex<Vec<Mark>> = std::sync::Mutex::new(vec![(
        "reading".into(),
        std::time::Instant::now(),
        cpu_seconds(),
    )]);
    let progress = |p: Progress<'_>| {
        if !timing {
            return;
        }
        let stage = if p.stage.starts_with("reading") {
            "reading"
        } else {
            p.stage
        };
        let mut s = stages.lock().unwrap_or_else(|e| e.into_inner());
        if s.last().is_none_or(|(last, _, _)| last != stage) {
            s.push((stage.to_string(), std::time::Instant::now(), cpu_seconds()));
        }
    };
    let (data, options, analysis) =
        load_and_analyze(&args.archives, analysis_args, watchlist, &progress)?;
    progress(Progress {
        stage: "writing",
        done: 0,
        total: 0,
    });
    let label = archive_label(&args.archives);
    let mut stderr = std::io::stderr();
    for w in &data.warnings {
        let _ = writeln!(stderr, "mosaic: warning: {w}");
    }
    // The report is streamed to its destination, never held whole in memory.
    let write = |w: &mut dyn Write| -> std::io::Result<()> {
        match args.format {
            Format::Json => {
                crate::report::write_json(
                    w,
                    label.clone(),
                    &data,
                    &analysis,
                    &options,
                    args.pretty,
                )?;
            }
            Format::Text => w.write_all(
                crate::report::text_summary(&label, &data, &analysis, &options).as_bytes(),
            )?,
        }
        w.flush()
    };
    match &args.output {
        Some(path) => crate::export::write_private_with(path, write)
            .with_context(|| format!("writing {}", path.display()))?,
        None => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            if let Err(e) = write(&mut out)
                && e.kind() != std::io::ErrorKind::BrokenPipe
            {
                return Err(e).context("writing the report");
            }
        }
    }
    if timing {
        let mut s = stages.lock().unwrap_or_else(|e| e.into_inner()).clone();
        s.push(("done".into(), std::time::Instant::now(), cpu_seconds()));
        // Wall time per stage, and how many cores it kept busy on average (where the
        // process's CPU time can be read).
        let parts: Vec<String> = s
            .windows(2)
            .map(|w| {
                let wall = (w[1].1 - w[0].1).as_secs_f64();
                match (w[0].2, w[1].2) {
                    (Some(a), Some(b)) if wall > 0.0 => {
                        format!("{} {wall:.3}s ({:.1} cores)", w[0].0, (b - a) / wall)
                    }
                    _ => format!("{} {wall:.3}s", w[0].0),
                }
            })
            .collect();
        let _ = writeln!(stderr, "mosaic: timing: {}", parts.join(", "));
    }
    let damaged = data
        .warnings
        .iter()
        .any(|w| w.contains("cut off") || w.contains("not readable"));
    // The process ends right after: freeing a million posts and their signals one by one
    // would take longer than the report's writing. The system takes the memory back at once.
    std::mem::forget(analysis);
    std::mem::forget(data);
    if damaged {
        let _ = writeln!(
            stderr,
            "mosaic: error: part of {label} is damaged (see the warnings above); the report holds everything that could be read"
        );
        return Ok(ExitCode::from(EXIT_PARTIAL));
    }
    Ok(ExitCode::SUCCESS)
}
