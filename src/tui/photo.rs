//! Photo preview: decodes the selected post's photo on a background thread and keeps the
//! terminal image (kitty, sixel, iTerm2, else half-blocks, via ratatui-image) for the detail
//! pane.
//!
//! The UI thread only sends requests (post, media path) and receives decoded, downscaled
//! images; stale requests are skipped, so scrolling fast never queues decoding work.

use super::event::Event;
use super::worker::WorkerMsg;
use crate::archive::Archive;
use crate::model::{MediaKind, Post};
use ratatui_image::picker::Picker;
use ratatui_image::protocol::StatefulProtocol;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

/// Photos larger than this are not previewed.
const MAX_BYTES: u64 = 40 << 20;
/// Longest side kept after decoding; the pane is never bigger.
const MAX_SIDE: u32 = 1024;

/// The photo a post would preview: its first photo that is in the archive.
pub fn wanted(post: &Post) -> Option<&str> {
    post.media
        .iter()
        .find(|m| m.kind == MediaKind::Photo && m.present)
        .map(|m| m.path.as_str())
}

/// A request to decode one photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoKey {
    pub post: usize,
    pub path: String,
}

/// The preview of the selected post's photo.
pub enum Preview {
    Loading(PhotoKey),
    Ready(PhotoKey, Box<StatefulProtocol>),
    Failed(PhotoKey, String),
}

impl std::fmt::Debug for Preview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Preview::Loading(k) => write!(f, "Loading({k:?})"),
            Preview::Ready(k, _) => write!(f, "Ready({k:?})"),
            Preview::Failed(k, e) => write!(f, "Failed({k:?}, {e})"),
        }
    }
}

impl Preview {
    pub fn key(&self) -> &PhotoKey {
        match self {
            Preview::Loading(k) | Preview::Ready(k, _) | Preview::Failed(k, _) => k,
        }
    }
}

/// The decoded photo the worker sends back.
pub struct Decoded {
    pub key: PhotoKey,
    pub image: Result<image::DynamicImage, String>,
}

impl std::fmt::Debug for Decoded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Decoded({:?}, ok: {})", self.key, self.image.is_ok())
    }
}

/// The preview machinery the loop owns: the terminal's image protocol and the request line to
/// the decoder thread.
pub struct Photos {
    picker: Picker,
    requests: Sender<PhotoKey>,
}

impl Photos {
    /// Choose the image protocol and start the decoder thread.
    pub fn start(archives: Vec<PathBuf>, events: Sender<Event>) -> Photos {
        let picker = picker_from_env(|k| std::env::var(k).ok());
        let (tx, rx) = channel();
        std::thread::spawn(move || decode_loop(archives, rx, events));
        Photos {
            picker,
            requests: tx,
        }
    }

    /// Ask for the selected post's photo if it is not the one shown or loading.
    pub fn request(&self, app: &mut super::app::App) {
        let want = app.selected_post().and_then(|i| {
            let p = app.loaded()?.data.posts.get(i)?;
            wanted(p).map(|path| PhotoKey {
                post: i,
                path: path.to_string(),
            })
        });
        match (&want, &app.photo) {
            (None, _) => app.photo = None,
            (Some(w), Some(p)) if p.key() == w => {}
            (Some(w), _) => {
                app.photo = Some(Preview::Loading(w.clone()));
                let _ = self.requests.send(w.clone());
            }
        }
    }

    /// Turn a decoded photo into a terminal image, if it is still the one wanted.
    pub fn receive(&self, app: &mut super::app::App, d: Decoded) {
        if app.photo.as_ref().map(Preview::key) != Some(&d.key) {
            return;
        }
        app.photo = Some(match d.image {
            Ok(img) => Preview::Ready(d.key, Box::new(self.picker.new_resize_protocol(img))),
            Err(e) => Preview::Failed(d.key, e),
        });
    }
}

/// The image protocol from the environment. Asking the terminal (`Picker::from_query_stdio`)
/// reads its answer from stdin and swallows keys typed meanwhile (up to two seconds under
/// tmux), so mosaic goes by the well-known variables instead; anything unknown, and anything
/// inside tmux, gets half-blocks, which every terminal shows.
pub fn picker_from_env(var: impl Fn(&str) -> Option<String>) -> Picker {
    use ratatui_image::picker::ProtocolType;
    let has = |k: &str| var(k).is_some_and(|v| !v.is_empty());
    let is = |k: &str, vals: &[&str]| var(k).is_some_and(|v| vals.iter().any(|x| v.contains(x)));
    let protocol = if has("TMUX") {
        ProtocolType::Halfblocks
    } else if has("KITTY_WINDOW_ID")
        || is("TERM", &["kitty", "ghostty"])
        || is("TERM_PROGRAM", &["ghostty"])
    {
        ProtocolType::Kitty
    } else if is("TERM_PROGRAM", &["iTerm.app", "WezTerm"]) || is("LC_TERMINAL", &["iTerm2"]) {
        ProtocolType::Iterm2
    } else if is("TERM", &["foot", "mlterm", "contour"]) {
        ProtocolType::Sixel
    } else {
        ProtocolType::Halfblocks
    };
    let mut picker = Picker::halfblocks();
    picker.set_protocol_type(protocol);
    picker
}

fn decode_loop(archives: Vec<PathBuf>, rx: Receiver<PhotoKey>, events: Sender<Event>) {
    let mut opened: Vec<Archive> = Vec::new();
    let mut tried = false;
    while let Ok(mut key) = rx.recv() {
        // Only the latest request matters.
        while let Ok(newer) = rx.try_recv() {
            key = newer;
        }
        if !tried {
            tried = true;
            for p in &archives {
                if let Ok(mut a) = Archive::open(p) {
                    let _ = crate::ingest::detect(&mut a);
                    opened.push(a);
                }
            }
        }
        let image = decode(&opened, &key.path);
        let msg = Event::Worker(WorkerMsg::Photo(Box::new(Decoded { key, image })));
        if events.send(msg).is_err() {
            break;
        }
    }
}

fn decode(archives: &[Archive], path: &str) -> Result<image::DynamicImage, String> {
    let archive = archives
        .iter()
        .find(|a| a.contains(path))
        .ok_or_else(|| format!("'{path}' is not in the archive"))?;
    if archive.size(path).unwrap_or(0) > MAX_BYTES {
        return Err("too large to preview".into());
    }
    let bytes = archive.read(path).map_err(|e| e.to_string())?;
    let img = image::load_from_memory(&bytes).map_err(|e| format!("cannot decode: {e}"))?;
    Ok(if img.width() > MAX_SIDE || img.height() > MAX_SIDE {
        img.thumbnail(MAX_SIDE, MAX_SIDE)
    } else {
        img
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui_image::picker::ProtocolType;

    fn pick(vars: &[(&str, &str)]) -> ProtocolType {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        picker_from_env(|k| vars.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
            .protocol_type()
    }

    #[test]
    fn protocol_from_env() {
        assert_eq!(pick(&[]), ProtocolType::Halfblocks);
        assert_eq!(pick(&[("KITTY_WINDOW_ID", "1")]), ProtocolType::Kitty);
        assert_eq!(pick(&[("TERM_PROGRAM", "iTerm.app")]), ProtocolType::Iterm2);
        assert_eq!(pick(&[("TERM", "foot")]), ProtocolType::Sixel);
        assert_eq!(
            pick(&[("TERM", "xterm-kitty"), ("TMUX", "/tmp/t,1,0")]),
            ProtocolType::Halfblocks
        );
    }

    #[test]
    fn decodes_a_photo_from_a_folder_archive() {
        let dir = tempfile::tempdir().unwrap();
        let img =
            image::RgbImage::from_fn(4, 3, |x, y| image::Rgb([x as u8 * 60, y as u8 * 80, 9]));
        let mut png = Vec::new();
        image::DynamicImage::ImageRgb8(img)
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        std::fs::create_dir_all(dir.path().join("data/tweets_media")).unwrap();
        std::fs::write(dir.path().join("data/tweets_media/1-a.jpg"), &png).unwrap();
        let a = Archive::open(dir.path()).unwrap();
        let got = decode(&[a], "data/tweets_media/1-a.jpg").unwrap();
        assert_eq!((got.width(), got.height()), (4, 3));
        let a = Archive::open(dir.path()).unwrap();
        assert!(decode(&[a], "data/tweets_media/missing.jpg").is_err());
    }
}
