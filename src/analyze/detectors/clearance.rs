//! Clearance, vetting and secrecy obligations.

use crate::analyze::detector::{Context, Detector, in_idiom, signal_at};
use crate::analyze::lexicon::Class;
use crate::analyze::matcher::Scanned;
use crate::analyze::{Category, Signal, Strength};
use crate::model::Post;

/// "Security clearance", "polygraph", "badge renewal", 涉密, 政审, 保密工作.
pub struct ClearanceVetting;

/// Words after "clearance" or "classified" that make it a sale or an advert.
const NOT_AFTER: &[&str] = &[
    "sale", "rack", "item", "items", "price", "prices", "bin", "aisle", "section", "ad", "ads",
    "advert", "adverts", "event",
];

impl Detector for ClearanceVetting {
    fn id(&self) -> &'static str {
        "clearance-vetting"
    }
    fn category(&self) -> Category {
        Category::Role
    }
    fn summary(&self) -> &'static str {
        "security clearance, vetting, polygraphs, badges and secrecy duties (涉密, 政审, 保密工作)"
    }
    fn explain(&self) -> &'static str {
        "## What it detects\nClearance and vetting: security clearance, TS/SCI, polygraph, background\n\
         investigation, security briefings, badge renewals, NDAs, classified work; in Chinese 涉密, 密级,\n\
         政审, 保密工作/协议/培训, 承诺书, 脱密期.\n\n\
         ## Why it matters\nIt marks the person as someone with access to secrets: exactly who an adversary\n\
         looks for.\n\n## Example\n\"Badge renewal and security briefing, the annual ritual\"; \"涉密地图的资料室进出都要登记\".\n\n\
         ## False positives\n\"Clearance sale\", \"classified ads\" and \"保密\" in the sense of keeping a surprise\n\
         are ignored."
    }
    fn check(&self, _post: &Post, s: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>) {
        if cx.flags.off_work() {
            return;
        }
        for h in s.of(Class::Clearance) {
            if in_idiom(s, h) {
                continue;
            }
            let next = s
                .norm_after(h.nend, 12)
                .split_whitespace()
                .next()
                .unwrap_or("");
            if NOT_AFTER.contains(&next) {
                continue;
            }
            out.push(signal_at(
                Category::Role,
                self.id(),
                Strength::Strong,
                h,
                format!("'{}': clearance or vetting", s.original(h)),
                None,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::detectors::testing::run;

    #[test]
    fn finds_clearance_in_both_languages() {
        assert!(
            !run(
                &ClearanceVetting,
                "Badge renewal and security briefing, the annual ritual"
            )
            .is_empty()
        );
        assert!(!run(&ClearanceVetting, "Polygraph day. Wish me luck").is_empty());
        assert!(!run(&ClearanceVetting, "涉密地图的资料室进出都要登记，太严格了").is_empty());
        assert!(
            !run(
                &ClearanceVetting,
                "今天院里开保密工作会议，又签了一次承诺书"
            )
            .is_empty()
        );
    }

    #[test]
    fn ignores_sales_and_surprises() {
        assert!(
            run(
                &ClearanceVetting,
                "Clearance sale at the outdoor store, got boots"
            )
            .is_empty()
        );
        assert!(run(&ClearanceVetting, "Found the couch in the classified ads").is_empty());
        assert!(run(&ClearanceVetting, "保密，下周的惊喜派对不能告诉她").is_empty());
        assert!(
            run(
                &ClearanceVetting,
                "Secret family recipe for clam chowder coming soon"
            )
            .is_empty()
        );
    }
}
