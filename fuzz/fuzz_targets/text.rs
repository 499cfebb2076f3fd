//! Text repairs, byte decoding, the CSV reader and every time parser.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mosaic::ingest::{csv, linkedin, text, timefmt};

fuzz_target!(|data: &[u8]| {
    let decoded = text::decode_bytes(data);
    assert_eq!(decoded, text::decode_owned(data.to_vec()));
    let s = decoded.as_str();
    let _ = text::fix_mojibake(s);
    let _ = text::decode_entities(s);
    let _ = text::html_to_text(s);
    let _ = csv::parse(s, ',');
    let _ = csv::parse(s, '\t');
    let _ = csv::Table::parse(s, "Date");
    let _ = timefmt::parse_utc(s);
    let _ = timefmt::parse_exif_local(s);
    let _ = linkedin::parse_time(s);
    let _ = linkedin::fix_share_quotes(s);
    if let Some(t) = timefmt::parse_utc(s) {
        let _ = timefmt::is_plausible(&t);
    }
});
