//! Guideline rate sets as dated data: the embedded state sets, a user folder that can add
//! sets, and municipal profiles with their own rates, housing norm and barnetrygd policy.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::date::{deserialize_date, format_date, iso, serialize_date};
use super::error::FileError;
use super::money::Money;
use crate::i18n::Localizer;

/// The six rate categories of the state guidelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    Single,
    Couple,
    SharedHousing,
    Child0To5,
    Child6To10,
    Child11To17,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Single,
        Category::Couple,
        Category::SharedHousing,
        Category::Child0To5,
        Category::Child6To10,
        Category::Child11To17,
    ];

    /// The Fluent id of the name used in the rundskriv ("Enslige", "Barn 0–5 år", …).
    pub fn key(self) -> &'static str {
        match self {
            Category::Single => "category-single",
            Category::Couple => "category-couple",
            Category::SharedHousing => "category-shared-housing",
            Category::Child0To5 => "category-child-0-5",
            Category::Child6To10 => "category-child-6-10",
            Category::Child11To17 => "category-child-11-17",
        }
    }

    /// The field name in rate files and JSON.
    pub fn id(self) -> &'static str {
        match self {
            Category::Single => "enslige",
            Category::Couple => "ektepar_samboere",
            Category::SharedHousing => "bofellesskap",
            Category::Child0To5 => "barn_0_5",
            Category::Child6To10 => "barn_6_10",
            Category::Child11To17 => "barn_11_17",
        }
    }

    /// The child band for an age in whole years, or None outside 0-17.
    pub fn child_band(age: i32) -> Option<Category> {
        match age {
            0..=5 => Some(Category::Child0To5),
            6..=10 => Some(Category::Child6To10),
            11..=17 => Some(Category::Child11To17),
            _ => None,
        }
    }

    /// "0–5", "6–10", "11–17" for children (the same in every language). Adult categories
    /// have no age band; for them this is the category id (use `key()` for their name).
    pub fn band_label(self) -> &'static str {
        match self {
            Category::Child0To5 => "0–5",
            Category::Child6To10 => "6–10",
            Category::Child11To17 => "11–17",
            other => other.id(),
        }
    }
}

/// The six monthly amounts of one rate set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rates {
    pub enslige: Money,
    pub ektepar_samboere: Money,
    pub bofellesskap: Money,
    pub barn_0_5: Money,
    pub barn_6_10: Money,
    pub barn_11_17: Money,
}

impl Rates {
    pub fn get(&self, category: Category) -> Money {
        match category {
            Category::Single => self.enslige,
            Category::Couple => self.ektepar_samboere,
            Category::SharedHousing => self.bofellesskap,
            Category::Child0To5 => self.barn_0_5,
            Category::Child6To10 => self.barn_6_10,
            Category::Child11To17 => self.barn_11_17,
        }
    }
}

/// How sure we are that a set's figures are the published ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// Confirmed from an official publication (regjeringen.no, Statsforvalteren, nav.no).
    Confirmed,
    /// Only seen in a secondary source (press, NGO).
    Secondary,
    /// Entered locally and not yet checked against a publication.
    Unverified,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Confirmed, Status::Secondary, Status::Unverified];

    /// The Fluent id of the status in words ("bekreftet fra offisiell kilde", …).
    pub fn key(self) -> &'static str {
        match self {
            Status::Confirmed => "rate-status-confirmed",
            Status::Secondary => "rate-status-secondary",
            Status::Unverified => "rate-status-unverified",
        }
    }
    pub fn id(self) -> &'static str {
        match self {
            Status::Confirmed => "confirmed",
            Status::Secondary => "secondary",
            Status::Unverified => "unverified",
        }
    }
}

/// One rate set as written in a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "RateSet", deny_unknown_fields)]
pub struct RateSetFile {
    #[serde(deserialize_with = "deserialize_date", serialize_with = "serialize_date")]
    pub effective: NaiveDate,
    pub rates: Rates,
    /// The ministry's rundskriv that set the rates, e.g. "A-3/2023"; None where not found.
    #[serde(default)]
    pub rundskriv: Option<String>,
    /// What changed, e.g. "3,8 % økning".
    #[serde(default)]
    pub note: String,
    pub status: Status,
    /// Where the figures were published, so they can be checked again.
    pub published: String,
}

/// Where a rate set came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Embedded(&'static str),
    UserFile(PathBuf),
}

impl Origin {
    pub fn describe(&self) -> String {
        match self {
            Origin::Embedded(name) => format!("innebygd ({name})"),
            Origin::UserFile(path) => format!("brukerfil {}", path.display()),
        }
    }
}

/// A rate set in force from `effective` until the next set of the same profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateSet {
    pub effective: NaiveDate,
    pub rates: Rates,
    pub rundskriv: Option<String>,
    pub note: String,
    pub status: Status,
    pub published: String,
    pub origin: Origin,
    /// `None` for the state guidelines, `Some(id)` for a municipal profile's own set.
    pub profile: Option<String>,
}

impl RateSet {
    /// "statlige veiledende satser fra 01.01.2024 (rundskriv A-3/2023; 3,8 % økning)".
    pub fn source_label(&self, loc: &Localizer) -> String {
        let date = format_date(self.effective);
        let reference = self.reference(loc);
        match &self.profile {
            None => loc.ta("rate-set-source-state", &[("date", date.into()), ("reference", reference.into())]),
            Some(id) => loc.ta(
                "rate-set-source-municipal",
                &[("profile", id.as_str().into()), ("date", date.into()), ("reference", reference.into())],
            ),
        }
    }

    /// "rundskriv A-3/2023; 3,8 % økning", or "rundskrivnummer ikke funnet" when unknown.
    /// The note is the rate file's own text and is not translated.
    pub fn reference(&self, loc: &Localizer) -> String {
        let mut text = match &self.rundskriv {
            Some(r) => loc.t1("rate-set-reference-rundskriv", "number", r.as_str()),
            None => loc.t("rate-set-reference-unknown"),
        };
        if !self.note.trim().is_empty() {
            text.push_str("; ");
            text.push_str(&self.note);
        }
        text
    }
}

/// What to do with barnetrygd before 1 September 2022, when the law did not yet shield it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum BarnetrygdPolicy {
    /// Count it as income (the most common practice then; the default).
    #[default]
    Count,
    /// Keep it outside, as the municipality chose.
    Shield,
}

/// Maximum accepted housing cost for a household of at least `persons` persons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HousingNorm {
    pub persons: u32,
    pub max: Money,
}

/// A municipal profile as written in a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Profile", deny_unknown_fields)]
pub struct ProfileFile {
    /// Short id used in case files: `profile: Some("oslo")`.
    pub id: String,
    /// Display name, e.g. "Oslo kommune".
    pub name: String,
    /// The municipality's own rate sets; empty means the state rates apply.
    #[serde(default)]
    pub rates: Vec<RateSetFile>,
    #[serde(default)]
    pub housing_norm: Option<Vec<HousingNorm>>,
    #[serde(default)]
    pub barnetrygd_before_2022_09: BarnetrygdPolicy,
}

/// A municipal profile, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub id: String,
    pub name: String,
    /// Shared with the calculations that use them (`Calculation::rate_sets`): no copy per
    /// calculation.
    pub sets: Vec<Arc<RateSet>>,
    pub housing_norm: Vec<HousingNorm>,
    pub barnetrygd_before_2022_09: BarnetrygdPolicy,
    pub origin: Origin,
}

impl Profile {
    /// The housing norm for a household of `persons` persons, if the profile has one.
    pub fn housing_norm_for(&self, persons: u32) -> Option<&HousingNorm> {
        self.housing_norm.iter().filter(|n| n.persons <= persons).max_by_key(|n| n.persons)
    }
}

/// What one rates file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RatesFile {
    RateSet(RateSetFile),
    Profile(ProfileFile),
}

/// The state sets shipped in the binary, one file each under `rates/`.
pub const EMBEDDED_RATE_FILES: [(&str, &str); 21] = [
    ("2002-01-01.ron", include_str!("../../rates/2002-01-01.ron")),
    ("2004-01-01.ron", include_str!("../../rates/2004-01-01.ron")),
    ("2006-01-01.ron", include_str!("../../rates/2006-01-01.ron")),
    ("2007-01-01.ron", include_str!("../../rates/2007-01-01.ron")),
    ("2008-01-01.ron", include_str!("../../rates/2008-01-01.ron")),
    ("2009-01-01.ron", include_str!("../../rates/2009-01-01.ron")),
    ("2010-01-01.ron", include_str!("../../rates/2010-01-01.ron")),
    ("2012-01-01.ron", include_str!("../../rates/2012-01-01.ron")),
    ("2013-01-01.ron", include_str!("../../rates/2013-01-01.ron")),
    ("2014-01-01.ron", include_str!("../../rates/2014-01-01.ron")),
    ("2018-01-01.ron", include_str!("../../rates/2018-01-01.ron")),
    ("2019-01-01.ron", include_str!("../../rates/2019-01-01.ron")),
    ("2020-01-01.ron", include_str!("../../rates/2020-01-01.ron")),
    ("2020-09-01.ron", include_str!("../../rates/2020-09-01.ron")),
    ("2021-01-01.ron", include_str!("../../rates/2021-01-01.ron")),
    ("2021-09-01.ron", include_str!("../../rates/2021-09-01.ron")),
    ("2022-01-01.ron", include_str!("../../rates/2022-01-01.ron")),
    ("2022-07-01.ron", include_str!("../../rates/2022-07-01.ron")),
    ("2023-01-01.ron", include_str!("../../rates/2023-01-01.ron")),
    ("2023-07-01.ron", include_str!("../../rates/2023-07-01.ron")),
    ("2024-01-01.ron", include_str!("../../rates/2024-01-01.ron")),
];

/// Parse one rates file: either `RateSet(...)` or `Profile(...)`, then validate it.
pub fn parse_rates_file(file: &str, text: &str) -> Result<RatesFile, FileError> {
    let parsed = match ron::from_str::<RateSetFile>(text) {
        Ok(set) => RatesFile::RateSet(set),
        Err(e) => match &e.code {
            ron::Error::ExpectedDifferentStructName { found, .. } if found == "Profile" => RatesFile::Profile(
                ron::from_str::<ProfileFile>(text).map_err(|e| FileError::from_ron_in(file, text, &e))?,
            ),
            _ => return Err(FileError::from_ron_in(file, text, &e)),
        },
    };
    match &parsed {
        RatesFile::RateSet(set) => validate_set(file, "", set)?,
        RatesFile::Profile(profile) => validate_profile(file, profile)?,
    }
    Ok(parsed)
}

fn validate_set(file: &str, prefix: &str, set: &RateSetFile) -> Result<(), FileError> {
    for category in Category::ALL {
        if set.rates.get(category).is_negative() {
            return Err(FileError::at_field(
                file,
                format!("{prefix}rates.{}", category.id()),
                "satsen kan ikke være negativ",
            ));
        }
    }
    if set.rundskriv.as_deref().is_some_and(|r| r.trim().is_empty()) {
        return Err(FileError::at_field(
            file,
            format!("{prefix}rundskriv"),
            "skriv rundskrivets nummer, for eksempel Some(\"A-3/2023\"), eller None om det ikke er kjent",
        ));
    }
    if set.published.trim().is_empty() {
        return Err(FileError::at_field(
            file,
            format!("{prefix}published"),
            "skriv hvor satsene er publisert, slik at de kan kontrolleres",
        ));
    }
    if set.effective.year() < 2001 {
        return Err(FileError::at_field(
            file,
            format!("{prefix}effective"),
            "statlige veiledende satser finnes først fra 2001",
        ));
    }
    Ok(())
}

fn validate_profile(file: &str, profile: &ProfileFile) -> Result<(), FileError> {
    let id_ok = !profile.id.is_empty()
        && profile.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !id_ok {
        return Err(FileError::at_field(
            file,
            "id",
            "profil-id skal være små bokstaver a–z, sifre, - eller _, for eksempel \"oslo\"",
        ));
    }
    if profile.id == "stat" {
        return Err(FileError::at_field(file, "id", "\"stat\" er reservert for de statlige satsene"));
    }
    let mut seen = BTreeMap::new();
    for (i, set) in profile.rates.iter().enumerate() {
        validate_set(file, &format!("rates[{i}]."), set)?;
        if let Some(first) = seen.insert(set.effective, i) {
            return Err(FileError::at_field(
                file,
                format!("rates[{i}].effective"),
                format!("to satser har samme dato {} (se også rates[{first}])", format_date(set.effective)),
            ));
        }
    }
    if let Some(norms) = &profile.housing_norm {
        for (i, norm) in norms.iter().enumerate() {
            if norm.persons == 0 {
                return Err(FileError::at_field(
                    file,
                    format!("housing_norm[{i}].persons"),
                    "antall personer må være minst 1",
                ));
            }
            if norm.max.is_negative() {
                return Err(FileError::at_field(
                    file,
                    format!("housing_norm[{i}].max"),
                    "normen kan ikke være negativ",
                ));
            }
        }
    }
    Ok(())
}

fn to_rate_set(file: RateSetFile, origin: Origin, profile: Option<String>) -> RateSet {
    RateSet {
        effective: file.effective,
        rates: file.rates,
        rundskriv: file.rundskriv,
        note: file.note,
        status: file.status,
        published: file.published,
        origin,
        profile,
    }
}

/// All rate sets the program knows: state sets (embedded and user-added) and municipal profiles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RateBook {
    /// State sets, sorted by effective date; shared with the calculations that use them.
    state: Vec<Arc<RateSet>>,
    profiles: Vec<Profile>,
}

/// The rate set that applies on a date, and why.
#[derive(Clone, Copy, Debug)]
pub struct RateChoice<'a> {
    pub set: &'a Arc<RateSet>,
    /// True when a profile was asked for but had no own set in force, so the state set was used.
    pub fell_back_to_state: bool,
}

impl RateBook {
    /// The embedded state sets only.
    pub fn embedded() -> Result<RateBook, FileError> {
        let mut book = RateBook::default();
        for (name, text) in EMBEDDED_RATE_FILES {
            let label = format!("rates/{name}");
            match parse_rates_file(&label, text)? {
                RatesFile::RateSet(set) => {
                    book.add_state_set(to_rate_set(set, Origin::Embedded(name), None), &label)?
                }
                RatesFile::Profile(_) => {
                    return Err(FileError::whole_file(&label, "innebygde filer skal være statlige RateSet"));
                }
            }
        }
        Ok(book)
    }

    fn add_state_set(&mut self, set: RateSet, file: &str) -> Result<(), FileError> {
        if let Some(existing) = self.state.iter().find(|s| s.effective == set.effective) {
            return Err(FileError::at_field(
                file,
                "effective",
                format!(
                    "det finnes allerede en statlig sats fra {} ({})",
                    format_date(set.effective),
                    existing.origin.describe()
                ),
            ));
        }
        let at = self.state.partition_point(|s| s.effective < set.effective);
        self.state.insert(at, Arc::new(set));
        Ok(())
    }

    /// Add one parsed rates file (a state set or a profile) read from `path`.
    pub fn add_file(&mut self, path: &Path, parsed: RatesFile) -> Result<(), FileError> {
        let label = path.display().to_string();
        match parsed {
            RatesFile::RateSet(set) => {
                self.add_state_set(to_rate_set(set, Origin::UserFile(path.to_path_buf()), None), &label)
            }
            RatesFile::Profile(p) => {
                if self.profiles.iter().any(|q| q.id == p.id) {
                    return Err(FileError::at_field(
                        &label,
                        "id",
                        format!("profilen \"{}\" finnes allerede i en annen fil", p.id),
                    ));
                }
                let mut sets: Vec<Arc<RateSet>> = p
                    .rates
                    .into_iter()
                    .map(|s| Arc::new(to_rate_set(s, Origin::UserFile(path.to_path_buf()), Some(p.id.clone()))))
                    .collect();
                sets.sort_by_key(|s| s.effective);
                self.profiles.push(Profile {
                    id: p.id,
                    name: p.name,
                    sets,
                    housing_norm: p.housing_norm.unwrap_or_default(),
                    barnetrygd_before_2022_09: p.barnetrygd_before_2022_09,
                    origin: Origin::UserFile(path.to_path_buf()),
                });
                Ok(())
            }
        }
    }

    /// Load every `*.ron` file in a user rates folder. A broken file is skipped and reported;
    /// the others still load. A missing folder is not an error (most users have none).
    pub fn load_user_folder(&mut self, dir: &Path) -> Vec<FileError> {
        let mut errors = Vec::new();
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return errors,
            Err(e) => {
                errors.push(FileError::whole_file(&dir.display().to_string(), format!("kan ikke lese mappen: {e}")));
                return errors;
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        paths.sort();
        for path in paths {
            let label = path.display().to_string();
            let result = std::fs::read_to_string(&path)
                .map_err(|e| FileError::unreadable(&label, &e))
                .and_then(|text| parse_rates_file(&label, &text))
                .and_then(|parsed| self.add_file(&path, parsed));
            if let Err(e) = result {
                errors.push(e);
            }
        }
        errors
    }

    pub fn state_sets(&self) -> &[Arc<RateSet>] {
        &self.state
    }

    pub fn profiles(&self) -> &[Profile] {
        &self.profiles
    }

    pub fn profile(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    pub fn oldest_state_set(&self) -> Option<&RateSet> {
        self.state.first().map(Arc::as_ref)
    }

    pub fn newest_state_set(&self) -> Option<&RateSet> {
        self.state.last().map(Arc::as_ref)
    }

    /// The set in force on `date`: the profile's own if it has one in force, else the state set.
    pub fn set_on<'a>(&'a self, profile: Option<&'a Profile>, date: NaiveDate) -> Option<RateChoice<'a>> {
        if let Some(profile) = profile {
            if let Some(set) = in_force(&profile.sets, date) {
                return Some(RateChoice { set, fell_back_to_state: false });
            }
            return in_force(&self.state, date)
                .map(|set| RateChoice { set, fell_back_to_state: !profile.sets.is_empty() });
        }
        in_force(&self.state, date).map(|set| RateChoice { set, fell_back_to_state: false })
    }

    /// Dates after `from` and up to `to` (inclusive) on which a set of the profile or the state begins.
    pub fn change_dates(&self, profile: Option<&Profile>, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        // Both lists are sorted: look only at the sets that begin inside the period (usually
        // none; this runs for every month of every calculation).
        fn inside(sets: &[Arc<RateSet>], from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> + '_ {
            let first = sets.partition_point(|s| s.effective <= from);
            let end = sets.partition_point(|s| s.effective <= to).max(first);
            sets[first..end].iter().map(|s| s.effective)
        }
        let mut dates: Vec<NaiveDate> =
            inside(&self.state, from, to).chain(profile.into_iter().flat_map(|p| inside(&p.sets, from, to))).collect();
        dates.sort();
        dates.dedup();
        dates
    }
}

fn in_force(sets: &[Arc<RateSet>], date: NaiveDate) -> Option<&Arc<RateSet>> {
    let after = sets.partition_point(|s| s.effective <= date);
    after.checked_sub(1).map(|i| &sets[i])
}

/// The user rates folder: `$UTMALING_RATES_DIR`, else the platform's config folder
/// (`~/.config/utmaling/rates` on Linux, `%APPDATA%\utmaling\rates` on Windows,
/// `~/Library/Application Support/utmaling/rates` on macOS).
pub fn default_user_rates_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("UTMALING_RATES_DIR") {
        return Some(PathBuf::from(dir));
    }
    config_dir().map(|d| d.join("utmaling").join("rates"))
}

/// The platform's folder for configuration: `%APPDATA%`, `~/Library/Application Support`, or
/// `$XDG_CONFIG_HOME` (else `~/.config`).
pub(crate) fn config_dir() -> Option<PathBuf> {
    if cfg!(windows) {
        return std::env::var_os("APPDATA").map(PathBuf::from);
    }
    if cfg!(target_os = "macos") {
        return std::env::var_os("HOME").map(|h| PathBuf::from(h).join("Library/Application Support"));
    }
    std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
}

/// Write a new state rate set into the user folder as `<date>.ron` (used by the GUI's "Satser").
pub fn rate_set_file_text(set: &RateSetFile) -> Result<String, String> {
    let pretty = ron::ser::PrettyConfig::new().struct_names(true);
    let body = ron::ser::to_string_pretty(set, pretty).map_err(|e| e.to_string())?;
    Ok(format!("// Rate set added by a user, in force from {}.\n{body}\n", iso(set.effective)))
}
