//! Text repairs shared by the adapters: byte decoding, HTML entities, HTML to text, and
//! Facebook's escaped-UTF-8 mojibake.

use std::borrow::Cow;

/// Decode a file's bytes: UTF-8 with or without BOM, or UTF-16 (LE or BE) with a BOM.
/// Invalid sequences become U+FFFD rather than failing the file.
/// [`decode_bytes`] taking ownership: valid UTF-8 without a BOM (the common case, and the
/// largest files) becomes the string without a copy.
pub fn decode_owned(bytes: Vec<u8>) -> String {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF])
        || bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
    {
        return decode_bytes(&bytes);
    }
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

pub fn decode_bytes(bytes: &[u8]) -> String {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        [0xFF, 0xFE, rest @ ..] => decode_utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => decode_utf16(rest, u16::from_be_bytes),
        _ => match String::from_utf8(bytes.to_vec()) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        },
    }
}

fn decode_utf16(bytes: &[u8], f: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| f([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Repair text that was UTF-8 encoded and then each byte escaped as a code point
/// (Facebook and Instagram exports: `"K\u00c3\u00b8benhavn"` for "København").
///
/// Applied only when every char is at most U+00FF and the bytes form valid UTF-8 that
/// differs from the input; otherwise the input is returned unchanged.
pub fn fix_mojibake(s: &str) -> Cow<'_, str> {
    if s.is_ascii() || s.chars().any(|c| u32::from(c) > 0xFF) {
        return Cow::Borrowed(s);
    }
    let bytes: Vec<u8> = s.chars().map(|c| u32::from(c) as u8).collect();
    match String::from_utf8(bytes) {
        Ok(fixed) => Cow::Owned(fixed),
        Err(_) => Cow::Borrowed(s),
    }
}

/// Decode HTML character references: named (the common set), decimal and hexadecimal.
/// Unknown or malformed references are left as written.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        match decode_one(tail) {
            Some((decoded, used)) => {
                match decoded {
                    Decoded::Char(c) => out.push(c),
                    Decoded::Str(t) => out.push_str(t),
                }
                rest = &tail[used..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Decode one reference at the start of `s` (which begins with `&`): the char or text it
/// stands for, and the number of bytes consumed.
fn decode_one(s: &str) -> Option<(Decoded, usize)> {
    let end = s[1..].find(';').map(|i| i + 1).filter(|&i| i <= 12)?;
    let body = &s[1..end];
    if let Some(num) = body.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        let ch = char::from_u32(code).filter(|&c| c != '\0')?;
        return Some((Decoded::Char(ch), end + 1));
    }
    let text = ENTITIES
        .iter()
        .find(|(name, _)| *name == body)
        .map(|(_, t)| *t)?;
    Some((Decoded::Str(text), end + 1))
}

enum Decoded {
    Char(char),
    Str(&'static str),
}

const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("deg", "°"),
    ("middot", "·"),
    ("bull", "•"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("sect", "§"),
    ("para", "¶"),
    ("times", "×"),
    ("divide", "÷"),
    ("plusmn", "±"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("iexcl", "¡"),
    ("iquest", "¿"),
    ("shy", "\u{ad}"),
    ("zwj", "\u{200d}"),
    ("zwnj", "\u{200c}"),
    ("aacute", "á"),
    ("eacute", "é"),
    ("iacute", "í"),
    ("oacute", "ó"),
    ("uacute", "ú"),
    ("agrave", "à"),
    ("egrave", "è"),
    ("ograve", "ò"),
    ("acirc", "â"),
    ("ecirc", "ê"),
    ("ocirc", "ô"),
    ("auml", "ä"),
    ("euml", "ë"),
    ("iuml", "ï"),
    ("ouml", "ö"),
    ("uuml", "ü"),
    ("Auml", "Ä"),
    ("Ouml", "Ö"),
    ("Uuml", "Ü"),
    ("szlig", "ß"),
    ("ntilde", "ñ"),
    ("ccedil", "ç"),
    ("aring", "å"),
    ("Aring", "Å"),
    ("oslash", "ø"),
    ("Oslash", "Ø"),
    ("aelig", "æ"),
    ("AElig", "Æ"),
];

/// Turn HTML (Mastodon `content`, bios) into plain text: `<br>` and paragraph ends become
/// newlines, other tags vanish, entities are decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>') else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let tag = rest[start + 1..start + end].trim().to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        match name.as_str() {
            "br" => out.push('\n'),
            "p" | "div" | "li" | "blockquote" if tag.starts_with('/') => out.push_str("\n\n"),
            _ => {}
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    let decoded = decode_entities(&out).into_owned();
    decoded.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mojibake_is_repaired_for_latin_chinese_and_emoji() {
        assert_eq!(fix_mojibake("K\u{00c3}\u{00b8}benhavn"), "København");
        assert_eq!(fix_mojibake("\u{00f0}\u{009f}\u{0099}\u{0084}"), "🙄");
        assert_eq!(
            fix_mojibake("\u{e6}\u{b5}\u{8b}\u{e7}\u{bb}\u{98}\u{e9}\u{99}\u{a2}"),
            "测绘院"
        );
        // Already-correct text is left alone, including real Latin-1 text.
        assert_eq!(fix_mojibake("测绘院"), "测绘院");
        assert_eq!(fix_mojibake("café"), "café");
    }

    #[test]
    fn entities_decode_named_and_numeric() {
        assert_eq!(
            decode_entities("Hal &lt;hal@mit.edu&gt; &amp; co"),
            "Hal <hal@mit.edu> & co"
        );
        assert_eq!(
            decode_entities("it&#39;s &#x1F600; &quot;x&quot;"),
            "it's 😀 \"x\""
        );
        assert_eq!(
            decode_entities("AT&T & friends &bogus;"),
            "AT&T & friends &bogus;"
        );
        assert_eq!(decode_entities("&amp;lt;"), "&lt;");
    }

    #[test]
    fn html_becomes_text() {
        let html =
            "<p>First &amp; best<br>line two</p><p>para <a href=\"x\">#<span>tag</span></a></p>";
        assert_eq!(html_to_text(html), "First & best\nline two\n\npara #tag");
    }

    #[test]
    fn bytes_decode_with_boms() {
        assert_eq!(decode_bytes(b"\xEF\xBB\xBFhi"), "hi");
        assert_eq!(decode_bytes(b"\xFF\xFEh\0i\0"), "hi");
        assert_eq!(decode_bytes(b"a\xFFb"), "a\u{FFFD}b");
    }
}
