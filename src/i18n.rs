//! Translations: Fluent files per language under `assets/i18n/<tag>/`, embedded in the binary.
//! Bokmål is the default and the fallback; a test checks that every language has every key.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The languages of the program and its printouts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nb,
    Nn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// BCP 47 tag, as used for the folder under `assets/i18n/`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nb => "nb-NO",
            Lang::Nn => "nn-NO",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nb => "Bokmål",
            Lang::Nn => "Nynorsk",
            Lang::En => "English",
        }
    }

    /// "nb", "nn" or "en", as on the command line.
    pub fn short(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    pub fn from_short(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.short() == code)
    }

    /// The embedded Fluent sources of this language: one file per area of the program, so
    /// the areas can be translated (and edited) separately. Message ids are unique across them.
    pub fn ftl_sources(self) -> [(&'static str, &'static str); 6] {
        macro_rules! files {
            ($tag:literal) => {
                [
                    ("utmaling.ftl", include_str!(concat!("../assets/i18n/", $tag, "/utmaling.ftl"))),
                    ("exercises.ftl", include_str!(concat!("../assets/i18n/", $tag, "/exercises.ftl"))),
                    ("practice.ftl", include_str!(concat!("../assets/i18n/", $tag, "/practice.ftl"))),
                    ("progress.ftl", include_str!(concat!("../assets/i18n/", $tag, "/progress.ftl"))),
                    ("whatif.ftl", include_str!(concat!("../assets/i18n/", $tag, "/whatif.ftl"))),
                    ("charts.ftl", include_str!(concat!("../assets/i18n/", $tag, "/charts.ftl"))),
                ]
            };
        }
        match self {
            Lang::Nb => files!("nb-NO"),
            Lang::Nn => files!("nn-NO"),
            Lang::En => files!("en"),
        }
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would end up in labels, files and the clipboard.
    bundle.set_use_isolating(false);
    for (_name, source) in lang.ftl_sources() {
        // A broken entry is skipped; the rest of the file still loads (a test asserts there are none).
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _errors)| partial);
        // An id defined twice keeps its first definition (a test asserts there are none).
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Looks up translated strings for one language, falling back to bokmål, then to the key.
pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("lang", &self.lang).finish()
    }
}

impl Localizer {
    pub fn new(lang: Lang) -> Localizer {
        let fallback = (lang != Lang::Nb).then(|| bundle(Lang::Nb));
        Localizer { lang, bundle: bundle(lang), fallback }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    pub fn ta(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// The message `id` with one string argument (the common case).
    pub fn t1(&self, id: &str, name: &str, value: impl Into<String>) -> String {
        self.ta(id, &[(name, FluentValue::from(value.into()))])
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in std::iter::once(&self.bundle).chain(self.fallback.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        id.to_string()
    }
}

/// The bokmål localizer, built once: the language of files, the command line and `Display`
/// of the domain's errors (the window shows them in the user's language instead).
pub fn bokmal() -> &'static Localizer {
    static BOKMAL: std::sync::OnceLock<Localizer> = std::sync::OnceLock::new();
    BOKMAL.get_or_init(|| Localizer::new(Lang::Nb))
}

/// The message ids defined in a language's files (for the key-parity test). An id defined in
/// more than one file, or twice in one, is an error.
pub fn message_ids(lang: Lang) -> Result<Vec<String>, String> {
    let mut ids: Vec<String> = Vec::new();
    for (name, source) in lang.ftl_sources() {
        let resource = FluentResource::try_new(source.to_string())
            .map_err(|(_, errors)| format!("{}/{name}: {errors:?}", lang.tag()))?;
        ids.extend(resource.entries().filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        }));
    }
    ids.sort();
    if let Some(pair) = ids.windows(2).find(|pair| pair[0] == pair[1]) {
        return Err(format!("{}: message id {} is defined twice", lang.tag(), pair[0]));
    }
    Ok(ids)
}
