//! The real program, killed with SIGKILL a few seconds after an edit, leaves a recovery copy
//! that the next start offers and restores with the edit in it. Driven as a person would: the
//! binary runs under Xvfb, xdotool clicks into a field and types, and later clicks "Gjenopprett"
//! and presses Ctrl+S. Where to click is taken from the same window laid out by egui_kittest.
//!
//! Needs `Xvfb` and `xdotool` (Debian packages `xvfb`, `xdotool`; `.ci/run` installs them). When
//! they are missing the test prints why and passes, except under CI (`CI` set), where it fails.
#![cfg(all(feature = "gui", target_os = "linux"))]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use utmaling::gui::app::AppState;
use utmaling::recovery::RecoveryStore;

use common::{TempDir, example_path};

/// The window's size in main.rs / gui::run.
const WINDOW: egui::Vec2 = egui::vec2(1280.0, 820.0);

fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(tool).is_file()))
}

/// Skip (or fail under CI) when the tools are missing.
fn tools_or_skip() -> bool {
    let missing: Vec<&str> = ["Xvfb", "xdotool"].into_iter().filter(|t| !on_path(t)).collect();
    if missing.is_empty() {
        return true;
    }
    let reason = format!("needs {} (Debian: xvfb, xdotool)", missing.join(" and "));
    assert!(std::env::var_os("CI").is_none(), "{reason}");
    println!("skipped: {reason}");
    false
}

/// A private X server, stopped when dropped.
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    fn start() -> Xvfb {
        // A display number no other server uses.
        let number = (90 + std::process::id() % 400..600)
            .find(|n| {
                !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
            })
            .expect("a free display number");
        let display = format!(":{number}");
        let child = Command::new("Xvfb")
            .args([&display, "-screen", "0", "1400x1000x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb");
        let xvfb = Xvfb { child, display };
        wait_for("Xvfb to accept clients", Duration::from_secs(20), || {
            Path::new(&format!("/tmp/.X11-unix/X{number}")).exists().then_some(())
        });
        xvfb
    }

    fn xdotool(&self, args: &[&str]) -> String {
        let output = Command::new("xdotool").env("DISPLAY", &self.display).args(args).output().expect("run xdotool");
        String::from_utf8_lossy(&output.stdout).trim().to_string()
    }
}

impl Drop for Xvfb {
    /// SIGTERM, so that Xvfb removes its socket and lock file; SIGKILL if it does not stop.
    fn drop(&mut self) {
        let _ = Command::new("kill").arg(self.child.id().to_string()).status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn wait_for<T>(what: &str, timeout: Duration, mut probe: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(found) = probe() {
            return found;
        }
        assert!(start.elapsed() < timeout, "timed out after {timeout:?} waiting for {what}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The program, run as a caseworker would start it, in a private home and data folder.
struct App {
    child: Child,
    log: PathBuf,
}

impl App {
    fn start(x: &Xvfb, home: &Path, case: Option<&Path>, log_name: &str) -> App {
        let log = home.join(log_name);
        let runtime = home.join("run");
        std::fs::create_dir_all(&runtime).expect("runtime dir");
        let mut command = Command::new(env!("CARGO_BIN_EXE_utmaling"));
        command
            .env("DISPLAY", &x.display)
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("UTMALING_DATA_DIR", home.join("data"))
            .env("UTMALING_LOG", "trace")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("UTMALING_RATES_DIR")
            .arg("--no-user-rates")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("log file"));
        if let Some(case) = case {
            command.arg(case);
        }
        App { child: command.spawn().expect("start utmaling"), log }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// The window of this process, once it is shown.
    fn window(&self, x: &Xvfb) -> String {
        let pid = self.child.id().to_string();
        wait_for("the window", Duration::from_secs(60), || {
            let found = x.xdotool(&["search", "--onlyvisible", "--pid", &pid]);
            found.lines().last().map(str::to_string)
        })
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn title(x: &Xvfb, window: &str) -> String {
    x.xdotool(&["getwindowname", window])
}

/// Where a widget is in the window: its centre, from the same state laid out by kittest.
fn centre_of(state: AppState, label: &str, role: Option<egui::accesskit::Role>) -> (i32, i32) {
    let mut h =
        Harness::builder().with_size(WINDOW).with_max_steps(16).build_ui_state(|ui, s: &mut AppState| s.ui(ui), state);
    h.run();
    let rect = match role {
        Some(role) => h.get_by_role_and_label(role, label).rect(),
        None => h.get_by_label(label).rect(),
    };
    (rect.center().x.round() as i32, rect.center().y.round() as i32)
}

fn click(x: &Xvfb, window: &str, (cx, cy): (i32, i32)) {
    x.xdotool(&["windowfocus", "--sync", window]);
    x.xdotool(&["mousemove", "--window", window, &cx.to_string(), &cy.to_string()]);
    std::thread::sleep(Duration::from_millis(300));
    x.xdotool(&["click", "1"]);
    std::thread::sleep(Duration::from_millis(500));
}

#[test]
fn a_killed_program_leaves_a_copy_that_the_next_start_restores() {
    if !tools_or_skip() {
        return;
    }
    let home = TempDir::new("sigkill");
    let case = home.write("sak.ron", &std::fs::read_to_string(example_path("t1-enslig-full.ron")).expect("example"));
    let original = std::fs::read_to_string(&case).expect("read");
    let store = RecoveryStore::new(home.path().join("data"));
    let x = Xvfb::start();

    // First run: open the case, click into the applicant's name and type.
    let name_field = {
        let mut state = AppState::for_tests();
        state.open_path(&case);
        centre_of(state, "Voksen 1: Navn eller rolle", Some(egui::accesskit::Role::TextInput))
    };
    let first = App::start(&x, home.path(), Some(&case), "first.log");
    let window = first.window(&x);
    wait_for("the case to be shown", Duration::from_secs(30), || {
        title(&x, &window).starts_with("sak.ron — ").then_some(())
    });
    std::thread::sleep(Duration::from_secs(1));
    click(&x, &window, name_field);
    x.xdotool(&["key", "End"]);
    x.xdotool(&["type", "--delay", "50", " Nordmann"]);
    wait_for("the unsaved marker", Duration::from_secs(20), || title(&x, &window).contains('●').then_some(()));
    // A few seconds later the process is killed: no save, no discard, no clean exit.
    std::thread::sleep(Duration::from_secs(4));
    let mut first = first;
    first.child.kill().expect("SIGKILL");
    let status = first.child.wait().expect("wait");
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(9), "killed by SIGKILL");

    assert_eq!(std::fs::read_to_string(&case).expect("read"), original, "the case file itself is untouched");
    let copy = store.read().unwrap_or_else(|| panic!("no recovery copy; the program's log:\n{}", first.log()));
    let copied = copy.case.expect("the copy is a case file");
    assert_eq!(copied.household.adults[0].name, "Søker Nordmann", "the edit is in the copy");
    assert_eq!(copy.source.as_deref(), Some(case.as_path()));
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(store.recovery_path()).expect("copy").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    // Second run, started plainly: the copy is offered; restore it and save with Ctrl+S.
    let restore_button = {
        let mut state = AppState::for_tests();
        state.enable_recovery(store.clone(), false);
        centre_of(state, "Gjenopprett", Some(egui::accesskit::Role::Button))
    };
    let second = App::start(&x, home.path(), None, "second.log");
    let window = second.window(&x);
    wait_for("the new, empty case", Duration::from_secs(30), || {
        title(&x, &window).contains("— utmaling").then_some(())
    });
    std::thread::sleep(Duration::from_secs(1));
    click(&x, &window, restore_button);
    wait_for("the restored case, marked unsaved", Duration::from_secs(20), || {
        title(&x, &window).starts_with("sak.ron ● — ").then_some(())
    });
    x.xdotool(&["key", "ctrl+s"]);
    wait_for("the save", Duration::from_secs(20), || title(&x, &window).starts_with("sak.ron — ").then_some(()));
    let saved = utmaling::cli::read_case(&case).expect("the saved case reads");
    assert_eq!(saved.household.adults[0].name, "Søker Nordmann", "the restored edit was saved");
    assert!(!store.exists(), "saving removed the copy");

    // Neither run logged the name or the file's name, even at trace level.
    for log in [first.log(), second.log()] {
        assert!(log.contains("case file read") || log.contains("recovery copy restored"), "{log}");
        for secret in ["Nordmann", "Søker", "sak.ron"] {
            assert!(!log.contains(secret), "the log contains {secret:?}:\n{log}");
        }
    }
}
