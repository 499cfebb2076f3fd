#![allow(clippy::unwrap_used)]
//! Detection end to end: archives in the X format, analysed with and without a watchlist, in
//! English and Chinese. The personas here are small and made up; the assertions are about what
//! an adversary could line up, not about exact wording.

mod common;

use common::{Tweet, utc, x_archive};
use mosaic::analyze::{self, Analysis, Category, Options, Severity};
use mosaic::ingest;
use mosaic::model::{Dataset, GeoPoint};
use mosaic::watchlist::Watchlist;

const OFFICE: (f64, f64) = (52.3702, 4.8952);
const HOME: (f64, f64) = (52.3900, 4.8400);
const POOL: (f64, f64) = (52.3600, 4.9300);

/// A made-up lab technician in Amsterdam: unit, role, office, home and a weekly swim.
fn english_persona(dir: &std::path::Path) -> std::path::PathBuf {
    let mut tweets: Vec<Tweet<'static>> = Vec::new();
    let mut id = 1_000_000_000_000_000_000u64;
    let mut push = |t: Tweet<'static>| tweets.push(t);
    // Office: weekdays around 10:00 and 14:00 local (UTC+1/+2), for two years.
    let monday = utc(2019, 1, 7, 9, 10);
    for week in 0..24i64 {
        id += 1;
        let t = monday
            + chrono::Duration::days(week * 21 + week % 5)
            + chrono::Duration::minutes(week % 40);
        push(Tweet {
            id,
            utc: t,
            text: [
                "coffee number two",
                "long meeting",
                "rain on the windows",
                "lunch outside",
            ][week as usize % 4],
            geo: Some((OFFICE.0 + 0.0002 * (week % 3) as f64, OFFICE.1)),
        });
    }
    // Swimming: Thursdays 19:05 local (18:05 UTC in winter).
    let thursday = utc(2020, 1, 2, 18, 5);
    for week in 0..8i64 {
        id += 1;
        push(Tweet {
            id,
            utc: thursday + chrono::Duration::days(7 * week),
            text: "laps done",
            geo: Some(POOL),
        });
    }
    // Home: evenings.
    for k in 0..5 {
        id += 1;
        push(Tweet {
            id,
            utc: utc(2019 + k, 6, 10 + k as u32, 20, 30),
            text: "cosy evening",
            geo: Some(HOME),
        });
    }
    // A trip: many posts in three days far away, all benign.
    for k in 0..6 {
        id += 1;
        push(Tweet {
            id,
            utc: utc(2020, 8, 1 + k / 2, 10 + k, 0),
            text: "beach day",
            geo: Some((38.72, -9.14)),
        });
    }
    let texts: &[&'static str] = &[
        "Three years at the Meridian Biosafety Laboratory today!",
        "MBL open day was packed, proud of the team",
        "Meridian Biosafety is hiring lab technicians, DM me",
        "Autoclave validation and biosafety cabinet certification all week",
        "Background check renewal done, badge still works",
        "The Office reruns all weekend, no regrets",
        "Secret family recipe for pancakes",
        "Working from home on the garden today",
        "My unit converter app is wrong again",
    ];
    for (k, t) in texts.iter().enumerate() {
        id += 1;
        push(Tweet {
            id,
            utc: utc(2021, 1 + k as u32, 15, 12, 0),
            text: t,
            geo: None,
        });
    }
    tweets.sort_by_key(|t| t.utc);
    x_archive(dir, "en.zip", "lab_lena", "pipettes and pancakes", &tweets)
}

/// The posts of one platform as an ingested dataset: duplicates dropped, sorted by time.
fn finished(
    platform: mosaic::model::Platform,
    posts: Vec<mosaic::model::Post>,
) -> mosaic::model::Dataset {
    let mut data = mosaic::model::Dataset {
        platforms: vec![platform],
        posts,
        ..mosaic::model::Dataset::default()
    };
    data.finish();
    data
}

fn options(tz: &str, watchlist: &str) -> Options {
    Options {
        timezone: tz.parse().unwrap(),
        watchlist: Watchlist::parse(watchlist).unwrap(),
        ..Options::default()
    }
}

#[test]
fn english_persona_reveals_unit_role_office_and_routine() {
    let dir = tempfile::tempdir().unwrap();
    let path = english_persona(dir.path());
    let data = ingest::load_paths(&[path], &ingest::no_progress).unwrap();
    let analysis = analyze::analyze(
        &data,
        &options("Europe/Amsterdam", ""),
        &ingest::no_progress,
    );
    let f = |c: Category| analysis.findings.iter().filter(move |f| f.category == c);

    let unit = f(Category::Unit).next().expect("a unit finding");
    assert_eq!(unit.value.as_deref(), Some("Meridian Biosafety Laboratory"));
    assert!(
        unit.evidence.len() >= 3,
        "name, acronym and short form: {:?}",
        unit.evidence
    );

    let office = f(Category::Location)
        .find(|f| f.location.is_some())
        .expect("an office finding");
    let area = office.location.unwrap();
    let d = GeoPoint::new(area.lat, area.lon)
        .unwrap()
        .distance_m(&GeoPoint::new(OFFICE.0, OFFICE.1).unwrap());
    assert!(d < 300.0, "office found {d:.0} m away");

    assert!(f(Category::Role).next().is_some(), "a role finding");
    assert!(f(Category::Home).next().is_some(), "a home finding");
    let routine =
        f(Category::Routine).find(|f| f.value.as_deref().is_some_and(|v| v.contains("Thursdays")));
    assert!(
        routine.is_some(),
        "the Thursday swim: {:?}",
        analysis
            .findings
            .iter()
            .map(|f| &f.title)
            .collect::<Vec<_>>()
    );
    assert!(
        analysis
            .findings
            .iter()
            .any(|f| f.severity == Severity::Critical),
        "unit + role + office is critical"
    );

    // Traps and the trip stay quiet.
    for (i, p) in data.posts.iter().enumerate() {
        let quiet = [
            "The Office reruns",
            "Secret family",
            "Working from home",
            "My unit converter",
            "beach day",
        ];
        if quiet.iter().any(|q| p.text.starts_with(q)) {
            assert!(
                analysis.categories[i].is_empty(),
                "flagged trap: {} {:?}",
                p.text,
                analysis.signals[i]
            );
        }
    }

    // The plan breaks every high and critical finding.
    let high: Vec<_> = analysis
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::High)
        .collect();
    assert!(!analysis.plan.delete.is_empty());
    for f in high {
        assert!(
            analysis.plan.breaks.contains(&f.id),
            "plan does not break {}",
            f.title
        );
    }
    assert!(
        analysis
            .plan
            .warnings
            .iter()
            .any(|w| w.contains("itself visible"))
    );
}

#[test]
fn chinese_persona_names_the_institute_and_its_short_forms() {
    let dir = tempfile::tempdir().unwrap();
    let texts: &[&'static str] = &[
        "今天正式入职东海电子研究所，开心",
        "电子所的年会我又被抓去表演节目",
        "所里组织体检，排队两个小时",
        "我们所的食堂今天有红烧肉",
        "作为雷达技师，最怕的就是半夜值班",
        "所以说周末还是要好好休息",
        "在家追剧《潜伏》，谍战剧真好看",
        "女儿单元测验考了一百分",
    ];
    let tweets: Vec<Tweet<'static>> = texts
        .iter()
        .enumerate()
        .map(|(k, t)| Tweet {
            id: 2_000 + k as u64,
            utc: utc(2022, 1 + k as u32, 3, 4, 0),
            text: t,
            geo: None,
        })
        .collect();
    let path = x_archive(dir.path(), "zh.zip", "lihua", "", &tweets);
    let data = ingest::load_paths(&[path], &ingest::no_progress).unwrap();
    let analysis = analyze::analyze(&data, &options("Asia/Shanghai", ""), &ingest::no_progress);
    let unit = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Unit)
        .expect("unit");
    assert_eq!(unit.value.as_deref(), Some("东海电子研究所"));
    let flagged: Vec<&str> = data
        .posts
        .iter()
        .enumerate()
        .filter(|(i, _)| analysis.categories[*i].contains(Category::Unit))
        .map(|(_, p)| p.text.as_str())
        .collect();
    assert_eq!(flagged.len(), 4, "{flagged:?}");
    let role = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Role)
        .expect("role");
    assert_eq!(role.value.as_deref(), Some("雷达技师"));
    for trap in ["所以说", "在家追剧", "女儿单元测验"] {
        let i = data
            .posts
            .iter()
            .position(|p| p.text.starts_with(trap))
            .unwrap();
        assert!(
            analysis.categories[i].is_empty(),
            "flagged trap {trap}: {:?}",
            analysis.signals[i]
        );
    }
}

#[test]
fn watchlist_site_and_aliases_flag_posts_with_no_cues() {
    let dir = tempfile::tempdir().unwrap();
    let tweets = vec![
        Tweet {
            id: 1,
            utc: utc(2021, 3, 1, 9, 0),
            text: "nice sunrise",
            geo: Some((OFFICE.0 + 0.001, OFFICE.1)),
        },
        Tweet {
            id: 2,
            utc: utc(2021, 3, 2, 9, 0),
            text: "Quiet week at the Annex",
            geo: None,
        },
        Tweet {
            id: 3,
            utc: utc(2021, 3, 3, 9, 0),
            text: "nice sunrise",
            geo: Some((HOME.0, HOME.1)),
        },
    ];
    let path = x_archive(dir.path(), "w.zip", "w", "", &tweets);
    let data = ingest::load_paths(&[path], &ingest::no_progress).unwrap();
    let watch = "[[site]]\nname = \"North Lab\"\naliases = [\"the Annex\"]\nlat = 52.3702\nlon = 4.8952\nradius_m = 300\n";
    let analysis = analyze::analyze(
        &data,
        &options("Europe/Amsterdam", watch),
        &ingest::no_progress,
    );
    let cats: Vec<bool> = analysis
        .categories
        .iter()
        .map(|c| c.contains(Category::Location))
        .collect();
    assert_eq!(cats, [true, true, false]);
    let reason = &analysis.signals[0]
        .iter()
        .find(|s| s.detector == "watchlist-site")
        .unwrap()
        .reason;
    assert!(reason.contains("North Lab"), "{reason}");
}

/// Posts with no position that name parts of a watched site ("Building 7", "C-Jetty" of
/// "Harbour Dive School, Building 7 / C-Jetty") put the workplace where the watchlist does.
#[test]
fn parts_of_a_watched_site_named_in_text_place_the_office_at_the_site() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "Sunrise over C-Jetty before muster",
        "Long brief in Building 7 this morning",
        "Back on C-Jetty with the new boat",
        "nice sunrise",
    ];
    let tweets: Vec<Tweet> = texts
        .iter()
        .enumerate()
        .map(|(k, text)| Tweet {
            id: k as u64 + 1,
            utc: utc(2021, 3, 1 + k as u32, 9, 0),
            text,
            geo: None,
        })
        .collect();
    let path = x_archive(dir.path(), "s.zip", "s", "", &tweets);
    let data = ingest::load_paths(&[path], &ingest::no_progress).unwrap();
    let watch = "[[site]]\nname = \"Harbour Dive School, Building 7 / C-Jetty\"\nlat = 48.3874\nlon = -123.5312\nradius_m = 250\n";
    let analysis = analyze::analyze(
        &data,
        &options("America/Vancouver", watch),
        &ingest::no_progress,
    );
    let office = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Location)
        .expect("a location finding");
    let at = office.location.as_ref().expect("placed at the site");
    assert_eq!((at.lat, at.lon, at.radius_m), (48.3874, -123.5312, 250.0));
    assert_eq!(office.evidence.len(), 3, "{:?}", office.evidence);
    assert!(
        office.explanation.contains("watched site"),
        "{}",
        office.explanation
    );
}

/// An X archive of `texts`, one tweet a day at 15:00 UTC from 1 March 2022 and no geotags,
/// loaded and analysed in time zone `tz` with no watchlist.
fn daily_tweets(dir: &std::path::Path, texts: &[&str], tz: &str) -> (Dataset, Analysis) {
    let tweets: Vec<Tweet<'_>> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Tweet {
            id: 1_000 + i as u64,
            utc: utc(2022, 3, 1 + i as u32, 15, 0),
            text: t,
            geo: None,
        })
        .collect();
    let path = x_archive(dir, "daily.zip", "daily_op", "", &tweets);
    let data = ingest::load_paths(&[path], &ingest::no_progress).unwrap();
    let analysis = analyze::analyze(&data, &options(tz, ""), &ingest::no_progress);
    (data, analysis)
}

/// The texts of every post that a finding of `category` cites.
fn evidence_of<'a>(data: &'a Dataset, analysis: &Analysis, category: Category) -> Vec<&'a str> {
    analysis
        .findings
        .iter()
        .filter(|f| f.category == category)
        .flat_map(|f| f.evidence.iter().map(|&i| data.posts[i].text.as_str()))
        .collect()
}

/// An acronym that adds the type's letters to a short name's initials ("KPNGS" of "Kestrel
/// Point") refers to the unit once it recurs.
#[test]
fn an_acronym_extending_the_short_names_initials_is_the_unit() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "Ten years at Kestrel Point this month, still love the work",
        "Joined Kestrel Point as an operator trainee today",
        "#KPNGS safety stand-down day, eight hours of slides",
        "KPNGS family open house on Saturday!",
        "Made the KPNGS newsletter for my sourdough",
        "Pancakes for dinner again",
    ];
    let (data, analysis) = daily_tweets(dir.path(), &texts, "America/Toronto");
    let unit = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Unit)
        .expect("a unit finding");
    let named: Vec<&str> = unit
        .evidence
        .iter()
        .map(|&i| data.posts[i].text.as_str())
        .collect();
    assert_eq!(named.len(), 5, "{named:?}");
    assert!(!named.iter().any(|t| t.starts_with("Pancakes")));
}

/// An acronym the person tags and writes in posts about their work is their unit, though its
/// name is never spelled out; a social-media tag and a trade's jargon are not.
#[test]
fn an_acronym_tagged_in_posts_about_work_is_the_unit() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "Big week for #JCDS, decon drills with the hazmat crews and a detection kit trial",
        "Showed the new JCDS intake around the decon lab today, feeling old",
        "Last JCDS parade of the year, then the section commander course results",
        "Shout out to the JCDS social club for the coffee machine",
        "#TBT to the beach, section commander course was years ago",
        "#TBT decon drills in the rain",
        "#TBT sunday roast",
        "Pancakes for dinner again",
    ];
    let (_, analysis) = daily_tweets(dir.path(), &texts, "Pacific/Auckland");
    let units: Vec<&str> = analysis
        .findings
        .iter()
        .filter(|f| f.category == Category::Unit)
        .filter_map(|f| f.value.as_deref())
        .collect();
    assert_eq!(units, ["JCDS"]);
    let unit = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Unit)
        .unwrap();
    assert_eq!(unit.evidence.len(), 4);
}

/// A numbered acronym ("23 ADMC", "#23ADMC") is a numbered unit, as "our ADMC" would be, and is
/// tied to its long form; joining a gym is no job.
#[test]
fn a_numbered_acronym_said_about_work_is_the_unit() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "Raising day function at 23 ADMC today. Bada khana, bhangra, CO saab danced also",
        "Got the Havildar rank today. First from my batch in 23 ADMC, now a team of 6 riggers under me",
        "Signed off my first main canopy as inspector today at the Aerial Delivery Maintenance Company",
        "Raising day cake. Third one. #23ADMC",
        "Joined Iron Pump Gym today. Trainer says Monday Wednesday Friday, 6:30 to 8",
        "Inspection table wiped, sewing machines covered. See you in January, 23 ADMC",
        "Pancakes for dinner again",
    ];
    let (data, analysis) = daily_tweets(dir.path(), &texts, "Asia/Kolkata");
    let units: Vec<&str> = analysis
        .findings
        .iter()
        .filter(|f| f.category == Category::Unit)
        .filter_map(|f| f.value.as_deref())
        .collect();
    assert_eq!(units, ["Aerial Delivery Maintenance Company"]);
    let unit = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Unit)
        .unwrap();
    let named: Vec<&str> = unit
        .evidence
        .iter()
        .map(|&i| data.posts[i].text.as_str())
        .collect();
    assert_eq!(named.len(), 5, "{named:?}");
}

/// Two acronyms after the same unit number ("807 AES", "807 SQN") are one unit, even where
/// one of them is also jargon (AES, the cipher); an acronym called "our" in posts about a home
/// ("our BTO toilet") is a flat, not a unit.
#[test]
fn acronyms_after_one_number_are_one_unit_and_a_home_is_none() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "proud of the team today. 807 AES ran the full rapid runway repair drill end to end",
        "807 AES had a demo for visiting officers. we repaired a crater in 55 min",
        "reached the 807 AES hangar at 7.35 after the MRT fault, crater repair kits all checked",
        "807 SQN family day at the base. my mum finally saw what a hangar is",
        "the whole squadron came to my wedding and sang karaoke. I love 807 SQN",
        "807 SQN year end dinner. won a rice cooker in the lucky draw",
        "HDB BTO keys collected!!! 5 years waiting",
        "our BTO toilet floor is cracking again after 4 months, contractor says it's normal",
        "next BTO launch, wei ling says no more reno ever again",
        "BTO neighbours having reno now. drilling at 9am on saturday",
        "Pancakes for dinner again",
    ];
    let (data, analysis) = daily_tweets(dir.path(), &texts, "Asia/Singapore");
    let units: Vec<&mosaic::analyze::Finding> = analysis
        .findings
        .iter()
        .filter(|f| f.category == Category::Unit)
        .collect();
    assert_eq!(
        units.len(),
        1,
        "{:?}",
        units.iter().map(|f| &f.value).collect::<Vec<_>>()
    );
    let named: Vec<&str> = units[0]
        .evidence
        .iter()
        .map(|&i| data.posts[i].text.as_str())
        .collect();
    assert_eq!(named.len(), 6, "{named:?}");
    assert!(named.iter().all(|t| t.contains("807")), "{named:?}");
}

/// A unit named once in full ("北礁水声观测站") and then again and again by its place and type
/// ("北礁站", a name too short to be one on its own) in posts about the work is the unit; the
/// railway station is not.
#[test]
fn a_unit_named_once_then_by_its_short_form_is_the_unit() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "北礁水声观测站年度考核：我负责的水听器阵列标定拿了优",
        "#北礁站 本周待办：把 3 号水听器的标定记录补齐",
        "北礁站年终总结要交了，写了三千字",
        "今天在北礁站第一次独立负责一次测量，数据全部合格",
        "回北礁站上班，站长塞给我三份测量报告要审",
        "北礁站夏季通电试验：电流调到额定值，温升正常",
        "周末去杭州东站接我妈，高铁晚点二十分钟",
        "今天的红烧肉好吃",
    ];
    let (data, analysis) = daily_tweets(dir.path(), &texts, "Asia/Shanghai");
    let unit = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Unit)
        .expect("a unit finding");
    assert_eq!(unit.value.as_deref(), Some("北礁水声观测站"));
    let named: Vec<&str> = unit
        .evidence
        .iter()
        .map(|&i| data.posts[i].text.as_str())
        .collect();
    assert_eq!(named.len(), 6, "{named:?}");
    assert!(named.iter().all(|t| t.contains("北礁")), "{named:?}");
}

/// A unit named by an acronym and its place ("CMDC Nilgaon") goes by the acronym alone too.
#[test]
fn a_unit_named_by_its_acronym_and_place_goes_by_the_acronym() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "Day 1 at CMDC Nilgaon! Officially a lab technician now",
        "Annual sports day at CMDC Nilgaon, our team came second",
        "3 years at CMDC Nilgaon today, thank you to my lab family",
        "Christmas carol practice with the CMDC choir. I was told to sing softly",
        "Monsoon chai on the terrace, perfect evening",
        "New city, new PG, new friends",
    ];
    let (data, analysis) = daily_tweets(dir.path(), &texts, "Asia/Kolkata");
    let named = evidence_of(&data, &analysis, Category::Unit);
    assert!(named.iter().any(|t| t.contains("CMDC choir")), "{named:?}");
    assert!(!named.iter().any(|t| t.contains("chai")), "{named:?}");
}

/// A word of the person's trade said once in a post that reveals the role and again in a post
/// about the unit is theirs: a third post using two such words talks shop.
#[test]
fn the_trades_words_said_at_work_too_are_the_persons_vocabulary() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "Three years at Harrow Vale Records Unit today, still learning",
        "Passed my conservation course! Zorbel and quennet checks from now on",
        "Quiet Tuesday at Harrow Vale Records Unit, zorbel and quennet again",
        "Zorbel then quennet all afternoon, my eyes hurt",
        "Harrow Vale Records Unit bake sale raised heaps",
        "Sunday roast at mum's, too many potatoes",
        "New running shoes, old knees",
    ];
    let (data, analysis) = daily_tweets(dir.path(), &texts, "Europe/Dublin");
    let role = evidence_of(&data, &analysis, Category::Role);
    assert!(
        role.iter().any(|t| t.starts_with("Zorbel then quennet")),
        "{role:?}"
    );
    assert!(!role.iter().any(|t| t.contains("roast")), "{role:?}");
}

/// The proper name the workplace's gates go by ("the Binbirri gate") places the posts that say
/// it without a gate ("Roadworks on Binbirri Rd"); a beach named once beside a jetty does not.
#[test]
fn the_name_of_the_workplaces_gates_places_other_posts() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "Swipe card readers at the Binbirri gate are down again, queue past the cattle grid",
        "New visitor passes at the Binbirri gate, fifteen minutes in the queue",
        "Roadworks on Binbirri Rd till October, leaving Palmerston at 0610",
        "Ute died just past the Binbirri turn-off this arvo",
        "Sunday at the Nightcliff jetty. Kids bombing off the end",
        "Nightcliff markets for a laksa, best in town",
        "Pancakes for dinner again",
    ];
    let (data, analysis) = daily_tweets(dir.path(), &texts, "Australia/Darwin");
    let named = evidence_of(&data, &analysis, Category::Location);
    assert_eq!(
        named.iter().filter(|t| t.contains("Binbirri")).count(),
        4,
        "{named:?}"
    );
    assert!(!named.iter().any(|t| t.contains("markets")), "{named:?}");
}

/// Posts about daylight saving fall on Saturdays because the clocks change on a weekend night,
/// and "unit" is a flat as often as a workplace: neither is a routine of the person's, though
/// touch footy on the same Saturday mornings is.
#[test]
fn daylight_saving_and_flats_on_saturdays_are_no_routine() {
    let dir = tempfile::tempdir().unwrap();
    let mut tweets: Vec<Tweet<'_>> = Vec::new();
    // Auckland (UTC+12 in winter, as on these dates): Saturday 2 July 2022 10:00 local.
    let saturday = utc(2022, 7, 1, 22, 0);
    let topics = [
        (
            8_000,
            0,
            [
                "Daylight saving ends tonight",
                "Daylight saving starts tomorrow, boo",
                "So daylight saving is here",
            ],
        ),
        (
            8_100,
            240,
            [
                "Looking at a unit in Palmerston",
                "Moved into the new unit!",
                "Helped a mate into his unit",
            ],
        ),
        (
            8_200,
            -120,
            [
                "Touch footy, pulled a hammy",
                "Won at touch today",
                "Touch in the rain, soaked",
            ],
        ),
    ];
    // Other posts at any time of any day.
    for k in 0..30i64 {
        tweets.push(Tweet {
            id: 9_000 + k as u64,
            utc: utc(2022, 7, 1, 2, 0) + chrono::Duration::hours(k * 37 + 5 * k * k),
            text: [
                "Pancakes for dinner",
                "Rain again",
                "New book from the library",
            ][k as usize % 3],
            geo: None,
        });
    }
    for (id, minutes, texts) in topics {
        for k in 0..6i64 {
            tweets.push(Tweet {
                id: id + k as u64,
                utc: saturday
                    + chrono::Duration::weeks(k * 3)
                    + chrono::Duration::minutes(minutes + k),
                text: texts[k as usize % 3],
                geo: None,
            });
        }
    }
    let path = x_archive(dir.path(), "t.zip", "ana_m", "", &tweets);
    let data = ingest::load_paths(&[path], &ingest::no_progress).unwrap();
    let analysis = analyze::analyze(
        &data,
        &options("Pacific/Auckland", ""),
        &ingest::no_progress,
    );
    let routine = evidence_of(&data, &analysis, Category::Routine);
    assert!(
        routine.iter().any(|t| t.contains("Touch footy")),
        "{routine:?}"
    );
    assert!(
        !routine
            .iter()
            .any(|t| t.contains("Daylight") || t.contains("unit")),
        "{routine:?}"
    );
}

/// Someone the person writes about on Saturday evenings (给晓雯, 晓雯说) is no routine of theirs;
/// climbing on Wednesday evenings (周三攀岩) is.
#[test]
fn a_person_written_about_at_set_times_is_no_routine() {
    let dir = tempfile::tempdir().unwrap();
    let mut tweets: Vec<Tweet<'_>> = Vec::new();
    // Shanghai (UTC+8): Saturday 7 May 2022 20:00 local, Wednesday 4 May 19:30 local.
    let saturday = utc(2022, 5, 7, 12, 0);
    let wednesday = utc(2022, 5, 4, 11, 30);
    let person = [
        "给晓雯点了一束花",
        "晓雯说周末想去看海",
        "带晓雯去吃火锅",
        "晓雯同意了",
    ];
    let climbing = ["周三攀岩，手好酸", "周三的岩馆人好多", "周三完攀一条新线"];
    for k in 0..6i64 {
        tweets.push(Tweet {
            id: 8_000 + k as u64,
            utc: saturday + chrono::Duration::weeks(k * 3) + chrono::Duration::minutes(k),
            text: person[k as usize % person.len()],
            geo: None,
        });
        tweets.push(Tweet {
            id: 8_100 + k as u64,
            utc: wednesday + chrono::Duration::weeks(k * 3) + chrono::Duration::minutes(2 * k),
            text: climbing[k as usize % climbing.len()],
            geo: None,
        });
    }
    for k in 0..30i64 {
        tweets.push(Tweet {
            id: 9_000 + k as u64,
            utc: utc(2022, 5, 1, 2, 0) + chrono::Duration::hours(k * 37 + 5 * k * k),
            text: ["今天的红烧肉好吃", "又下雨了", "图书馆借了新书"][k as usize % 3],
            geo: None,
        });
    }
    let path = x_archive(dir.path(), "t.zip", "chen_x", "", &tweets);
    let data = ingest::load_paths(&[path], &ingest::no_progress).unwrap();
    let analysis = analyze::analyze(&data, &options("Asia/Shanghai", ""), &ingest::no_progress);
    let routine = evidence_of(&data, &analysis, Category::Routine);
    assert!(routine.iter().any(|t| t.contains("攀岩")), "{routine:?}");
    assert!(!routine.iter().any(|t| t.contains("晓雯")), "{routine:?}");
}

/// "The 658th", said again and again about work, is a numbered unit; "the 25th" is a date.
#[test]
fn a_units_ordinal_said_about_work_is_the_unit() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "Proud to officially be a host analyst with the 658th. Tough selection",
        "Huge shoutout to the 658th hunt team, two weeks of threat hunting on a partner network",
        "TS/SCI reinvestigations all came back, nice to not have that hanging over the 658th",
        "Incident response drill all night with the 658th, the SIEM lit up like Christmas",
        "Rent is due on the 25th, then payday on the 28th",
        "Pancakes for dinner again",
    ];
    let (data, analysis) = daily_tweets(dir.path(), &texts, "America/Chicago");
    let unit = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Unit)
        .expect("a unit finding");
    assert_eq!(unit.value.as_deref(), Some("658th"));
    let named: Vec<&str> = unit
        .evidence
        .iter()
        .map(|&i| data.posts[i].text.as_str())
        .collect();
    assert_eq!(named.len(), 4, "{named:?}");
}

/// A lesser work cue ("audit") said at the office counts toward the role (`role-at-work`); the
/// same cue posted elsewhere does not.
#[test]
fn a_work_cue_at_the_office_reveals_the_role() {
    let dir = tempfile::tempdir().unwrap();
    let office = (47.5596, -122.6429);
    let mut tweets: Vec<Tweet<'_>> = Vec::new();
    for week in 0..8u32 {
        tweets.push(Tweet {
            id: 2_000 + u64::from(week),
            // Tuesdays, 17:00 UTC = 09:00/10:00 Pacific.
            utc: utc(2022, 3, 1, 17, 0) + chrono::Duration::weeks(i64::from(week)),
            text: if week % 2 == 0 {
                "Ultrasonic testing on hull welds all morning"
            } else {
                "Coffee first"
            },
            geo: Some(office),
        });
    }
    tweets.push(Tweet {
        id: 3_000,
        utc: utc(2022, 5, 3, 18, 0),
        text: "Our QA audit starts Monday, pray for me",
        geo: Some(office),
    });
    tweets.push(Tweet {
        id: 3_001,
        utc: utc(2022, 5, 7, 18, 0),
        text: "Our QA audit of the bake sale accounts went fine",
        geo: None,
    });
    let path = x_archive(dir.path(), "w.zip", "ndt_pat", "", &tweets);
    let data = ingest::load_paths(&[path], &ingest::no_progress).unwrap();
    let analysis = analyze::analyze(
        &data,
        &options("America/Los_Angeles", ""),
        &ingest::no_progress,
    );
    let at_work = |text: &str| {
        let i = data
            .posts
            .iter()
            .position(|p| p.text.starts_with(text))
            .unwrap();
        analysis.signals[i]
            .iter()
            .any(|s| s.detector == "role-at-work")
    };
    assert!(at_work("Our QA audit starts"), "{:?}", analysis.findings);
    assert!(!at_work("Our QA audit of the bake sale"));
}

#[test]
fn the_same_activity_at_the_same_time_each_week_is_a_routine() {
    let dir = tempfile::tempdir().unwrap();
    let mut tweets: Vec<Tweet<'_>> = Vec::new();
    // Taipei (UTC+8): the shuttle on weekday mornings 07:30–07:44, every few weeks; climbing
    // on Wednesday evenings (週三) at about 20:00; no geotags at all.
    let monday = utc(2022, 5, 1, 23, 30); // Monday 2 May 07:30 local
    for k in 0..7i64 {
        tweets.push(Tweet {
            id: 5_000 + k as u64,
            utc: monday
                + chrono::Duration::weeks(k * 3)
                + chrono::Duration::days(k % 5)
                + chrono::Duration::minutes(k * 2),
            text: ["接駁車上補眠 zzz", "趕上接駁車了", "接駁車司機今天放周杰倫"][k as usize % 3],
            geo: None,
        });
    }
    let wednesday = utc(2022, 5, 4, 12, 0); // Wednesday 20:00 local
    for k in 0..6i64 {
        tweets.push(Tweet {
            id: 6_000 + k as u64,
            utc: wednesday + chrono::Duration::weeks(k * 5) + chrono::Duration::minutes(k * 7),
            text: ["週三攀岩，手好痠", "週三的岩館人好多", "週三 session 完攀"][k as usize % 3],
            geo: None,
        });
    }
    // The same word at any time of any day is no routine.
    for k in 0..7i64 {
        tweets.push(Tweet {
            id: 7_000 + k as u64,
            utc: utc(2022, 5, 1, 2, 0) + chrono::Duration::hours(k * 77 + 13 * k * k),
            text: "bubble tea run again",
            geo: None,
        });
    }
    let path = x_archive(dir.path(), "t.zip", "lin_zy", "", &tweets);
    let data = ingest::load_paths(&[path], &ingest::no_progress).unwrap();
    let analysis = analyze::analyze(&data, &options("Asia/Taipei", ""), &ingest::no_progress);
    let routine = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Routine)
        .expect("a routine finding");
    let value = routine.value.clone().unwrap_or_default();
    assert!(value.contains("接驳"), "{value}");
    assert!(value.contains("Wednesdays"), "{value}");
    let flagged = |text: &str| {
        data.posts
            .iter()
            .enumerate()
            .filter(|(_, p)| p.text.starts_with(text))
            .all(|(i, _)| {
                analysis.signals[i]
                    .iter()
                    .any(|s| s.detector == "recurring-topic")
            })
    };
    assert!(flagged("趕上接駁車"));
    assert!(flagged("週三攀岩"));
    assert!(
        !data
            .posts
            .iter()
            .enumerate()
            .filter(|(_, p)| p.text.starts_with("bubble tea"))
            .any(|(i, _)| analysis.signals[i]
                .iter()
                .any(|s| s.detector == "recurring-topic"))
    );
}

#[test]
fn checking_in_at_an_organisation_at_work_names_the_unit() {
    use mosaic::model::{Platform, Post, PostId};
    let office = GeoPoint::new(11.0149, 124.0077).unwrap();
    let mut posts = Vec::new();
    // Manila (UTC+8): weekdays around 10:00 local, every week for three months, checked in
    // at the station; the texts say nothing.
    for week in 0..12i64 {
        let t = utc(2019, 1, 7, 2, 0)
            + chrono::Duration::weeks(week)
            + chrono::Duration::days(week % 5);
        let mut p = Post::new(
            PostId(format!("facebook:{week}")),
            Platform::Facebook,
            None,
            t,
            ["Duty mode ☕", "Ang init today", "Payday!"][week as usize % 3].into(),
        );
        p.geo = Some(office);
        p.place = Some("Coast Guard Station Sinagtala".into());
        posts.push(p);
    }
    posts.push(Post::new(
        PostId("facebook:100".into()),
        Platform::Facebook,
        None,
        utc(2019, 5, 2, 6, 0),
        "Station Sinagtala family day! The kids loved the boat ride".into(),
    ));
    let data = finished(Platform::Facebook, posts);
    let analysis = analyze::analyze(&data, &options("Asia/Manila", ""), &ingest::no_progress);
    let unit = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Unit)
        .expect("a unit finding");
    assert_eq!(unit.value.as_deref(), Some("Coast Guard Station Sinagtala"));
    let family_day = data
        .posts
        .iter()
        .position(|p| p.text.starts_with("Station Sinagtala family day"))
        .unwrap();
    assert!(unit.evidence.contains(&family_day), "{unit:?}");
}

/// A post at `at`, its text one of three everyday ones by its number, as the place tests
/// build them.
fn geotagged(
    platform: mosaic::model::Platform,
    id: usize,
    t: chrono::DateTime<chrono::Utc>,
    at: GeoPoint,
    texts: [&str; 3],
) -> mosaic::model::Post {
    let mut p = mosaic::model::Post::new(
        mosaic::model::PostId(format!("{}:{id}", platform.as_str())),
        platform,
        None,
        t,
        texts[id % 3].into(),
    );
    p.geo = Some(at);
    p
}

/// That the analysis has an office within 300 m of `at`.
fn assert_office_at(analysis: &Analysis, at: GeoPoint) {
    let office = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Location)
        .expect("an office finding");
    let center = office.location.as_ref().expect("an area").center();
    assert!(center.distance_m(&at) < 300.0, "{office:?}");
}

/// `n` posts at `at`, every third week from `first` on its weekday and two days later by turns,
/// each `drift` minutes later than the one before.
fn two_days_a_week(
    platform: mosaic::model::Platform,
    first: chrono::DateTime<chrono::Utc>,
    n: i64,
    drift: i64,
    at: GeoPoint,
    texts: [&str; 3],
) -> Vec<mosaic::model::Post> {
    (0..n)
        .map(|k| {
            let t = first
                + chrono::Duration::weeks(k * 3)
                + chrono::Duration::days(if k % 2 == 0 { 0 } else { 2 })
                + chrono::Duration::minutes(k * drift);
            geotagged(platform, k as usize, t, at, texts)
        })
        .collect()
}

#[test]
fn a_gym_on_two_set_afternoons_is_not_the_office() {
    use mosaic::model::Platform;
    let lot = GeoPoint::new(37.9531, -91.5127).unwrap();
    let gym = GeoPoint::new(38.0060, -91.4545).unwrap();
    let mut posts = Vec::new();
    let mut push = |id: usize, t: chrono::DateTime<chrono::Utc>, at: GeoPoint| {
        posts.push(geotagged(
            Platform::Instagram,
            id,
            t,
            at,
            ["sky", "cold one", "small wins"],
        ));
    };
    // Chicago (UTC-6 in winter). The lot at shift start (05:45) and end (14:20) on Sundays,
    // Tuesdays and Thursdays; the gym on Mondays and Wednesdays at 15:25, all in office hours.
    let sunday = utc(2021, 1, 3, 11, 45);
    for k in 0..12i64 {
        let day = [0, 2, 4][k as usize % 3] + 7 * k;
        let hour = if k % 2 == 0 { 0 } else { 8 * 60 + 35 };
        push(
            k as usize,
            sunday + chrono::Duration::days(day) + chrono::Duration::minutes(hour),
            lot,
        );
    }
    for k in 0..7i64 {
        let day = 1 + [0, 2][k as usize % 2] + 7 * k;
        push(
            100 + k as usize,
            sunday + chrono::Duration::days(day) + chrono::Duration::minutes(9 * 60 + 25 + k),
            gym,
        );
    }
    let data = finished(Platform::Instagram, posts);
    let analysis = analyze::analyze(&data, &options("America/Chicago", ""), &ingest::no_progress);
    assert_office_at(&analysis, lot);
}

#[test]
fn lunch_breaks_at_work_on_set_weekdays_are_the_office() {
    use mosaic::model::Platform;
    let centre = GeoPoint::new(22.2655, 114.2395).unwrap();
    // Hong Kong (UTC+8): Tuesdays and Thursdays at lunch, 12:00–12:30, over months; two posts
    // in three say where they are in work words.
    let posts = two_days_a_week(
        Platform::Instagram,
        utc(2021, 3, 2, 4, 0),
        10,
        3,
        centre,
        [
            "返工食lunch 凍檸茶少甜 續命",
            "lunch 坐喺中心門口 曬下太陽",
            "菠蘿包 🐦",
        ],
    );
    let data = finished(Platform::Instagram, posts);
    let analysis = analyze::analyze(&data, &options("Asia/Hong_Kong", ""), &ingest::no_progress);
    assert_office_at(&analysis, centre);
}

/// Bare location shares (Telegram's) at the same place on Wednesday lunchtimes, week after week,
/// with no other workplace in the archive: lunch breaks at work, the office. The swimming pool
/// on Monday and Wednesday evenings stays a routine.
#[test]
fn bare_locations_at_weekday_lunch_with_no_other_workplace_are_the_office() {
    use mosaic::model::Platform;
    let tunnel = GeoPoint::new(24.3131, 120.7419).unwrap();
    let pool = GeoPoint::new(24.2480, 120.7265).unwrap();
    let mut posts = Vec::new();
    // Taipei (UTC+8): Wednesdays (2021-09-01 is one) at 12:10 and a few minutes later each time.
    let wednesday = utc(2021, 9, 1, 4, 10);
    for k in 0..10i64 {
        let t = wednesday + chrono::Duration::weeks(k * 5) + chrono::Duration::minutes(k * 3);
        posts.push(geotagged(
            Platform::Telegram,
            k as usize,
            t,
            tunnel,
            ["", "", ""],
        ));
    }
    for k in 0..8i64 {
        let t = utc(2021, 9, 6, 11, 40)
            + chrono::Duration::weeks(k * 4)
            + chrono::Duration::days(if k % 2 == 0 { 0 } else { 2 });
        posts.push(geotagged(
            Platform::Telegram,
            100 + k as usize,
            t,
            pool,
            ["🏊", "", ""],
        ));
    }
    let data = finished(Platform::Telegram, posts);
    let analysis = analyze::analyze(&data, &options("Asia/Taipei", ""), &ingest::no_progress);
    assert_office_at(&analysis, tunnel);
}

#[test]
fn a_flat_posted_from_on_two_set_evenings_saying_at_home_is_home() {
    use mosaic::model::Platform;
    let flat = GeoPoint::new(34.3620, 107.1750).unwrap();
    // Beijing time (UTC+8): Thursdays and Saturdays around 20:00, over months.
    let posts = two_days_a_week(
        Platform::Facebook,
        utc(2019, 1, 3, 12, 0),
        8,
        7,
        flat,
        [
            "下雪了，在家涮羊肉",
            "下班回家，阳台上喝茶",
            "买了个二手沙发，舒服",
        ],
    );
    let data = finished(Platform::Facebook, posts);
    let analysis = analyze::analyze(&data, &options("Asia/Shanghai", ""), &ingest::no_progress);
    let home = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Home)
        .expect("a home finding");
    assert_eq!(home.evidence.len(), 8);
    assert!(
        !analysis
            .findings
            .iter()
            .any(|f| f.category == Category::Routine),
        "{:?}",
        analysis.findings
    );
}

#[test]
fn a_far_family_home_on_some_saturdays_is_not_a_routine() {
    use mosaic::model::Platform;
    let base = GeoPoint::new(51.6512, -9.6875).unwrap();
    let pool = GeoPoint::new(51.676, -9.448).unwrap();
    let mams = GeoPoint::new(52.695, -7.785).unwrap();
    let mut posts = Vec::new();
    let mut push = |id: usize, t: chrono::DateTime<chrono::Utc>, at: GeoPoint| {
        posts.push(geotagged(
            Platform::X,
            id,
            t,
            at,
            ["grand day", "sound", "the usual"],
        ));
    };
    // Dublin time (UTC in winter, +1 in summer): the base on weekday mornings for months; the
    // pool on Tuesday evenings; Mam's, 150 km away, on Saturday afternoons months apart and
    // at Christmas.
    let monday = utc(2020, 1, 6, 9, 0);
    for k in 0..20i64 {
        let t = monday + chrono::Duration::weeks(k * 2) + chrono::Duration::days(k % 5);
        push(k as usize, t, base);
    }
    for k in 0..6i64 {
        let t = utc(2020, 1, 7, 19, 30) + chrono::Duration::weeks(k * 4);
        push(100 + k as usize, t, pool);
    }
    let visits = [
        utc(2019, 6, 8, 18, 0),
        utc(2019, 8, 10, 10, 0),
        utc(2019, 12, 25, 14, 0),
        utc(2020, 2, 22, 15, 30),
        utc(2020, 8, 8, 14, 0),
        utc(2020, 12, 24, 20, 0),
        utc(2021, 5, 22, 11, 40),
        utc(2022, 4, 16, 13, 20),
        utc(2022, 8, 20, 11, 0),
    ];
    for (k, t) in visits.into_iter().enumerate() {
        push(200 + k, t, mams);
    }
    let data = finished(Platform::X, posts);
    let analysis = analyze::analyze(&data, &options("Europe/Dublin", ""), &ingest::no_progress);
    let routines: Vec<String> = analysis
        .findings
        .iter()
        .filter(|f| f.category == Category::Routine)
        .filter_map(|f| f.value.clone())
        .collect();
    assert!(
        routines.iter().any(|v| v.contains("Tuesdays")),
        "{routines:?}"
    );
    assert!(
        !routines.iter().any(|v| v.contains("52.69")),
        "{routines:?}"
    );
}

#[test]
fn a_check_in_at_a_district_places_no_home() {
    use mosaic::model::Platform;
    // Beijing time (UTC+8). Evenings and weekends at holidays, checked in at the parents'
    // district: the area's centre point every time, not where anyone lives.
    let district = GeoPoint::new(34.756, 113.678).unwrap();
    let build = |place: &str| {
        let mut posts = Vec::new();
        for k in 0..8i64 {
            let t = utc(2021, 1, 2, 14, 0)
                + chrono::Duration::weeks(k * 7)
                + chrono::Duration::hours([0, 1, 2, 9, 10, 11][k as usize % 6]);
            let mut p = geotagged(
                Platform::Facebook,
                k as usize,
                t,
                district,
                ["回家", "饺子", "团圆"],
            );
            p.place = Some(place.to_string());
            posts.push(p);
        }
        let data = finished(Platform::Facebook, posts);
        analyze::analyze(&data, &options("Asia/Shanghai", ""), &ingest::no_progress)
            .findings
            .iter()
            .any(|f| f.category == Category::Home)
    };
    assert!(!build("郑州·金水区"));
    assert!(!build("金水区"));
    // A named place in that district is where the posts were made.
    assert!(build("金水花园小区"));
}

#[test]
fn a_station_passed_at_the_same_time_every_morning_is_not_the_office() {
    use mosaic::model::Platform;
    let base = GeoPoint::new(22.4475, 114.0915).unwrap();
    let station = GeoPoint::new(22.4348, 114.0631).unwrap();
    let mut posts = Vec::new();
    let mut push = |id: usize, t: chrono::DateTime<chrono::Utc>, at: GeoPoint, place: &str| {
        let mut p = geotagged(Platform::Facebook, id, t, at, ["好熱", "落雨", "早晨"]);
        p.place = (!place.is_empty()).then(|| place.to_string());
        posts.push(p);
    };
    // Hong Kong (UTC+8). Checked in at the station at 07:30 on any day, weekdays and weekends
    // alike; photos at the base at every hour of a shift worker's day and night.
    let start = utc(2020, 3, 2, 0, 0);
    for k in 0..12i64 {
        let t = start + chrono::Duration::days(9 * k) - chrono::Duration::minutes(30 - k % 5);
        push(k as usize, t, station, "Kam Sheung Road Station");
    }
    for k in 0..14i64 {
        let hour = [1, 4, 6, 9, 13, 16, 19][k as usize % 7];
        let t = start + chrono::Duration::days(7 * k + 2) + chrono::Duration::hours(hour);
        push(100 + k as usize, t, base, "");
    }
    let data = finished(Platform::Facebook, posts);
    let analysis = analyze::analyze(&data, &options("Asia/Hong_Kong", ""), &ingest::no_progress);
    let office = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Location)
        .expect("an office finding");
    let at = office.location.as_ref().expect("an area").center();
    assert!(at.distance_m(&base) < 300.0, "{office:?}");
    // The station is a stop on the way, and no unit.
    assert!(
        analysis
            .findings
            .iter()
            .all(|f| f.category != Category::Unit),
        "{:?}",
        analysis.findings
    );
}

#[test]
fn a_gate_named_on_the_way_to_work_is_the_workplace() {
    use mosaic::model::{Platform, Post, PostId};
    let texts = [
        "锦湖路那段在修路，厂车绕了一大圈从北门进，差点打卡迟到",
        "周末去东门逛街，买了两件衣服",
        "早上三号门安检排了二十分钟，新装了闸机",
    ];
    let posts: Vec<Post> = texts
        .iter()
        .enumerate()
        .map(|(k, t)| {
            Post::new(
                PostId(format!("mastodon:{k}")),
                Platform::Mastodon,
                None,
                utc(2022, 5, 10 + k as u32, 1, 0),
                (*t).into(),
            )
        })
        .collect();
    let data = finished(Platform::Mastodon, posts);
    let analysis = analyze::analyze(&data, &options("Asia/Shanghai", ""), &ingest::no_progress);
    let place = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Location)
        .expect("a workplace finding");
    let idx = |start: &str| {
        data.posts
            .iter()
            .position(|p| p.text.starts_with(start))
            .unwrap()
    };
    assert!(place.evidence.contains(&idx("锦湖路")), "{place:?}");
    assert!(place.evidence.contains(&idx("早上三号门")), "{place:?}");
    // The same kind of word in a weekend outing is not the workplace.
    assert!(!place.evidence.contains(&idx("周末去东门")), "{place:?}");
}

#[test]
fn cantonese_unit_its_tag_and_our_team() {
    let dir = tempfile::tempdir().unwrap();
    let texts: &[&'static str] = &[
        "今日正式加入港灣空中支援隊，開心到瞓唔著 #HASU",
        "HASU 25週年晚宴，隊長講到喊 🥹",
        "我哋隊開放日好多細路，個個都想坐上直升機影相",
        "空支隊飯堂今日有咖喱魚蛋，值得一讚",
        "表哥喺航空公司做機師，今日佢生日",
        "今晚我哋籃球隊贏咗，好耐冇咁爽",
        "Harbour Air Support Unit 行山日，落雨都照行",
        "Hong Kong Aviation Club 今日開放，睇到好多小飛機",
    ];
    let tweets: Vec<Tweet<'static>> = texts
        .iter()
        .enumerate()
        .map(|(k, t)| Tweet {
            id: 3_000 + k as u64,
            utc: utc(2022, 1 + k as u32, 3, 4, 0),
            text: t,
            geo: None,
        })
        .collect();
    let path = x_archive(dir.path(), "yue.zip", "hasu_eng", "", &tweets);
    let data = ingest::load_paths(&[path], &ingest::no_progress).unwrap();
    let analysis = analyze::analyze(&data, &options("Asia/Hong_Kong", ""), &ingest::no_progress);
    let units: Vec<&str> = analysis
        .findings
        .iter()
        .filter(|f| f.category == Category::Unit)
        .filter_map(|f| f.value.as_deref())
        .collect();
    assert_eq!(units, ["港灣空中支援隊"]);
    let unit_posts = |start: &str| {
        let i = data
            .posts
            .iter()
            .position(|p| p.text.starts_with(start))
            .unwrap();
        analysis.categories[i].contains(Category::Unit)
    };
    // The tag beside the name, "our team" (我哋隊) and the short form refer to it.
    assert!(unit_posts("HASU 25週年"));
    assert!(unit_posts("我哋隊開放日"));
    assert!(unit_posts("空支隊飯堂"));
    // The English name its acronym stands for is the unit too; a club with other initials is not.
    assert!(unit_posts("Harbour Air Support Unit 行山日"));
    assert!(!unit_posts("Hong Kong Aviation Club"));
    // A cousin's airline is not the unit.
    assert!(!unit_posts("表哥喺航空公司"));
}

#[test]
fn map_pins_in_posts_that_name_the_workplace_put_it_on_the_map() {
    use mosaic::model::{Platform, Post, PostId};
    let texts = [
        "Charity cycle on Saturday! We set off from the Gate 3 car park at 8. Pin for anyone joining: https://www.google.com/maps/place/57.68741,-4.15905",
        "Blood donor session in Building 14 next Thursday, 10 till 3. Visitors' pin: https://maps.google.com/?q=57.68668,-4.15826",
        "The queue at Gate 3 was back to the roundabout again this morning",
        "Lovely walk on the beach with the dog",
    ];
    let mut posts: Vec<Post> = texts
        .iter()
        .enumerate()
        .map(|(k, t)| {
            Post::new(
                PostId(format!("linkedin:{k}")),
                Platform::Linkedin,
                None,
                utc(2024, 1 + k as u32, 10, 12, 0),
                (*t).into(),
            )
        })
        .collect();
    assert_eq!(mosaic::ingest::maplinks::locate_posts(&mut posts), 2);
    let data = finished(Platform::Linkedin, posts);
    let analysis = analyze::analyze(&data, &options("Europe/London", ""), &ingest::no_progress);
    let place = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Location)
        .expect("a workplace finding");
    let at = place.location.as_ref().expect("put on the map").center();
    let pin = GeoPoint::new(57.68741, -4.15905).unwrap();
    assert!(at.distance_m(&pin) < 100.0, "{place:?}");
    let pinned = data
        .posts
        .iter()
        .position(|p| p.text.starts_with("Charity cycle"))
        .unwrap();
    assert!(
        analysis.signals[pinned].iter().any(|s| s
            .reason
            .starts_with("shares a map pin at 57.68741, -4.15905")),
        "{:?}",
        analysis.signals[pinned]
    );
}

#[test]
fn the_same_timed_departure_in_posts_on_different_days_is_a_routine() {
    use mosaic::model::{Platform, Post, PostId};
    let texts = [
        (
            utc(2020, 4, 16, 5, 5),
            "The 06:10 minibus from the layby smelled of bacon and regret",
        ),
        (utc(2021, 2, 3, 19, 0), "Lovely roast with the in-laws"),
        (
            utc(2023, 7, 29, 5, 6),
            "Missed the 06:10 minibus, so it was the old Corsa up the hill",
        ),
        (
            utc(2023, 9, 2, 10, 0),
            "Caught the 9:15 train to Leeds for the match",
        ),
    ];
    let posts: Vec<Post> = texts
        .iter()
        .enumerate()
        .map(|(k, (t, text))| {
            Post::new(
                PostId(format!("mastodon:{k}")),
                Platform::Mastodon,
                None,
                *t,
                (*text).into(),
            )
        })
        .collect();
    let data = finished(Platform::Mastodon, posts);
    let analysis = analyze::analyze(&data, &options("Europe/London", ""), &ingest::no_progress);
    let routine = analysis
        .findings
        .iter()
        .find(|f| f.category == Category::Routine)
        .expect("a routine finding");
    assert!(
        routine.explanation.contains("the 06:10 minibus"),
        "{routine:?}"
    );
    let idx = |start: &str| {
        data.posts
            .iter()
            .position(|p| p.text.starts_with(start))
            .unwrap()
    };
    assert!(routine.evidence.contains(&idx("The 06:10")));
    assert!(routine.evidence.contains(&idx("Missed the 06:10")));
    // One timed train is a trip, not a routine.
    assert!(!routine.evidence.contains(&idx("Caught the 9:15")));
}

#[test]
fn the_yard_with_a_capital_is_the_dockyard() {
    let texts = [
        "First week at Saltmarsh Naval Dockyard, badge photo is a crime",
        "Our lot at the Yard raised £2,340 for the hospice with the Santa dash",
        "Mowed the back yard, the dog supervised",
        "Watching The Yard on telly tonight, terrible accents",
        "Saltmarsh Naval Dockyard open day was brilliant, the kids loved the tugs",
    ];
    let (_, flagged) = units_of(mosaic::model::Platform::Linkedin, "Europe/London", &texts);
    assert!(flagged.contains(&1), "{flagged:?}");
    assert!(
        !flagged.contains(&2) && !flagged.contains(&3),
        "{flagged:?}"
    );
}

/// Posts of one platform made from texts, a month apart from January of `year`.
fn posts_of(
    platform: mosaic::model::Platform,
    year: i32,
    texts: &[&str],
) -> Vec<mosaic::model::Post> {
    use mosaic::model::{Post, PostId};
    texts
        .iter()
        .enumerate()
        .map(|(k, t)| {
            Post::new(
                PostId(format!("p:{k}")),
                platform,
                None,
                utc(year, 1 + (k as u32 % 12), 3 + k as u32, 11, 0),
                (*t).into(),
            )
        })
        .collect()
}

/// Every post at `want` (indices into `texts`) is among the `flagged` ones.
fn assert_flagged(texts: &[&str], flagged: &[usize], want: &[usize]) {
    for &i in want {
        assert!(
            flagged.contains(&i),
            "{:?} not flagged: {flagged:?}",
            texts[i]
        );
    }
}

/// The unit findings' values and the indices of the posts flagged `unit`, for a few posts of
/// one platform with no watchlist.
fn units_of(
    platform: mosaic::model::Platform,
    tz: &str,
    texts: &[&str],
) -> (Vec<String>, Vec<usize>) {
    let data = finished(platform, posts_of(platform, 2022, texts));
    let analysis = analyze::analyze(&data, &options(tz, ""), &ingest::no_progress);
    let names = analysis
        .findings
        .iter()
        .filter(|f| f.category == Category::Unit)
        .filter_map(|f| f.value.clone())
        .collect();
    let flagged = data
        .posts
        .iter()
        .enumerate()
        .filter(|(i, _)| analysis.categories[*i].contains(Category::Unit))
        .map(|(_, p)| texts.iter().position(|t| **t == *p.text).unwrap())
        .collect();
    (names, flagged)
}

#[test]
fn numbered_units_are_named_by_their_number_in_every_form() {
    let texts = [
        "Now officially part of the 32 ENG family, new camp new faces",
        "32nd Engineer Regiment anniversary parade, boots polished till 2am",
        "#32ENG won the inter-unit tug of war!!",
        "Three-two regimental dinner tonight, the cake had our badge on it",
        "Our regt's bowling team lost again, so sad",
        "Made laksa at home, 32 degrees outside",
        "Watched a film about engineers in the war, ok only",
    ];
    let (names, flagged) = units_of(mosaic::model::Platform::Instagram, "Asia/Singapore", &texts);
    assert!(names.iter().any(|n| n.starts_with("32")), "{names:?}");
    assert_flagged(&texts, &flagged, &[0, 1, 2, 3, 4]);
    assert!(
        !flagged.contains(&5) && !flagged.contains(&6),
        "{flagged:?}"
    );
}

#[test]
fn stations_named_after_their_kind_with_nicknames_and_malay_names() {
    // An RAF station, its clipped nickname and "oor station" in Scots.
    let texts = [
        "Families day at RAF Glenmorrach, the weans loved the fire engines",
        "Night shift again at my new station, the crew at Glenmorrach are sound",
        "Oor station's quiz team won the trophy, nae bother",
        "The Morrach's Christmas night out is booked, dinner and a ceilidh",
        "Walked up the brae behind the house, braw view",
        "Summer Camp Glenmorrach for the kids was a wee bit pricey",
    ];
    let (names, flagged) = units_of(mosaic::model::Platform::Mastodon, "Europe/London", &texts);
    assert!(names.iter().any(|n| n == "RAF Glenmorrach"), "{names:?}");
    assert_flagged(&texts, &flagged, &[0, 1, 2, 3]);
    assert!(!flagged.contains(&4), "{flagged:?}");

    // A Malay laboratory name, its place alone in Chinese text, and 我们lab.
    let texts = [
        "终于调到Makmal Kimia Bukit Serai了，新同事都很nice",
        "Bukit Serai 的 makmal 今天停电，全部样本要转冰箱",
        "我们lab的年度dinner，抽奖抽到电饭锅 😂",
        "Makmal Bukit Serai 新大楼开幕，不用再挤旧楼了",
        "周末去吃榴莲，猫山王今年好便宜",
    ];
    let (names, flagged) = units_of(
        mosaic::model::Platform::Facebook,
        "Asia/Kuala_Lumpur",
        &texts,
    );
    assert!(names.iter().any(|n| n.contains("Bukit Serai")), "{names:?}");
    assert_flagged(&texts, &flagged, &[0, 1, 2, 3]);
    assert!(!flagged.contains(&4), "{flagged:?}");
}

#[test]
fn a_station_named_once_is_the_unit_beside_our_station() {
    // Traditional Chinese: the station's name once, 我們站 and 全站, 報到 at its place.
    let texts = [
        "#白沙嶼雷達站 今天換了新的咖啡機，終於有好咖啡",
        "我們站的阿姨煮了麻油雞，值完夜班喝一碗超幸福",
        "全站一起幫學長慶生 🎂",
        "報到第一天，白沙嶼的風大到站不穩",
        "我表哥在電信公司做基站維護，過年又被叫去搶修",
        "週末去白沙灣玩水，人超多",
        "來白沙嶼三年了，每天看同一片海還是看不膩",
    ];
    let (names, flagged) = units_of(mosaic::model::Platform::X, "Asia/Taipei", &texts);
    assert!(names.iter().any(|n| n == "白沙嶼雷達站"), "{names:?}");
    assert_flagged(&texts, &flagged, &[0, 1, 2, 3, 6]);
    assert!(
        !flagged.contains(&4) && !flagged.contains(&5),
        "{flagged:?}"
    );
}
