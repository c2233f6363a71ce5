//! Writing files safely: a temporary file in the same folder, flushed to disk, then renamed
//! over the target, so a crash or a full disk never leaves a half-written case behind.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Write `contents` to `path` atomically. On Unix the file is created readable by the owner
/// only (case files hold personal data). On failure the old file is untouched.
pub fn write_atomically(path: &Path, contents: &[u8]) -> std::io::Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
