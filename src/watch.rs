//! Watching a timeline file for saves, including editors that save by writing a new file and
//! renaming it over the old one, and reading it again off the UI thread.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::{Duration, SystemTime};

use crate::app::{Action, Reload};
use crate::load;

/// How often the file's metadata is looked at.
const POLL: Duration = Duration::from_millis(200);
/// How long the file must stay unchanged before it is read, so a burst of writes loads once.
const SETTLE: Duration = Duration::from_millis(250);

/// What identifies one version of a file: modification time, length and inode.
type Stamp = Option<(SystemTime, u64, u64)>;

fn stamp(path: &Path) -> Stamp {
    let m = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(&m);
    #[cfg(not(unix))]
    let ino = 0;
    Some((m.modified().ok()?, m.len(), ino))
}

/// Reads the file as it now is.
#[must_use]
pub fn read(path: &Path) -> Reload {
    if !path.exists() {
        return Reload::Missing(crate::text::sanitize(&path.display().to_string()).into_owned());
    }
    match load::load_path(path) {
        Ok((t, _)) => Reload::Loaded(Box::new(t)),
        Err(e) => Reload::Invalid(e),
    }
}

/// Starts a thread that sends a [`Action::Reloaded`] each time the file settles after a
/// change. It ends when the receiver is dropped.
pub fn spawn(path: PathBuf, tx: Sender<Action>) {
    std::thread::spawn(move || {
        let mut last = stamp(&path);
        loop {
            std::thread::sleep(POLL);
            let mut now = stamp(&path);
            if now == last {
                continue;
            }
            loop {
                std::thread::sleep(SETTLE);
                let again = stamp(&path);
                if again == now {
                    break;
                }
                now = again;
            }
            last = now;
            if tx.send(Action::Reloaded(Box::new(read(&path)))).is_err() {
                return;
            }
        }
    });
}
