//! The watchlist parser: arbitrary text must give a watchlist or a one-line error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = mosaic::watchlist::Watchlist::parse(&text) {
        assert!(!e.contains('\n'), "multi-line error: {e:?}");
    }
});
