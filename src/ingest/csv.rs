//! A small, lenient CSV reader for LinkedIn's exports: comma- or tab-separated (sniffed),
//! quoted fields spanning lines, quotes escaped as `""` or `\"`, and stray quotes kept as
//! text instead of failing the file.

/// Guess the delimiter from the first line: a tab when it has more tabs than commas.
pub fn sniff_delimiter(text: &str) -> char {
    let first = text.lines().next().unwrap_or("");
    let tabs = first.matches('\t').count();
    let commas = first.matches(',').count();
    if tabs > commas { '\t' } else { ',' }
}

/// Parse CSV text into rows of fields. Blank lines are dropped.
pub fn parse(text: &str, delim: char) -> Vec<Vec<String>> {
    let text = text.trim_start_matches('\u{feff}');
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut i = 0;
    let mut quoted = false;
    let mut field_started = false;
    let is_end =
        |c: Option<&char>| matches!(c, None | Some('\n') | Some('\r')) || c == Some(&delim);
    while i < n {
        let c = chars[i];
        if quoted {
            match c {
                '"' if chars.get(i + 1) == Some(&'"') => {
                    field.push('"');
                    i += 2;
                }
                '"' if is_end(chars.get(i + 1)) => {
                    quoted = false;
                    i += 1;
                }
                '"' => {
                    // A stray quote inside a quoted field: keep it as text.
                    field.push('"');
                    i += 1;
                }
                '\\' if chars.get(i + 1) == Some(&'"') && !is_end(chars.get(i + 2)) => {
                    field.push('"');
                    i += 2;
                }
                // Line breaks inside a field are normalised to `\n`.
                '\r' if chars.get(i + 1) == Some(&'\n') => i += 1,
                _ => {
                    field.push(c);
                    i += 1;
                }
            }
            continue;
        }
        match c {
            '"' if !field_started => {
                quoted = true;
                field_started = true;
                i += 1;
            }
            c if c == delim => {
                row.push(std::mem::take(&mut field));
                field_started = false;
                i += 1;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.get(i + 1) == Some(&'\n') {
                    i += 1;
                }
                i += 1;
                row.push(std::mem::take(&mut field));
                field_started = false;
                if !(row.len() == 1 && row[0].is_empty()) {
                    rows.push(std::mem::take(&mut row));
                } else {
                    row.clear();
                }
            }
            _ => {
                field.push(c);
                field_started = true;
                i += 1;
            }
        }
    }
    if field_started || !field.is_empty() || !row.is_empty() {
        row.push(field);
        if !(row.len() == 1 && row[0].is_empty()) {
            rows.push(row);
        }
    }
    rows
}

/// A parsed table with a header row, looked up by column name.
#[derive(Debug, Clone)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A column name folded for matching: lowercase, no spaces, underscores or punctuation.
pub fn fold(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Table {
    /// Parse text (delimiter sniffed) whose header is the first row that contains `anchor`
    /// as a column (rows before it, such as LinkedIn's "Notes:" preamble, are skipped). With
    /// an empty anchor the first row is the header.
    pub fn parse(text: &str, anchor: &str) -> Option<Table> {
        let text = text.trim_start_matches('\u{feff}');
        let rows = parse(text, sniff_delimiter(text));
        let want = fold(anchor);
        let pos = if want.is_empty() {
            0
        } else {
            rows.iter()
                .position(|r| r.iter().any(|c| fold(c) == want))?
        };
        let mut rows = rows.into_iter().skip(pos);
        let header = rows.next()?;
        Some(Table {
            header,
            rows: rows.collect(),
        })
    }

    /// The index of the first column matching any of the names (folded).
    pub fn col(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|n| {
            let f = fold(n);
            self.header.iter().position(|h| fold(h) == f)
        })
    }

    /// A row's trimmed value in the column, `None` when missing or empty.
    pub fn get<'r>(&self, row: &'r [String], col: Option<usize>) -> Option<&'r str> {
        row.get(col?).map(|s| s.trim()).filter(|s| !s.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_quoted_fields() {
        let rows = parse("a,b,c\n1,\"x,\r\ny\",3\r\n\n4,,\"\"\n", ',');
        assert_eq!(
            rows,
            vec![
                vec!["a", "b", "c"],
                vec!["1", "x,\ny", "3"],
                vec!["4", "", ""],
            ]
        );
    }

    #[test]
    fn multi_line_and_both_escapes() {
        let rows = parse(
            "h1,h2\n\"line one\nline \"\"two\"\"\",\"say \\\"hi\\\" now\"\n",
            ',',
        );
        assert_eq!(rows[1], vec!["line one\nline \"two\"", "say \"hi\" now"]);
        let rows = parse("h\n\"ends with \\\"quote\\\"\"\n", ',');
        assert_eq!(rows[1], vec!["ends with \"quote\""]);
    }

    #[test]
    fn stray_quotes_and_trailing_backslash_are_kept() {
        let rows = parse("a,b\n\"he said \"no\" twice\",x\n\"C:\\\",y\n", ',');
        assert_eq!(rows[1], vec!["he said \"no\" twice", "x"]);
        assert_eq!(rows[2], vec!["C:\\", "y"]);
        let rows = parse("a,b\nun\"quoted,z\n", ',');
        assert_eq!(rows[1], vec!["un\"quoted", "z"]);
    }

    #[test]
    fn tabs_are_sniffed_and_header_found_after_notes() {
        let text = "\"Date\"\t\"Share Link\"\n\"2017/06/08 08:15:44 UTC\"\t\"https://x\"\n";
        assert_eq!(sniff_delimiter(text), '\t');
        let t = Table::parse(text, "Date").unwrap();
        assert_eq!(t.header, vec!["Date", "Share Link"]);
        assert_eq!(t.get(&t.rows[0], t.col(&["ShareLink"])), Some("https://x"));
        let notes = "Notes:\n\"When exporting, some fields may be empty\"\n\nFirst Name,Last Name\nAda,Lovelace\n";
        let t = Table::parse(notes, "First Name").unwrap();
        assert_eq!(t.rows, vec![vec!["Ada", "Lovelace"]]);
    }
}
