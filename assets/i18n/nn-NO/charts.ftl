## Charts and their text alternatives.

chart-section = Diagram
chart-alt-heading = Tekstversjon

## Assistance against counted income
chart-curve-title = Stønad etter inntekt
chart-curve-x = Netto inntekt som blir rekna med, per månad
chart-curve-y = { $months ->
    [one] Stønad for månaden
   *[other] Stønad for heile perioden
}
chart-curve-series = Stønad
chart-curve-now = Inntekt no: { $amount }
chart-curve-breakeven = Sjølvforsørgd over { $amount }
chart-curve-hover = Inntekt { $income } per månad → stønad { $assistance }
chart-curve-alt = { $months ->
    [one] Stønaden søkk med { $slope } for kvar krone hushaldet får i netto inntekt, og blir 0 ved inntekt over { $breakeven } i månaden. No: inntekt { $income }, stønad { $assistance }.
   *[other] Stønaden for heile perioden ({ $months } månader) søkk med inntil { $slope } for kvar krone i netto inntekt per månad, og blir 0 ved inntekt over { $breakeven } i månaden. No: inntekt { $income } i månaden, stønad { $assistance } for perioden.
}
chart-curve-alt-no-need = Hushaldet har ikkje behov for stønad, heller ikkje utan inntekt. No: inntekt { $income } i månaden.

## The need split
chart-need-title = { $months ->
    [one] Behovet fordelt
   *[other] Behovet fordelt, heile perioden
}
chart-need-living = Livsopphald
chart-need-housing = Bustad
chart-need-children = Barn
chart-need-other = Anna
chart-need-total = Sum behov
chart-need-amount = { $amount } ({ $percent } %)
chart-need-x = Kroner

## Result per month
chart-month-title = Resultat per månad
chart-month-y = Kroner
chart-month-col-month = Månad
chart-month-col-need = Behov
chart-month-col-income = Inntekt
chart-month-col-result = Resultat
chart-month-series-result = Stønad
chart-month-series-surplus = Overskot
chart-month-surplus = overskot { $amount }
chart-month-partial = { $month } ({ $from }–{ $to })

## Rates over time (the "Satser" view)
chart-rates-title = Satsane over tid
chart-rates-x = År
chart-rates-y = Kroner per månad
chart-rates-alt-category = { $category }: { $first } frå { $firstdate }, { $last } frå { $lastdate } ({ $change } %), { $changes } endringar.
chart-rates-alt-empty = { $category }: ingen satsar.
