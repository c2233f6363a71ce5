## Charts and their text alternatives.

chart-section = Diagrammer
chart-alt-heading = Tekstversjon

## Assistance against counted income
chart-curve-title = Stønad etter inntekt
chart-curve-x = Netto inntekt som regnes med, per måned
chart-curve-y = { $months ->
    [one] Stønad for måneden
   *[other] Stønad for hele perioden
}
chart-curve-series = Stønad
chart-curve-now = Inntekt nå: { $amount }
chart-curve-breakeven = Selvforsørget over { $amount }
chart-curve-hover = Inntekt { $income } per måned → stønad { $assistance }
chart-curve-alt = { $months ->
    [one] Stønaden synker med { $slope } for hver krone husstanden får i netto inntekt, og blir 0 ved inntekt over { $breakeven } i måneden. Nå: inntekt { $income }, stønad { $assistance }.
   *[other] Stønaden for hele perioden ({ $months } måneder) synker med inntil { $slope } for hver krone i netto inntekt per måned, og blir 0 ved inntekt over { $breakeven } i måneden. Nå: inntekt { $income } i måneden, stønad { $assistance } for perioden.
}
chart-curve-alt-no-need = Husstanden har ikke behov for stønad, heller ikke uten inntekt. Nå: inntekt { $income } i måneden.

## The need split
chart-need-title = { $months ->
    [one] Behovet fordelt
   *[other] Behovet fordelt, hele perioden
}
chart-need-living = Livsopphold
chart-need-housing = Bolig
chart-need-children = Barn
chart-need-other = Annet
chart-need-total = Sum behov
chart-need-amount = { $amount } ({ $percent } %)
chart-need-x = Kroner

## Result per month
chart-month-title = Resultat per måned
chart-month-y = Kroner
chart-month-col-month = Måned
chart-month-col-need = Behov
chart-month-col-income = Inntekt
chart-month-col-result = Resultat
chart-month-series-result = Stønad
chart-month-series-surplus = Overskudd
chart-month-surplus = overskudd { $amount }
chart-month-partial = { $month } ({ $from }–{ $to })

## Rates over time (the "Satser" view)
chart-rates-title = Satsene over tid
chart-rates-x = År
chart-rates-y = Kroner per måned
chart-rates-alt-category = { $category }: { $first } fra { $firstdate }, { $last } fra { $lastdate } ({ $change } %), { $changes } endringer.
chart-rates-alt-empty = { $category }: ingen satser.
