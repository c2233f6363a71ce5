//! Writing files safely: a temporary file in the same folder, flushed to disk, then renamed
//! over the target, so a crash or a full disk never leaves a half-written case behind.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Create a folder (and its parents) that only the owner can read, on Unix mode 0700.
/// An existing folder is left as it is.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Write `contents` to `path` atomically. On Unix the file is created readable by the owner
/// only (case files hold personal data). On failure the old file is untouched.
pub fn write_atomically(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    write_atomically_with_hook(path, contents, |_| Ok(()))
}

/// `write_atomically` with a hook called after the temporary file is written and flushed and
/// before it is renamed over the target; an error from the hook aborts the save as a failing
/// rename would. Tests use it to interrupt a save midway.
pub fn write_atomically_with_hook(
    path: &Path,
    contents: &[u8],
    before_rename: impl FnOnce(&Path) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "fil".into());
    let temp: PathBuf = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&temp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        drop(file);
        before_rename(&temp)?;
        std::fs::rename(&temp, path)?;
        // Make the rename itself durable.
        #[cfg(unix)]
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// What a file held when the program last read or wrote it (length and a hash of the bytes),
/// to tell whether someone else changed it since: another window, a colleague on a shared
/// drive, a sync client. The modification time is not used: it can stay the same within a
/// second on some file systems and changes when a file is copied back unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    hash: u64,
}

/// How a file on disk compares with the stamp taken when it was opened or saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskState {
    Unchanged,
    Changed,
    /// Deleted or moved away (saving will create it again).
    Missing,
}

impl FileStamp {
    pub fn of_bytes(bytes: &[u8]) -> FileStamp {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        FileStamp { len: bytes.len() as u64, hash: hasher.finish() }
    }

    pub fn read(path: &Path) -> std::io::Result<FileStamp> {
        std::fs::read(path).map(|bytes| FileStamp::of_bytes(&bytes))
    }

    /// Compare the file at `path` with this stamp. A file that cannot be read counts as changed.
    pub fn compare(&self, path: &Path) -> DiskState {
        match std::fs::read(path) {
            Ok(bytes) if FileStamp::of_bytes(&bytes) == *self => DiskState::Unchanged,
            Ok(_) => DiskState::Changed,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => DiskState::Missing,
            Err(_) => DiskState::Changed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamp_tells_unchanged_changed_and_missing() {
        let dir = std::env::temp_dir().join(format!("utmaling-stamp-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("sak.ron");
        write_atomically(&path, b"Case(format: 1)").expect("write");
        let stamp = FileStamp::read(&path).expect("stamp");
        assert_eq!(stamp, FileStamp::of_bytes(b"Case(format: 1)"));
        assert_eq!(stamp.compare(&path), DiskState::Unchanged);
        std::fs::write(&path, b"Case(format: 2)").expect("someone else writes");
        assert_eq!(stamp.compare(&path), DiskState::Changed, "same length, other bytes");
        std::fs::remove_file(&path).expect("remove");
        assert_eq!(stamp.compare(&path), DiskState::Missing);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn writes_and_replaces_with_owner_only_permissions() {
        let dir = std::env::temp_dir().join(format!("utmaling-storage-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("sak.ron");
        write_atomically(&path, b"first").expect("first write");
        write_atomically(&path, b"second").expect("second write");
        assert_eq!(std::fs::read(&path).expect("read back"), b"second");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("metadata").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let leftovers: Vec<_> = std::fs::read_dir(&dir).into_iter().flatten().flatten().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
        let missing_dir = dir.join("no-such-folder").join("sak.ron");
        assert!(write_atomically(&missing_dir, b"x").is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
