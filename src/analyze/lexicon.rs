//! Word lists for the detectors, in English and Chinese.
