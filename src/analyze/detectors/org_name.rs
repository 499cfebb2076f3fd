//! Organisation names in text: candidates for unit discovery.

use crate::analyze::detector::{Context, Detector};
use crate::analyze::matcher::Scanned;
use crate::analyze::orgs;
use crate::analyze::{Category, Signal, Strength};
use crate::model::Post;

/// Capitalised names ending in an organisation word, and Chinese names ending in 所/院/局/….
pub struct OrganisationName;

impl Detector for OrganisationName {
    fn id(&self) -> &'static str {
        "organisation-name"
    }
    fn category(&self) -> Category {
        Category::Unit
    }
    fn summary(&self) -> &'static str {
        "names an organisation (\"… Naval Shipyard\", \"…研究所\"): a candidate for the unit"
    }
    fn explain(&self) -> &'static str {
        "## What it detects\nNames that look like organisations: capitalised phrases ending in an organisation\n\
         word (Shipyard, Institute, Laboratory, Agency, Squadron, …) with a distinctive word before it, and\n\
         Chinese names ending in 所, 院, 局, 厂, 中心, 基地, 公司, 部队, ….\n\n\
         ## Why it matters\nOn its own a name is weak; unit discovery counts how many posts and cues support\n\
         each name, ties short forms and acronyms to it, and names the best-supported one as the unit.\n\n\
         ## Example\n\"Harbor Point Naval Shipyard apprentices graduated today\".\n\n\
         ## False positives\nTV shows and everyday places (\"The Office\", 电影院, 医院) are excluded; names in\n\
         posts about watching or reading something are ignored."
    }
    fn check(&self, _post: &Post, s: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>) {
        if cx.flags.off_work() {
            return;
        }
        for n in orgs::typed_names_en(s.text)
            .into_iter()
            .chain(s.zh_names().iter().cloned())
        {
            out.push(Signal {
                category: Category::Unit,
                detector: self.id(),
                reason: format!("names the organisation '{}'", n.name),
                span: Some((n.start, n.end)),
                strength: Strength::Weak,
                subject: Some(n.name),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::detectors::testing::run;

    #[test]
    fn finds_names_in_both_languages() {
        let sig = run(
            &OrganisationName,
            "Proud of the Harbor Point Naval Shipyard apprentices",
        );
        assert_eq!(
            sig[0].subject.as_deref(),
            Some("Harbor Point Naval Shipyard")
        );
        let sig = run(&OrganisationName, "测绘院的年会节目我又被抓去跳舞了");
        assert_eq!(sig[0].subject.as_deref(), Some("测绘院"));
    }

    #[test]
    fn ignores_shows_and_everyday_places() {
        assert!(
            run(
                &OrganisationName,
                "The Office marathon this weekend, no regrets"
            )
            .is_empty()
        );
        assert!(run(&OrganisationName, "周末去电影院看了一部老电影").is_empty());
        assert!(run(&OrganisationName, "所有的快递都到了，开心").is_empty());
    }
}
