//! Charts (egui_plot): the assistance curve, the need split and the result per month in the
//! result panel, and the rates over time in the "Satser" view. Each chart has a title, axis
//! labels with Norwegian number formats, hover texts, and its text alternative right under it
//! (labels, so AccessKit and screen readers get the same figures). The figures come from
//! `domain::chart_data` (Money); they become f64 only here, to be drawn.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use eframe::egui::{self, Color32, Rect, RichText, Ui};
use egui_plot::{
    Bar, BarChart, Corner, GridMark, HoverPosition, Legend, Line, LineStyle, Plot, PlotPoints, Points, VLine,
};
use rust_decimal::prelude::ToPrimitive;

use super::theme;
use crate::domain::chart_data::{
    AssistanceCurve, MonthResult, NeedSplit, RateSeries, assistance_curve, month_label, month_results, month_rows,
    need_split, rate_series, rates_sentences,
};
use crate::domain::date::format_date;
use crate::domain::money::{MINUS, Money, NBSP};
use crate::domain::{Calculation, Case, RateBook};
use crate::i18n::{Lang, Localizer};

/// Plot heights (points). Fixed so a chart scrolled out of view takes the same room.
const CURVE_HEIGHT: f32 = 220.0;
const SPLIT_HEIGHT: f32 = 150.0;
const MONTHS_HEIGHT: f32 = 190.0;
const RATES_HEIGHT: f32 = 280.0;

/// Six colours for data series, told apart also with colour blindness (after Okabe and Ito),
/// darker on a light background and lighter on a dark one so each keeps 3:1 contrast.
pub fn series_colors(dark: bool) -> [Color32; 6] {
    if dark {
        [
            Color32::from_rgb(0x56, 0xb4, 0xe9), // sky blue
            Color32::from_rgb(0xe6, 0x9f, 0x00), // orange
            Color32::from_rgb(0x3d, 0xc9, 0x9e), // bluish green
            Color32::from_rgb(0xe0, 0x8f, 0xc0), // reddish purple
            Color32::from_rgb(0xf0, 0xe4, 0x42), // yellow
            Color32::from_rgb(0xff, 0x82, 0x4a), // vermillion
        ]
    } else {
        [
            Color32::from_rgb(0x00, 0x60, 0x9a), // blue
            Color32::from_rgb(0xa3, 0x5f, 0x00), // dark orange
            Color32::from_rgb(0x00, 0x7a, 0x5a), // bluish green
            Color32::from_rgb(0xa0, 0x4a, 0x80), // reddish purple
            Color32::from_rgb(0x5c, 0x5c, 0x5c), // grey (yellow does not read on white)
            Color32::from_rgb(0xc4, 0x2e, 0x1c), // vermillion (redder, apart from the orange)
        ]
    }
}

/// The colour of the "self-supporting" marker: the full-assistance badge's text colour in light
/// mode would be too dark to tell from the grid, so a green of the series palette.
fn break_even_color(dark: bool) -> Color32 {
    series_colors(dark)[2]
}

fn to_f64(m: Money) -> f64 {
    m.as_decimal().to_f64().unwrap_or(0.0)
}

/// "12 345": whole kroner with a non-breaking space between the thousands, U+2212 for minus.
pub fn kroner_axis(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let rounded = value.round();
    let negative = rounded < 0.0;
    let digits = format!("{:.0}", rounded.abs());
    let mut out = String::new();
    if negative {
        out.push(MINUS);
    }
    let len = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(NBSP);
        }
        out.push(c);
    }
    out
}

/// An axis tick in kroner; none below 0 (the margin under an axis that starts at 0).
fn kroner_tick(mark: GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    if mark.value < 0.0 { String::new() } else { kroner_axis(mark.value) }
}

/// Grid lines at 1, 2 or 5 times a power of ten, about five across the axis, so every line
/// gets its number (egui_plot's default steps by tens, which leaves a short axis bare).
fn nice_grid(input: egui_plot::GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    let span = (max - min).abs();
    if !span.is_finite() || span <= 0.0 {
        return Vec::new();
    }
    let rough = span / 5.0;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|f| f * power).find(|s| *s >= rough).unwrap_or(10.0 * power);
    let mut marks = Vec::new();
    let mut value = (min / step).ceil() * step;
    while value <= max && marks.len() < 50 {
        marks.push(GridMark { value, step_size: step });
        value += step;
    }
    marks
}

/// A grid line at each whole number (one per month or bar).
fn unit_grid(input: egui_plot::GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    let (first, last) = (min.ceil() as i64, max.floor() as i64);
    (first..=last.min(first + 200)).map(|v| GridMark { value: v as f64, step_size: 1.0 }).collect()
}

/// "12 345 kr".
pub fn kroner_text(value: f64) -> String {
    format!("{}{NBSP}kr", kroner_axis(value))
}

/// Draw `show` only when its room is on screen; otherwise just take the room (a plot costs
/// more than a frame should when nobody sees it). A plot sizes its axes from the pass before,
/// so when it was not drawn in the last pass, this pass is drawn again right away.
fn when_visible(ui: &mut Ui, key: &str, height: f32, show: impl FnOnce(&mut Ui)) {
    let size = egui::vec2(ui.available_width(), height);
    let rect = Rect::from_min_size(ui.cursor().min, size);
    if !ui.is_rect_visible(rect) {
        ui.allocate_space(size);
        return;
    }
    show(ui);
    let id = egui::Id::unique(("chart-drawn", key));
    let pass = ui.ctx().cumulative_pass_nr();
    let last = ui.ctx().data_mut(|d| {
        let last = d.get_temp::<u64>(id);
        d.insert_temp(id, pass);
        last
    });
    let last = last.unwrap_or(u64::MAX);
    if last.checked_add(1) != Some(pass) && last != pass {
        ui.ctx().request_discard("a chart came into view; its axes are sized from the pass before");
    }
}

/// The plot's width: the room left, less the scroll bar that floats over the panel's edge.
fn plot_width(ui: &Ui) -> f32 {
    (ui.available_width() - 14.0).max(200.0)
}

/// A plot that only shows: no drag, zoom or scroll (it sits in a scrolling panel).
fn still_plot<'a>(id: &str, width: f32, height: f32) -> Plot<'a> {
    Plot::new(id)
        .width(width)
        .height(height)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_crosshair(false)
        .x_grid_spacer(nice_grid)
        .y_grid_spacer(nice_grid)
}

fn chart_title(ui: &mut Ui, text: &str) {
    ui.add_space(6.0);
    ui.label(theme::bold_label(text));
}

// ---------------------------------------------------------------------------------------------
// The result panel

/// Everything the result-panel charts show for one calculation, made once and kept until the
/// case, its calculation or the language changes (egui's temporary memory holds it).
pub struct ResultCharts {
    case: Case,
    calc: Calculation,
    lang: Lang,
    curve: Option<AssistanceCurve>,
    curve_alt: String,
    split: Option<NeedSplit>,
    split_rows: Vec<(String, String)>,
    months: Vec<MonthResult>,
    month_names: Vec<String>,
    month_rows: Vec<[String; 4]>,
    /// Titles and column heads, looked up once (drawn every frame, also when off screen).
    section: String,
    curve_title: String,
    split_title: String,
    months_title: String,
    month_columns: [String; 4],
}

impl ResultCharts {
    pub fn new(case: &Case, calc: &Calculation, book: &RateBook, loc: &Localizer) -> ResultCharts {
        let curve = assistance_curve(case, book).ok();
        let curve_alt = curve.as_ref().map(|c| c.sentence(loc)).unwrap_or_default();
        let split = need_split(calc).ok();
        let split_rows = split.as_ref().map(|s| s.rows(loc)).unwrap_or_default();
        let months = if calc.months.len() > 1 { month_results(calc) } else { Vec::new() };
        let month_names = months.iter().map(|m| month_label(loc, m)).collect();
        let month_rows = month_rows(loc, &months);
        let months_count = calc.months.len();
        ResultCharts {
            section: loc.t("chart-section"),
            curve_title: loc.t("chart-curve-title"),
            split_title: loc.ta("chart-need-title", &[("months", months_count.into())]),
            months_title: loc.t("chart-month-title"),
            month_columns: [
                "chart-month-col-month",
                "chart-month-col-need",
                "chart-month-col-income",
                "chart-month-col-result",
            ]
            .map(|key| loc.t(key)),
            case: case.clone(),
            calc: calc.clone(),
            lang: loc.lang(),
            curve,
            curve_alt,
            split,
            split_rows,
            months,
            month_names,
            month_rows,
        }
    }

    fn is_for(&self, case: &Case, calc: &Calculation, lang: Lang) -> bool {
        self.lang == lang && self.case == *case && self.calc == *calc
    }

    /// The cached charts for this calculation, made now if there are none yet.
    pub fn cached(ctx: &egui::Context, case: &Case, calc: &Calculation, book: &RateBook, loc: &Localizer) -> Arc<Self> {
        let id = egui::Id::unique("result-charts");
        if let Some(charts) = ctx.data(|d| d.get_temp::<Arc<ResultCharts>>(id))
            && charts.is_for(case, calc, loc.lang())
        {
            return charts;
        }
        let charts = Arc::new(ResultCharts::new(case, calc, book, loc));
        ctx.data_mut(|d| d.insert_temp(id, Arc::clone(&charts)));
        charts
    }

    pub fn curve(&self) -> Option<&AssistanceCurve> {
        self.curve.as_ref()
    }
}

/// The "Diagrammer" section under the result: the curve, the need split and (for several
/// months) the result per month, each with its text alternative.
pub fn result_charts_ui(ui: &mut Ui, case: &Case, calc: &Calculation, book: &RateBook, loc: &Localizer, dark: bool) {
    let charts = ResultCharts::cached(ui.ctx(), case, calc, book, loc);
    ui.add_space(8.0);
    egui::CollapsingHeader::new(theme::bold_label(&charts.section)).id_salt("result-charts").default_open(true).show(
        ui,
        |ui| {
            if let Some(curve) = &charts.curve {
                curve_ui(ui, curve, &charts.curve_title, &charts.curve_alt, loc, dark);
            }
            if let Some(split) = &charts.split {
                split_ui(ui, split, &charts.split_title, &charts.split_rows, loc, dark);
            }
            if !charts.months.is_empty() {
                months_ui(ui, &charts, loc, dark);
            }
        },
    );
}

fn curve_ui(ui: &mut Ui, curve: &AssistanceCurve, title: &str, alt: &str, loc: &Localizer, dark: bool) {
    chart_title(ui, title);
    let colors = series_colors(dark);
    let width = plot_width(ui);
    let end = to_f64(curve.end).max(1.0);
    let top = curve.points.iter().map(|p| to_f64(p.assistance)).fold(0.0, f64::max).max(1000.0) * 1.12;
    let hover = |pos: &HoverPosition<'_>| -> Option<String> {
        let x = match pos {
            HoverPosition::NearDataPoint { position, .. } | HoverPosition::Elsewhere { position } => position.x,
        };
        if !(0.0..=end).contains(&x) {
            return None;
        }
        let income = Money::kroner(x.round() as i64);
        Some(loc.ta(
            "chart-curve-hover",
            &[
                ("income", income.format_kroner().into()),
                ("assistance", curve.assistance_at(income).format_kroner().into()),
            ],
        ))
    };
    when_visible(ui, "chart-curve", CURVE_HEIGHT, |ui| {
        let line: Vec<[f64; 2]> = curve.points.iter().map(|p| [to_f64(p.income), to_f64(p.assistance)]).collect();
        let now = [to_f64(curve.current_income), to_f64(curve.current_assistance)];
        let now_name = loc.t1("chart-curve-now", "amount", curve.current_income.format_kroner());
        let break_even_name = loc.t1("chart-curve-breakeven", "amount", curve.break_even.format_kroner());
        still_plot("chart-curve", width, CURVE_HEIGHT)
            // A little room right of the last tick so its number is not cut.
            .default_x_bounds(0.0, end * 1.04)
            .default_y_bounds(0.0, top)
            .x_axis_label(loc.t("chart-curve-x"))
            .y_axis_label(loc.ta("chart-curve-y", &[("months", curve.months.into())]))
            .x_axis_formatter(kroner_tick)
            .y_axis_formatter(kroner_tick)
            .label_formatter(hover)
            .legend(Legend::default().follow_insertion_order(true).position(Corner::RightTop))
            .show(ui, |plot| {
                plot.line(
                    Line::new(loc.t("chart-curve-series"), PlotPoints::new(line))
                        .color(colors[0])
                        .width(2.5)
                        .allow_band(false),
                );
                plot.vline(
                    VLine::new(&now_name, now[0]).color(theme::warning_color(dark)).style(LineStyle::dashed_dense()),
                );
                if curve.break_even.is_positive() {
                    plot.vline(
                        VLine::new(&break_even_name, to_f64(curve.break_even))
                            .color(break_even_color(dark))
                            .style(LineStyle::dashed_loose())
                            .width(1.5),
                    );
                }
                plot.points(
                    Points::new(&now_name, PlotPoints::new(vec![now]))
                        .color(theme::warning_color(dark))
                        .radius(5.0)
                        .filled(true),
                );
            });
    });
    ui.label(alt);
}

fn split_ui(ui: &mut Ui, split: &NeedSplit, title: &str, rows: &[(String, String)], loc: &Localizer, dark: bool) {
    chart_title(ui, title);
    let width = plot_width(ui);
    let count = split.parts.len();
    when_visible(ui, "chart-need-split", SPLIT_HEIGHT, |ui| {
        let colors = series_colors(dark);
        let names: Vec<String> = split.parts.iter().map(|(part, _)| loc.t(part.key())).collect();
        // The first part on top.
        let bars: Vec<Bar> = split
            .parts
            .iter()
            .enumerate()
            .map(|(i, (_, amount))| {
                let name = rows.get(i).map(|(name, _)| name.as_str()).unwrap_or_default();
                Bar::new((count - 1 - i) as f64, to_f64(*amount)).width(0.6).fill(colors[i]).name(name)
            })
            .collect();
        let right = to_f64(split.parts.iter().map(|(_, m)| *m).max().unwrap_or(Money::ZERO)).max(1.0) * 1.1;
        still_plot("chart-need-split", width, SPLIT_HEIGHT)
            .default_x_bounds(0.0, right)
            .default_y_bounds(-0.5, count as f64 - 0.5)
            .y_grid_spacer(unit_grid)
            .show_grid([true, false])
            .x_axis_label(loc.t("chart-need-x"))
            .x_axis_formatter(kroner_tick)
            .y_axis_formatter(|mark: GridMark, _| {
                let index = count as f64 - 1.0 - mark.value;
                if (index - index.round()).abs() > 1e-6 || index < 0.0 {
                    return String::new();
                }
                names.get(index.round() as usize).cloned().unwrap_or_default()
            })
            // The bar under the pointer in a tooltip (egui_plot's own bar text lands on the
            // bar above).
            .label_formatter(|pos: &HoverPosition<'_>| {
                let HoverPosition::Elsewhere { position } = pos else { return None };
                let index = count as f64 - 1.0 - position.y;
                if position.x < 0.0 || (index - index.round()).abs() > 0.35 || index.round() < 0.0 {
                    return None;
                }
                rows.get(index.round() as usize).map(|(name, value)| format!("{name}: {value}"))
            })
            .show(ui, |plot| {
                plot.bar_chart(BarChart::new(loc.t("chart-need-total"), bars).horizontal().allow_hover(false));
            });
    });
    egui::Grid::new("chart-need-alt").num_columns(2).striped(true).spacing([16.0, 2.0]).show(ui, |ui| {
        for (name, value) in rows {
            ui.label(name);
            ui.label(RichText::new(value).monospace());
            ui.end_row();
        }
    });
}

fn months_ui(ui: &mut Ui, charts: &ResultCharts, loc: &Localizer, dark: bool) {
    chart_title(ui, &charts.months_title);
    let width = plot_width(ui);
    when_visible(ui, "chart-months", MONTHS_HEIGHT, |ui| {
        let colors = series_colors(dark);
        let result_name = loc.t("chart-month-series-result");
        let surplus_name = loc.t("chart-month-series-surplus");
        let mut paid = Vec::new();
        let mut surplus = Vec::new();
        for (i, (m, row)) in charts.months.iter().zip(&charts.month_rows).enumerate() {
            let bar = Bar::new(i as f64, to_f64(m.result)).width(0.6).name(&row[0]);
            if m.result.is_negative() { surplus.push(bar.fill(colors[1])) } else { paid.push(bar.fill(colors[0])) }
        }
        let low = charts.months.iter().map(|m| to_f64(m.result)).fold(0.0, f64::min);
        let high = charts.months.iter().map(|m| to_f64(m.result)).fold(0.0, f64::max).max(1.0);
        let short: Vec<String> = charts.months.iter().map(|m| short_month(loc, m.from)).collect();
        let count = charts.months.len();
        let plot = still_plot("chart-months", width, MONTHS_HEIGHT)
            .default_x_bounds(-0.6, count as f64 - 0.4)
            .default_y_bounds(low * 1.15, high * 1.15)
            .x_grid_spacer(unit_grid)
            .show_grid([false, true])
            .y_axis_label(loc.t("chart-month-y"))
            .x_axis_formatter(|mark: GridMark, _| {
                if (mark.value - mark.value.round()).abs() > 1e-6 || mark.value < 0.0 {
                    return String::new();
                }
                short.get(mark.value.round() as usize).cloned().unwrap_or_default()
            })
            .y_axis_formatter(|mark: GridMark, _| kroner_axis(mark.value))
            // The month under the pointer in a tooltip.
            .label_formatter(|pos: &HoverPosition<'_>| {
                let HoverPosition::Elsewhere { position } = pos else { return None };
                if (position.x - position.x.round()).abs() > 0.35 || position.x.round() < 0.0 {
                    return None;
                }
                charts.month_rows.get(position.x.round() as usize).map(|row| format!("{}: {}", row[0], row[3]))
            });
        plot.show(ui, |plot| {
            if !paid.is_empty() {
                plot.bar_chart(BarChart::new(&result_name, paid).color(colors[0]).allow_hover(false));
            }
            if !surplus.is_empty() {
                plot.bar_chart(BarChart::new(&surplus_name, surplus).color(colors[1]).allow_hover(false));
            }
        });
    });
    // A colour key under the chart (a legend inside it would cover the last bar), when the
    // bars have two meanings.
    if charts.months.iter().any(|m| m.result.is_negative()) && charts.months.iter().any(|m| !m.result.is_negative()) {
        let colors = series_colors(dark);
        color_key(
            ui,
            &[(colors[0], loc.t("chart-month-series-result")), (colors[1], loc.t("chart-month-series-surplus"))],
        );
    }
    egui::Grid::new("chart-months-alt").num_columns(4).striped(true).spacing([16.0, 2.0]).show(ui, |ui| {
        for head in &charts.month_columns {
            ui.label(RichText::new(head).strong());
        }
        ui.end_row();
        for (name, row) in charts.month_names.iter().zip(&charts.month_rows) {
            ui.label(name);
            for cell in &row[1..] {
                ui.label(RichText::new(cell).monospace());
            }
            ui.end_row();
        }
    });
}

/// A row of coloured squares with their meaning.
fn color_key(ui: &mut Ui, entries: &[(Color32, String)]) {
    ui.horizontal(|ui| {
        for (color, name) in entries {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, *color);
            ui.label(name);
            ui.add_space(10.0);
        }
    });
}

/// "mai 23": the month's name shortened to three letters and the year's last two digits.
fn short_month(loc: &Localizer, date: NaiveDate) -> String {
    let name = loc.t(&crate::domain::date::month_key(date.month()));
    let short: String = name.chars().take(3).collect();
    format!("{short} {:02}", date.year() % 100)
}

// ---------------------------------------------------------------------------------------------
// The "Satser" view

/// The rate series and their sentences, kept until the rate book or the language changes.
struct RatesChart {
    series: Vec<RateSeries>,
    lang: Lang,
    sentences: Vec<String>,
    title: String,
    /// The categories' names, in `series` order.
    names: Vec<String>,
}

/// A date as a fractional year for the x axis (1 July 2023 → 2023.496).
fn year_x(date: NaiveDate) -> f64 {
    let days = if date.leap_year() { 366.0 } else { 365.0 };
    f64::from(date.year()) + f64::from(date.ordinal0()) / days
}

/// The date at a fractional year (the inverse of `year_x`, to the day).
fn x_date(x: f64) -> Option<NaiveDate> {
    let year = x.floor();
    if !(1.0..=9999.0).contains(&year) {
        return None;
    }
    let year = year as i32;
    let days = if NaiveDate::from_ymd_opt(year, 12, 31)?.leap_year() { 366.0 } else { 365.0 };
    let ordinal = ((x - f64::from(year)) * days).floor() as u32 + 1;
    NaiveDate::from_yo_opt(year, ordinal.min(days as u32))
}

/// Each rate category over time, as step lines from the oldest known set, with one sentence per
/// category under it.
pub fn rates_chart_ui(ui: &mut Ui, book: &RateBook, loc: &Localizer, dark: bool) {
    let series = rate_series(book);
    let id = egui::Id::unique("rates-chart");
    let cached =
        ui.ctx().data(|d| d.get_temp::<Arc<RatesChart>>(id)).filter(|c| c.lang == loc.lang() && c.series == series);
    let chart = match cached {
        Some(chart) => chart,
        None => {
            let sentences = rates_sentences(loc, &series);
            let title = loc.t("chart-rates-title");
            let names = series.iter().map(|s| loc.t(s.category.key())).collect();
            let chart = Arc::new(RatesChart { series, lang: loc.lang(), sentences, title, names });
            ui.ctx().data_mut(|d| d.insert_temp(id, Arc::clone(&chart)));
            chart
        }
    };
    ui.add_space(10.0);
    ui.separator();
    chart_title(ui, &chart.title);
    let Some(last) = chart.series.iter().filter_map(|s| s.steps.last()).map(|s| s.from).max() else {
        return;
    };
    let Some(first) = chart.series.iter().filter_map(|s| s.steps.first()).map(|s| s.from).min() else {
        return;
    };
    // The newest set is drawn for a year past its date (it is in force until the next one).
    let end = year_x(last) + 1.0;
    let colors = series_colors(dark);
    let names = &chart.names;
    let top = chart.series.iter().filter_map(|s| s.steps.iter().map(|p| p.amount).max()).max().map_or(1.0, to_f64);
    let width = plot_width(ui);
    let hover = |pos: &HoverPosition<'_>| -> Option<String> {
        let HoverPosition::NearDataPoint { plot_name, position, .. } = pos else { return None };
        let index = names.iter().position(|n| n == plot_name)?;
        let date = x_date(position.x)?;
        let amount = chart.series[index].amount_on(date)?;
        Some(format!("{plot_name}\n{}: {}", format_date(date), amount.format_kroner()))
    };
    when_visible(ui, "chart-rates", RATES_HEIGHT, |ui| {
        still_plot("chart-rates", width, RATES_HEIGHT)
            .default_x_bounds(year_x(first) - 0.3, end + 0.3)
            .default_y_bounds(0.0, (top * 1.08).max(1000.0))
            .x_axis_label(loc.t("chart-rates-x"))
            .y_axis_label(loc.t("chart-rates-y"))
            .x_axis_formatter(|mark: GridMark, _| {
                if (mark.value - mark.value.round()).abs() > 1e-6 {
                    return String::new();
                }
                format!("{:.0}", mark.value)
            })
            .y_axis_formatter(kroner_tick)
            .label_formatter(hover)
            .legend(Legend::default().follow_insertion_order(true).position(Corner::LeftTop))
            .show(ui, |plot| {
                for (i, s) in chart.series.iter().enumerate() {
                    let mut points = Vec::with_capacity(s.steps.len() * 2);
                    for (j, step) in s.steps.iter().enumerate() {
                        let from = year_x(step.from);
                        let to = s.steps.get(j + 1).map_or(end, |next| year_x(next.from));
                        let y = to_f64(step.amount);
                        points.push([from, y]);
                        points.push([to, y]);
                    }
                    let style = if s.category.band_label() == s.category.id() {
                        LineStyle::Solid
                    } else {
                        LineStyle::dashed_dense()
                    };
                    plot.line(
                        Line::new(&names[i], PlotPoints::new(points))
                            .color(colors[i])
                            .width(2.0)
                            .style(style)
                            .allow_band(false),
                    );
                }
            });
    });
    for sentence in &chart.sentences {
        ui.label(sentence);
    }
}
