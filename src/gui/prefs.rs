//! Preferences: language, theme, zoom and recent files. Never case data (the recent list
//! holds file paths only). Stored as RON in the user's config folder.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::commands::ThemeChoice;
use crate::domain::progress::Progress;
use crate::i18n::Lang;

const MAX_RECENT: usize = 8;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub lang: Lang,
    pub theme: ThemeChoice,
    pub zoom: f32,
    pub recent: Vec<PathBuf>,
    /// Trainee progress (exercise ids, rule tags, scores, dates; never case data). Older
    /// preferences files without it load with empty progress.
    #[serde(default)]
    pub practice: Progress,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            lang: Lang::Nb,
            theme: ThemeChoice::System,
            zoom: 1.0,
            recent: Vec::new(),
            practice: Progress::default(),
        }
    }
}

impl Prefs {
    /// `~/.config/utmaling/prefs.ron` (or the platform's equivalent).
    pub fn default_path() -> Option<PathBuf> {
        crate::domain::rates::default_user_rates_dir()
            .and_then(|rates| rates.parent().map(|p| p.join("prefs.ron")))
            .filter(|_| std::env::var_os("UTMALING_RATES_DIR").is_none())
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config/utmaling/prefs.ron")))
    }

    /// Read preferences; anything unreadable gives the defaults (preferences are not worth an error).
    pub fn load(path: &Path) -> Prefs {
        std::fs::read_to_string(path).ok().and_then(|text| ron::from_str(&text).ok()).unwrap_or_default()
    }

    pub fn save(&self, path: &Path) {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if let Ok(text) = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new()) {
            let _ = crate::storage::write_atomically(path, text.as_bytes());
        }
    }

    pub fn add_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}
