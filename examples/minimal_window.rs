//! The toolkit's floor for start-up: an eframe window of the app's size with one label,
//! built with the same eframe features as the app (same crate graph). With
//! `UTMALING_FRAME_STATS` set it prints `utmaling-frame <n> <unix-epoch-microseconds>` on
//! stderr for every frame, like the app, so scripts/measure-startup.sh can compare the two.
//!
//! `cargo build --release --example minimal_window`

use eframe::egui;

struct Minimal {
    frames: Option<u64>,
}

impl eframe::App for Minimal {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.label("utmaling: minimal eframe window");
        if let Some(frames) = &mut self.frames {
            *frames += 1;
            let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            eprintln!("utmaling-frame {frames} {}", since_epoch.as_micros());
        }
    }
}

fn main() -> eframe::Result {
    let frames = std::env::var_os("UTMALING_FRAME_STATS").map(|_| 0);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_title("minimal").with_inner_size([1280.0, 820.0]),
        ..Default::default()
    };
    eframe::run_native("minimal", options, Box::new(move |_cc| Ok(Box::new(Minimal { frames }))))
}
