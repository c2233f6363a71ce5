//! Instructions per frame, for callgrind: builds the app's state for one scenario, lets it
//! settle, then runs N frames of what eframe does on the CPU per frame without assistive
//! technology (the egui pass with the app's code, then tessellation), each inside the named
//! function `measured_frame`, so callgrind counts only those:
//!
//! ```sh
//! cargo build --release --example frame_instructions
//! valgrind --tool=callgrind --toggle-collect='*measured_frame*' \
//!     target/release/examples/frame_instructions t3 20
//! ```
//!
//! The total of the `Collected` line divided by N is the instructions per frame. Scenarios:
//! `full` (the full form of benches/gui_frame.rs, 1400 × 1000), `t3` (the T3 example at
//! 1280 × 820, the window's default size: the charts in view), `t3-charts-out` (the same in a
//! 1280 × 560 window: the result panel at its top, the charts section below the fold), `compare` (T3 in Sammenlign), `practice-list` (the Øving list),
//! `practice-open` (exercise 25, its form filled in from the exercise's case), `rates` (Satser,
//! its chart below the fold).
//!
//! `NAME+accesskit` (e.g. `full+accesskit`) runs the scenario with egui's AccessKit output on,
//! as with a screen reader connected and in the kittest tests; `NAME+typing` changes the first
//! income's amount and recalculates before each measured frame, as a keystroke does (the
//! result panel's charts are then made again each frame).
//!
//! Printed on stderr: the egui passes per frame (2 = a discard pass), whether egui asked for
//! another frame after the last one (it should not: the app is idle), and which result-panel
//! charts were drawn in the last pass.

#[cfg(feature = "gui")]
mod run {
    use std::hint::black_box;

    use eframe::egui;
    use utmaling::domain::parse_case;
    use utmaling::gui::app::AppState;

    const T3: &str = include_str!("../assets/examples/t3-par-med-barn.ron");
    const FULL_FORM: &str = include_str!("../benches/gui_frame_full_form.ron");

    struct Scenario {
        state: AppState,
        size: egui::Vec2,
    }

    fn with_case(text: &str, size: [f32; 2]) -> Result<Scenario, String> {
        let case = parse_case("scenario", text).map_err(|e| e.to_string())?;
        let mut state = AppState::for_tests();
        state.load_case(&case);
        Ok(Scenario { state, size: egui::vec2(size[0], size[1]) })
    }

    fn scenario(name: &str) -> Result<Scenario, String> {
        match name {
            "full" => with_case(FULL_FORM, [1400.0, 1000.0]),
            "t3" => with_case(T3, [1280.0, 820.0]),
            "t3-charts-out" => with_case(T3, [1280.0, 560.0]),
            // NEW-ONLY-BEGIN (views that the old commit 6c11fe4 does not have)
            "compare" => {
                let mut s = with_case(T3, [1280.0, 820.0])?;
                s.state.view = utmaling::gui::commands::View::Compare;
                Ok(s)
            }
            "rates" => {
                let mut s = with_case(T3, [1280.0, 820.0])?;
                s.state.view = utmaling::gui::commands::View::Rates;
                Ok(s)
            }
            "practice-list" | "practice-open" => {
                let mut s = with_case(T3, [1280.0, 820.0])?;
                s.state.view = utmaling::gui::commands::View::Practice;
                let library = utmaling::domain::exercise::ExerciseLibrary::embedded();
                if name == "practice-open" {
                    let exercise = library
                        .exercises
                        .iter()
                        .find(|e| e.id == "25-storfamilie-mange-feller")
                        .cloned()
                        .ok_or("exercise 25 is not embedded")?;
                    s.state.practice.open_exercise(exercise, &s.state.book);
                    if let Some(open) = &mut s.state.practice.open {
                        open.form = utmaling::gui::form_model::CaseForm::from_case(&open.exercise.case);
                    }
                }
                s.state.practice.library = Some(library);
                s.state.practice.seed = "123456".into();
                Ok(s)
            }
            // NEW-ONLY-END
            other => Err(format!("unknown scenario «{other}»")),
        }
    }

    fn input(size: egui::Vec2) -> egui::RawInput {
        egui::RawInput { screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)), ..Default::default() }
    }

    /// One frame as eframe does it on the CPU; callgrind collects inside this function only.
    #[inline(never)]
    fn measured_frame(
        ctx: &egui::Context,
        input: &egui::RawInput,
        state: &mut AppState,
        keystroke: Option<u64>,
    ) -> egui::FullOutput {
        // As when the caseworker types a digit: the form changes and the case is recalculated
        // (the app does it inside the frame, after the form's widgets).
        if let Some(n) = keystroke
            && let Some(income) = state.form.incomes.first_mut()
        {
            income.amount = (18_000 + n % 1000).to_string();
            state.recalculate();
        }
        let output = ctx.run_ui(input.clone(), |ui| state.ui(ui));
        let meshes = ctx.tessellate(output.shapes.clone(), output.pixels_per_point);
        black_box(meshes);
        output
    }

    pub fn main() -> Result<(), String> {
        let mut args = std::env::args().skip(1);
        let arg = args.next().unwrap_or_else(|| "full".into());
        // `NAME+accesskit`: with egui's AccessKit output on (a screen reader connected; kittest).
        // `NAME+typing`: the first income's amount changes before every frame (a keystroke).
        let mut parts = arg.split('+');
        let name = parts.next().unwrap_or_default().to_string();
        let flags: Vec<&str> = parts.collect();
        if let Some(flag) = flags.iter().find(|f| !matches!(**f, "accesskit" | "typing")) {
            return Err(format!("unknown option «+{flag}» (expected +accesskit or +typing)"));
        }
        let accesskit = flags.contains(&"accesskit");
        let typing = flags.contains(&"typing");
        let frames: u64 = match args.next() {
            Some(n) => n.parse().map_err(|_| format!("the frame count «{n}» is not a whole number"))?,
            None => 20,
        };
        let Scenario { mut state, size } = scenario(&name)?;
        let ctx = egui::Context::default();
        if accesskit {
            ctx.enable_accesskit();
        }
        let plain = input(size);
        // Settle: fonts installed, layout sizes remembered, charts come into view.
        for _ in 0..30 {
            black_box(ctx.run_ui(plain.clone(), |ui| state.ui(ui)));
        }
        let before = ctx.cumulative_pass_nr();
        let mut last = None;
        for n in 0..frames {
            last = Some(measured_frame(&ctx, &plain, &mut state, typing.then_some(n + 1)));
        }
        let passes = ctx.cumulative_pass_nr() - before;
        let repaint = last
            .as_ref()
            .and_then(|o| o.viewport_output.get(&egui::ViewportId::ROOT))
            .map(|v| v.repaint_delay)
            .unwrap_or(std::time::Duration::MAX);
        let drawn: Vec<&str> = ["chart-curve", "chart-need-split", "chart-months"]
            .into_iter()
            .filter(|key| {
                let id = egui::Id::unique(("chart-drawn", *key));
                ctx.data(|d| d.get_temp::<u64>(id)) == Some(ctx.cumulative_pass_nr().saturating_sub(1))
            })
            .collect();
        eprintln!(
            "scenario {arg}: {frames} frames, {passes} egui passes ({:.2} per frame); repaint asked after the last: {}; \
             charts drawn in the last pass: {}",
            passes as f64 / frames.max(1) as f64,
            if repaint < std::time::Duration::from_secs(3600) {
                format!("yes, in {repaint:?} ({:?})", ctx.repaint_causes())
            } else {
                "no".into()
            },
            if drawn.is_empty() { "none".to_string() } else { drawn.join(", ") },
        );
        Ok(())
    }
}

#[cfg(feature = "gui")]
fn main() -> std::process::ExitCode {
    match run::main() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("frame_instructions: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn main() {
    eprintln!("frame_instructions needs the `gui` feature");
}
