//! Tests of the review screen without a terminal: actions on the app state, effects through
//! a session with a database in a temporary directory, and whole screens on a `TestBackend`
//! compared with insta snapshots.

use super::action::Action;
use super::app::{App, Effect, Pane, SortBy};
use super::session::Session;
use super::theme::Theme;
use super::worker::{Loaded, WorkerMsg};
use crate::analyze::{
    Analysis, Area, Category, CategorySet, Finding, Options, Plan, Severity, Signal, Strength,
};
use crate::model::{
    Dataset, FindingId, GeoPoint, Media, MediaKind, Platform, Post, PostId, Profile,
};
use crate::review::{Decision, ReviewStore};
use chrono::{TimeZone, Utc};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const OFFICE: (f64, f64) = (47.5596, -122.6429);
const FERRY: (f64, f64) = (47.5622, -122.6247);

fn post(i: usize, month: u32, day: u32, hour: u32, text: &str) -> Post {
    let id = format!("{}", 1000 + i);
    let mut p = Post::new(
        PostId::native(Platform::X, &id),
        Platform::X,
        Some(id.clone()),
        Utc.with_ymd_and_hms(2016, month, day, hour, 14, 0).unwrap(),
        text.to_string(),
    );
    p.url = Some(format!("https://x.com/rivet_rae/status/{id}"));
    p
}

fn sig(
    category: Category,
    detector: &'static str,
    reason: &str,
    span: Option<(usize, usize)>,
) -> Signal {
    Signal {
        category,
        detector,
        reason: reason.into(),
        span,
        strength: Strength::Strong,
        subject: None,
    }
}

/// A small reviewed archive: 12 posts over five months, three findings, a plan.
pub(crate) fn sample() -> Loaded {
    let texts = [
        (
            3,
            2,
            8,
            "First week at Harbor Point Naval Shipyard, drydock 4!",
        ),
        (3, 7, 6, "ferry sunrise"),
        (3, 9, 12, "Ultrasonic testing on the hull again"),
        (3, 9, 19, "climbing night"),
        (3, 12, 19, "Made homemade pasta"),
        (4, 4, 6, "ferry again, cold"),
        (4, 20, 13, "HPNS lunch with the weld inspection crew"),
        (5, 1, 10, "Weekend hike"),
        (5, 16, 6, "ferry, fog"),
        (6, 3, 8, "Badge photo day at drydock 4"),
        (7, 11, 20, "Concert in the park"),
        (7, 30, 6, "last ferry of July"),
    ];
    let mut posts: Vec<Post> = texts
        .iter()
        .enumerate()
        .map(|(i, (m, d, h, t))| post(i, *m, *d, *h, t))
        .collect();
    for i in [1, 5, 8, 11] {
        posts[i].geo = GeoPoint::new(FERRY.0 + i as f64 * 0.0001, FERRY.1);
    }
    posts[0].geo = GeoPoint::new(OFFICE.0, OFFICE.1);
    let mut photo = Media::new("data/tweets_media/1009-badge.jpg", MediaKind::Photo);
    photo.alt = Some("me at the gate".into());
    photo.gps = GeoPoint::new(OFFICE.0, OFFICE.1 + 0.0002);
    photo.camera = Some("Pixel 4a".into());
    posts[9].media.push(photo);
    posts[9].place = Some("Bremerton, WA".into());
    let data = Dataset {
        descriptions: vec!["X archive, 2022+ layout".into()],
        platforms: vec![Platform::X],
        profile: Some(Profile {
            handle: Some("rivet_rae".into()),
            ..Profile::default()
        }),
        posts,
        ..Dataset::default()
    };
    let n = data.posts.len();
    let mut signals = vec![Vec::new(); n];
    signals[0] = vec![
        sig(
            Category::Unit,
            "employment-statement",
            "says where they work",
            Some((14, 41)),
        ),
        sig(
            Category::Location,
            "site-name",
            "names a work site",
            Some((43, 52)),
        ),
    ];
    signals[2] = vec![sig(
        Category::Role,
        "role-term",
        "describes inspection work",
        Some((0, 18)),
    )];
    signals[6] = vec![
        sig(
            Category::Unit,
            "watchlist-unit",
            "matches the watchlist unit 'HPNS'",
            Some((0, 4)),
        ),
        sig(Category::Role, "role-term", "names a role", Some((20, 35))),
    ];
    signals[9] = vec![sig(
        Category::Location,
        "site-name",
        "names a work site",
        Some((19, 26)),
    )];
    let findings = vec![
        Finding {
            id: FindingId("unit-1".into()),
            category: Category::Unit,
            severity: Severity::Critical,
            title: "Unit + role + office together".into(),
            value: Some("Harbor Point Naval Shipyard".into()),
            location: None,
            evidence: vec![0, 2, 6],
            explanation: "Three posts name the unit and the work.".into(),
        },
        Finding {
            id: FindingId("location-1".into()),
            category: Category::Location,
            severity: Severity::High,
            title: "Office: Drydock 4, Bremerton".into(),
            value: Some("office (weekdays)".into()),
            location: Some(Area {
                lat: OFFICE.0,
                lon: OFFICE.1,
                radius_m: 200.0,
            }),
            evidence: vec![0, 9],
            explanation: "Posts from the same place on weekdays.".into(),
        },
        Finding {
            id: FindingId("routine-1".into()),
            category: Category::Routine,
            severity: Severity::Medium,
            title: "Routine: ferry weekdays 06:00".into(),
            value: Some("ferry (weekdays 06:10)".into()),
            location: Some(Area {
                lat: FERRY.0,
                lon: FERRY.1,
                radius_m: 300.0,
            }),
            evidence: vec![1, 5, 8, 11],
            explanation: "The same place at the same time.".into(),
        },
    ];
    let mut analysis = Analysis {
        signals,
        findings,
        plan: Plan {
            delete: vec![0, 6, 9],
            breaks: vec![FindingId("unit-1".into()), FindingId("location-1".into())],
            ..Plan::default()
        },
        ..Analysis::default()
    };
    analysis.categories = vec![CategorySet::default(); n];
    for (i, s) in analysis.signals.iter().enumerate() {
        for s in s {
            analysis.categories[i].insert(s.category);
        }
    }
    for f in &analysis.findings {
        for &p in &f.evidence {
            analysis.categories[p].insert(f.category);
        }
    }
    Loaded::new(
        data,
        Options::default(),
        analysis,
        "x:rivet_rae".into(),
        None,
    )
}

fn app() -> App {
    let mut app = App::new("rivet_rae.zip".into(), Theme::plain());
    app.on_worker(WorkerMsg::Loaded(Box::new(sample())));
    app
}

fn screen(app: &mut App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| super::views::render(app, f)).unwrap();
    term.backend().to_string()
}

// ---- key handling through actions ----

#[test]
fn moving_is_clamped_and_works_while_loading() {
    let mut app = App::new("x".into(), Theme::plain());
    assert_eq!(app.update(Action::Down), None);
    assert_eq!(
        app.update(Action::ToggleDelete),
        Some(Effect::Save(vec![])).filter(|_| false)
    );
    let mut app = self::app();
    app.update(Action::Up);
    assert_eq!(app.selected, 0);
    app.update(Action::Bottom);
    assert_eq!(app.selected_post(), Some(11));
    app.update(Action::Down);
    assert_eq!(app.selected_post(), Some(11));
    app.update(Action::Top);
    app.update(Action::Quit);
    assert!(app.should_quit());
}

#[test]
fn d_toggles_delete_and_k_keep() {
    let mut app = app();
    app.update(Action::Down);
    assert_eq!(
        app.update(Action::ToggleDelete),
        Some(Effect::Save(vec![(1, Decision::Delete)]))
    );
    assert_eq!(app.marked, 1);
    assert_eq!(
        app.update(Action::ToggleDelete),
        Some(Effect::Save(vec![(1, Decision::Undecided)]))
    );
    assert_eq!(app.marked, 0);
    assert_eq!(
        app.update(Action::Keep),
        Some(Effect::Save(vec![(1, Decision::Keep)]))
    );
    assert_eq!(app.decision(1), Decision::Keep);
}

#[test]
fn d_on_a_finding_marks_all_its_evidence_and_enter_filters_to_it() {
    let mut app = app();
    app.update(Action::NextPane);
    assert_eq!(app.focus, Pane::Findings);
    app.update(Action::Down); // the office finding
    app.update(Action::Open);
    assert_eq!(app.view, vec![0, 9]);
    assert_eq!(
        app.update(Action::ToggleDelete),
        Some(Effect::Save(vec![
            (0, Decision::Delete),
            (9, Decision::Delete)
        ]))
    );
    assert_eq!(app.marked, 2);
    assert_eq!(app.finding_marked, vec![1, 2, 0]);
    app.update(Action::Back);
    assert_eq!(app.view.len(), 12);
}

#[test]
fn filter_menu_search_and_sort() {
    let mut app = app();
    app.update(Action::Filter);
    app.update(Action::Down); // category unit
    app.update(Action::Open);
    assert_eq!(app.view, vec![0, 2, 6]);
    app.update(Action::Back);
    app.update(Action::Search);
    for c in "FERRY".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::Open);
    assert_eq!(app.view, vec![1, 5, 8, 11]);
    app.update(Action::Back);
    app.update(Action::Sort);
    assert_eq!(app.sort, SortBy::Risk);
    // Critical first (0, 2, 6), then the high-only office post (9).
    assert_eq!(&app.view[..4], &[0, 2, 6, 9]);
    // Has-photo via the menu: find the item and toggle it.
    let idx = app
        .filter_items()
        .iter()
        .position(|i| *i == super::app::FilterItem::HasPhoto)
        .unwrap();
    app.update(Action::Filter);
    for _ in 0..idx {
        app.update(Action::Down);
    }
    app.update(Action::Open);
    assert_eq!(app.view, vec![9]);
}

#[test]
fn map_place_filters_and_chart_jumps_to_month() {
    let mut app = app();
    app.update(Action::NextPane);
    app.update(Action::NextPane);
    assert_eq!(app.focus, Pane::Map);
    app.update(Action::Down); // the ferry (medium) comes after the office (high)
    app.update(Action::Open);
    assert_eq!(app.view, vec![1, 5, 8, 11]);
    assert_eq!(app.focus, Pane::Timeline);
    app.update(Action::Back);
    app.update(Action::Bottom);
    app.update(Action::NextPane);
    app.update(Action::NextPane);
    app.update(Action::NextPane);
    assert_eq!(app.focus, Pane::Chart);
    assert_eq!(app.month_cursor, 4); // July, the selected post's month
    app.update(Action::Up);
    app.update(Action::Up); // May 2016
    app.update(Action::Open);
    assert_eq!(app.selected_post(), Some(7));
    assert_eq!(app.focus, Pane::Timeline);
}

#[test]
fn plan_marks_its_posts_but_not_kept_ones() {
    let mut app = app();
    app.selected = 6;
    app.update(Action::Keep);
    assert_eq!(
        app.update(Action::ApplyPlan),
        Some(Effect::Save(vec![
            (0, Decision::Delete),
            (9, Decision::Delete)
        ]))
    );
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("left 1 you chose to keep")
    );
}

#[test]
fn session_saves_every_change_and_undoes_through_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app();
    let mut s = Session {
        store: Some(ReviewStore::open_in(dir.path(), "x:rivet_rae").unwrap()),
        export_dir: Some(dir.path().join("exports")),
    };
    s.dispatch(&mut app, Action::ToggleDelete);
    s.dispatch(&mut app, Action::Down);
    s.dispatch(&mut app, Action::ToggleDelete);
    let store = ReviewStore::open_in(dir.path(), "x:rivet_rae").unwrap();
    assert_eq!(store.decisions().unwrap().len(), 2);
    s.dispatch(&mut app, Action::Undo);
    assert_eq!(app.decision(1), Decision::Undecided);
    assert_eq!(app.marked, 1);
    assert_eq!(store.decisions().unwrap().len(), 1);
    s.dispatch(&mut app, Action::Redo);
    assert_eq!(app.decision(1), Decision::Delete);
    s.refresh_note(&mut app);
    let (p, note) = app.decision_note.clone().unwrap();
    assert_eq!(p, 1);
    assert!(note.starts_with("delete by tui ("), "{note}");
    assert!(note.ends_with("UTC, 3 changes logged)"), "{note}");
    s.dispatch(&mut app, Action::Export);
    let msg = app.message.clone().unwrap();
    assert!(msg.starts_with("exported 2 posts to "), "{msg}");
    let path = msg
        .trim_start_matches("exported 2 posts to ")
        .trim_end_matches(" (and .csv, .json, .html)");
    let text = std::fs::read_to_string(path).unwrap();
    for ext in ["csv", "json", "html"] {
        let other = std::path::Path::new(path).with_extension(ext);
        assert!(other.exists(), "{other:?}");
    }
    assert!(text.contains("https://x.com/rivet_rae/status/1000"));
    assert!(text.contains("https://x.com/rivet_rae/status/1001"));
    // Reopening restores the decisions.
    let (_, d) = crate::review::decisions_for(&store, &sample().data.posts).unwrap();
    assert_eq!(d.iter().filter(|d| **d == Decision::Delete).count(), 2);
}

#[test]
fn mouse_click_selects_the_row() {
    let mut app = app();
    screen(&mut app, 100, 30);
    let t = app.areas.timeline;
    app.click(t.x + 5, t.y + 1 + 3);
    assert_eq!(app.selected_post(), Some(3));
    app.scroll(3);
    assert_eq!(app.selected_post(), Some(6));
    // A click on the second place in the places list selects it.
    screen(&mut app, 140, 40);
    let m = app.areas.map;
    app.click(m.x + 3, m.y + m.height - 2);
    assert_eq!(app.focus, Pane::Map);
    assert_eq!(app.place_cursor, 1);
    app.update(Action::Open);
    assert_eq!(app.view, vec![1, 5, 8, 11]);
}

// ---- whole screens ----

#[test]
fn screen_100x30() {
    let mut app = app();
    app.update(Action::Down);
    app.update(Action::ToggleDelete);
    app.update(Action::Up);
    insta::assert_snapshot!(screen(&mut app, 100, 30));
}

#[test]
fn screen_80x24_folds_side_panes_behind_tab() {
    let mut app = app();
    insta::assert_snapshot!("80x24_timeline", screen(&mut app, 80, 24));
    app.update(Action::NextPane);
    insta::assert_snapshot!("80x24_findings", screen(&mut app, 80, 24));
    app.update(Action::NextPane);
    insta::assert_snapshot!("80x24_map", screen(&mut app, 80, 24));
}

#[test]
fn screen_wide_shows_everything() {
    let mut app = app();
    app.selected = 9;
    insta::assert_snapshot!(screen(&mut app, 140, 40));
}

#[test]
fn screen_help_and_filter() {
    let mut app = app();
    app.update(Action::ToggleHelp);
    insta::assert_snapshot!("help", screen(&mut app, 100, 30));
    insta::assert_snapshot!("help_80x24", screen(&mut app, 80, 24));
    app.update(Action::Back);
    app.update(Action::Filter);
    insta::assert_snapshot!("filter", screen(&mut app, 100, 30));
}

#[test]
fn screen_loading_and_resize() {
    let mut app = App::new("big.zip".into(), Theme::plain());
    app.on_worker(WorkerMsg::Progress {
        stage: "reading data/tweets.js".into(),
        done: 1,
        total: 4,
    });
    insta::assert_snapshot!("loading", screen(&mut app, 80, 24));
    // Resizing between frames keeps the selection visible.
    let mut app = self::app();
    app.update(Action::Bottom);
    let small = screen(&mut app, 80, 24);
    assert!(small.contains("▶"));
    let big = screen(&mut app, 120, 40);
    assert!(big.contains("▶"));
}

/// A million posts: loading is precomputed once; a frame and a move cost the same as on a
/// small archive. Run with `cargo test --release -- --ignored million` to see the timings.
#[test]
#[ignore]
fn a_million_posts_stay_smooth() {
    let base = sample();
    let mut data = base.data.clone();
    let template = data.posts[0].clone();
    data.posts = (0..1_000_000)
        .map(|i| {
            let mut p = template.clone();
            p.id = PostId::native(Platform::X, &i.to_string());
            p.native_id = Some(i.to_string());
            p.created_at += chrono::Duration::minutes(i as i64 * 5);
            p
        })
        .collect();
    let mut analysis = Analysis {
        signals: vec![Vec::new(); data.posts.len()],
        categories: vec![CategorySet::default(); data.posts.len()],
        ..Analysis::default()
    };
    analysis.findings = base.analysis.findings.clone();
    analysis.findings[2].evidence = (0..500_000).collect();
    let t = std::time::Instant::now();
    let loaded = Loaded::new(data, Options::default(), analysis, "x:big".into(), None);
    let prep = t.elapsed();
    let mut app = App::new("big".into(), Theme::plain());
    app.on_worker(WorkerMsg::Loaded(Box::new(loaded)));
    let mut term = Terminal::new(TestBackend::new(140, 40)).unwrap();
    let t = std::time::Instant::now();
    for _ in 0..100 {
        app.update(Action::PageDown);
        term.draw(|f| super::views::render(&mut app, f)).unwrap();
    }
    let per_frame = t.elapsed() / 100;
    let t = std::time::Instant::now();
    app.update(Action::Sort);
    let resort = t.elapsed();
    println!("prepare {prep:?}, frame {per_frame:?}, re-sort {resort:?}");
    assert!(
        per_frame < std::time::Duration::from_millis(50),
        "{per_frame:?}"
    );
}

/// Only `src/tui.rs` and `src/tui/` may use ratatui or crossterm, and only they and
/// `src/cli.rs` may reach into `crate::tui`.
#[test]
fn only_the_tui_uses_ratatui() {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    for f in files {
        let rel = f
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel == "tui.rs" || rel.starts_with("tui/") {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            assert!(
                !(code.contains("ratatui") || code.contains("crossterm")),
                "{rel}:{}: ratatui/crossterm outside src/tui",
                n + 1
            );
            if rel != "cli.rs" && rel != "lib.rs" {
                assert!(
                    !code.contains("crate::tui"),
                    "{rel}:{}: uses crate::tui",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn status_line_gives_a_long_message_room() {
    let mut app = app();
    let line = |app: &App, w: u16| {
        let mut term = Terminal::new(TestBackend::new(w, 1)).unwrap();
        term.draw(|f| super::views::status::render_status(app, f, f.area()))
            .unwrap();
        let buf = term.backend().buffer().clone();
        (0..w)
            .map(|x| buf[(x, 0)].symbol().to_string())
            .collect::<String>()
    };
    app.saving = true;
    app.message = Some("exported 3 posts to /home/rae/mosaic/c.md".into());
    let narrow = line(&app, 80);
    assert!(
        narrow.starts_with(" 0 marked · 8 flagged · 12 posts"),
        "{narrow}"
    );
    assert!(narrow.contains("/home/rae/mosaic/c.md"), "{narrow}");
    let wide = line(&app, 140);
    app.message = Some(format!(
        "exported 3 posts to /home/rae/{}.md",
        "x".repeat(30)
    ));
    let narrow = line(&app, 80);
    assert!(narrow.starts_with(" 0 marked │ exported"), "{narrow}");
    assert!(narrow.contains(".md"), "{narrow}");
    assert!(
        wide.starts_with(" 12 posts · 8 flagged · 0 marked for deletion"),
        "{wide}"
    );
}

#[test]
fn screen_finding_explained_when_findings_focused() {
    let mut app = app();
    app.update(Action::NextPane);
    app.update(Action::Down);
    app.update(Action::ToggleDelete);
    insta::assert_snapshot!(screen(&mut app, 140, 40));
}

#[test]
fn an_empty_archive_renders_and_every_key_is_safe() {
    let mut app = App::new("empty".into(), Theme::plain());
    let loaded = Loaded::new(
        Dataset::default(),
        Options::default(),
        Analysis::default(),
        "x:anon".into(),
        None,
    );
    app.on_worker(WorkerMsg::Loaded(Box::new(loaded)));
    for (a, _, _) in super::action::ACTIONS {
        if *a == Action::Quit {
            continue;
        }
        for _ in 0..4 {
            app.update(*a);
            app.update(Action::Open);
            for (w, h) in [(80, 24), (140, 40), (20, 5)] {
                screen(&mut app, w, h);
            }
        }
        app.update(Action::Back);
        app.update(Action::Back);
    }
    assert!(screen(&mut app, 100, 30).contains("The archive has no posts."));
    // The sample too, at every size down to tiny.
    let mut app = self::app();
    for (a, _, _) in super::action::ACTIONS {
        if *a == Action::Quit || *a == Action::Export {
            continue;
        }
        app.update(*a);
        for (w, h) in [(80, 24), (140, 40), (20, 5), (1, 1)] {
            screen(&mut app, w, h);
        }
    }
}

// ---- guided review and contacts ----

fn type_text(s: &mut Session, app: &mut App, text: &str) {
    for c in text.chars() {
        s.dispatch(app, Action::Input(c));
    }
}

fn review_data(store: &ReviewStore) -> super::guided::ReviewData {
    super::guided::ReviewData {
        reviewer: store.reviewer().unwrap().map(|(n, _)| n),
        reviews: store.finding_reviews().unwrap(),
        notes: store.notes().unwrap(),
        position: store.guided_position().unwrap().filter(|p| !p.is_empty()),
    }
}

#[test]
fn guided_review_end_to_end_stop_half_way_and_resume() {
    use super::app::Mode;
    use crate::review::Outcome;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app();
    let mut s = Session {
        store: Some(ReviewStore::open_in(dir.path(), "x:rivet_rae").unwrap()),
        export_dir: Some(dir.path().join("exports")),
    };
    s.dispatch(&mut app, Action::Guided);
    assert_eq!(app.mode, Mode::Guided);
    // Asked once who reviews.
    let g = app.guided.as_ref().unwrap();
    assert_eq!(
        g.input.as_ref().map(|i| i.0),
        Some(super::guided::Input::Reviewer)
    );
    type_text(&mut s, &mut app, "J. Doe, officer");
    s.dispatch(&mut app, Action::Open);
    insta::assert_snapshot!("guided_finding", screen(&mut app, 100, 30));
    let store = ReviewStore::open_in(dir.path(), "x:rivet_rae").unwrap();
    assert_eq!(store.reviewer().unwrap().unwrap().0, "J. Doe, officer");
    let order = app.guided.as_ref().unwrap().order.clone();
    assert!(order.len() >= 3);
    let findings = app.loaded().unwrap().analysis.findings.clone();
    // 1: delete all evidence.
    s.dispatch(&mut app, Action::Input('m'));
    type_text(&mut s, &mut app, "employee agrees");
    s.dispatch(&mut app, Action::Open);
    s.dispatch(&mut app, Action::Input('d'));
    for &p in &findings[order[0]].evidence {
        assert_eq!(app.decision(p), Decision::Delete);
    }
    assert_eq!(app.guided.as_ref().unwrap().pos, 1);
    // 2: pick posts on the timeline, then come back.
    s.dispatch(&mut app, Action::Input('p'));
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.filter.finding, Some(order[1]));
    let want: Vec<u32> = findings[order[1]]
        .evidence
        .iter()
        .map(|&p| p as u32)
        .collect();
    assert_eq!(app.view, want);
    let target = app
        .view
        .iter()
        .position(|&p| app.decision(p as usize) != Decision::Delete);
    app.selected = target.unwrap_or(0);
    s.dispatch(&mut app, Action::ToggleDelete);
    s.dispatch(&mut app, Action::Guided);
    assert_eq!(app.mode, Mode::Guided);
    assert_eq!(
        app.guided.as_ref().unwrap().pos,
        1,
        "back at the same finding"
    );
    assert_eq!(app.filter.finding, None);
    // Stop half-way: leave and quit.
    s.dispatch(&mut app, Action::Input('n'));
    type_text(&mut s, &mut app, "ask again in a year");
    s.dispatch(&mut app, Action::Open);
    s.dispatch(&mut app, Action::Open);
    s.dispatch(&mut app, Action::Back);
    assert_eq!(app.mode, Mode::Normal);
    let store = ReviewStore::open_in(dir.path(), "x:rivet_rae").unwrap();
    let reviews = store.finding_reviews().unwrap();
    assert_eq!(
        reviews[findings[order[0]].id.as_str()].outcome,
        Outcome::Deleted
    );
    assert_eq!(
        reviews[findings[order[1]].id.as_str()].outcome,
        Outcome::Picked
    );
    assert_eq!(
        store.guided_position().unwrap().as_deref(),
        Some(findings[order[2]].id.as_str())
    );
    let notes = store.notes().unwrap();
    assert_eq!(
        notes[&crate::review::finding_target(findings[order[1]].id.as_str())].note,
        "ask again in a year"
    );
    let first_post = findings[order[0]].evidence[0];
    let key = app.loaded().unwrap().keys[first_post].clone();
    assert_eq!(
        notes[&crate::review::post_target(&key)].note,
        "employee agrees"
    );

    // Resume in a new window: same place, the reviewed findings skipped, no name asked.
    let mut l = sample();
    let (_, d) = crate::review::decisions_for(&store, &l.data.posts).unwrap();
    l.decisions = d;
    l.review = review_data(&store);
    let mut app = App::new("rivet_rae.zip".into(), Theme::plain());
    app.start_guided = true;
    app.on_worker(WorkerMsg::Loaded(Box::new(l)));
    let mut s = Session {
        store: Some(store),
        export_dir: Some(dir.path().join("exports")),
    };
    assert_eq!(app.mode, Mode::Guided);
    let g = app.guided.as_ref().unwrap();
    assert!(g.input.is_none(), "the reviewer is known");
    assert_eq!(g.pos, 2);
    assert!(g.skip.contains(&0) && g.skip.contains(&1));
    assert_eq!(
        app.review_state(order[0]),
        crate::review::ReviewState::Reviewed
    );
    assert_eq!(app.review_state(order[2]), crate::review::ReviewState::New);
    // 3: accept the risk; a reason is required.
    s.dispatch(&mut app, Action::Input('a'));
    s.dispatch(&mut app, Action::Open);
    assert!(app.message.as_deref().unwrap().contains("reason is needed"));
    type_text(&mut s, &mut app, "already public");
    s.dispatch(&mut app, Action::Open);
    while !app.guided.as_ref().unwrap().at_summary() {
        s.dispatch(&mut app, Action::Open);
    }
    insta::assert_snapshot!("guided_summary", screen(&mut app, 100, 30));
    let sum = &app
        .guided
        .as_ref()
        .unwrap()
        .summary
        .as_ref()
        .unwrap()
        .summary;
    assert_eq!(sum.reviewer.as_deref(), Some("J. Doe, officer"));
    assert!(
        sum.accepted.iter().any(|a| a.reason == "already public")
            || sum.broken.contains(&findings[order[2]].title),
        "{sum:?}"
    );
    let per: usize = sum.per_platform.iter().map(|c| c.posts).sum();
    assert_eq!(per, app.marked);
    s.dispatch(&mut app, Action::Input('e'));
    let msg = app.message.clone().unwrap();
    assert!(msg.starts_with("exported "), "{msg}");
}

fn with_contacts() -> Loaded {
    use crate::model::{Conversation, Message};
    let mut l = sample();
    let msg = |owner: bool, day: i64, text: &str| Message {
        native_id: None,
        sender: if owner {
            "me".into()
        } else {
            "harbor_fan".into()
        },
        from_owner: owner,
        sent_at: chrono::DateTime::from_timestamp(1_470_000_000 + day * 86_400, 0).unwrap(),
        text: text.into(),
        attachments: vec![],
    };
    l.data.conversations = vec![Conversation {
        platform: Platform::X,
        id: "1-2".into(),
        participants: vec!["harbor_fan".into()],
        messages: vec![
            msg(
                false,
                0,
                "Loved your post about drydock 4! Experts like you are hard to find.",
            ),
            msg(true, 1, "Thanks!"),
            msg(
                false,
                40,
                "Which hulls are in drydock 4 right now? Just curious.",
            ),
            msg(true, 41, "I'd rather not say"),
            msg(
                false,
                75,
                "We could pay you for a short write-up, 800 dollars. Shall we continue on WhatsApp?",
            ),
        ],
    }];
    l.analysis.contacts = crate::analyze::contacts::analyse(&l.data, &l.analysis.signals);
    l
}

#[test]
fn contacts_pane_shows_the_conversation_and_filters_to_linked_posts() {
    use super::app::Mode;
    let mut app = App::new("rivet_rae.zip".into(), Theme::plain());
    app.on_worker(WorkerMsg::Loaded(Box::new(with_contacts())));
    let c = app.loaded().unwrap().analysis.contacts[0].clone();
    assert!(c.suspicious, "{c:?}");
    app.update(Action::Contacts);
    assert_eq!(app.mode, Mode::Contacts);
    let shot = screen(&mut app, 100, 30);
    assert!(shot.contains("do not delete"));
    assert!(shot.contains("WhatsApp"));
    insta::assert_snapshot!("contacts_pane", shot);
    insta::assert_snapshot!("contacts_pane_80x24", screen(&mut app, 80, 24));
    app.update(Action::Open);
    assert_eq!(app.mode, Mode::Normal);
    let mut linked: Vec<u32> = c.linked_posts.iter().map(|(p, _)| *p as u32).collect();
    linked.sort_unstable();
    assert_eq!(app.view, linked);
    assert!(app.filter_label().contains("harbor_fan"));
    app.update(Action::Back);
    assert!(app.filter.is_empty());
    // Empty archive of messages: the pane says so.
    let mut app = super::tests::app();
    app.update(Action::Contacts);
    assert!(screen(&mut app, 100, 30).contains("No direct messages"));
}
