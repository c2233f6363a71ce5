## Charts and their text alternatives.

chart-section = Charts
chart-alt-heading = Text version

## Assistance against counted income
chart-curve-title = Assistance by income
chart-curve-x = Counted net income per month
chart-curve-y = { $months ->
    [one] Assistance for the month
   *[other] Assistance for the whole period
}
chart-curve-series = Assistance
chart-curve-now = Income now: { $amount }
chart-curve-breakeven = Self-supporting above { $amount }
chart-curve-hover = Income { $income } a month → assistance { $assistance }
chart-curve-alt = { $months ->
    [one] The assistance falls by { $slope } for each krone of net income the household receives, and reaches 0 at an income above { $breakeven } a month. Now: income { $income }, assistance { $assistance }.
   *[other] The assistance for the whole period ({ $months } months) falls by up to { $slope } for each krone of net income a month, and reaches 0 at an income above { $breakeven } a month. Now: income { $income } a month, assistance { $assistance } for the period.
}
chart-curve-alt-no-need = The household needs no assistance, not even without income. Now: income { $income } a month.

## The need split
chart-need-title = { $months ->
    [one] The need, by part
   *[other] The need, by part, whole period
}
chart-need-living = Living expenses
chart-need-housing = Housing
chart-need-children = Children
chart-need-other = Other
chart-need-total = Total need
chart-need-amount = { $amount } ({ $percent } %)
chart-need-x = Kroner

## Result per month
chart-month-title = Result per month
chart-month-y = Kroner
chart-month-col-month = Month
chart-month-col-need = Need
chart-month-col-income = Income
chart-month-col-result = Result
chart-month-series-result = Assistance
chart-month-series-surplus = Surplus
chart-month-surplus = surplus { $amount }
chart-month-partial = { $month } ({ $from }–{ $to })

## Rates over time (the "Satser" view)
chart-rates-title = The rates over time
chart-rates-x = Year
chart-rates-y = Kroner per month
chart-rates-alt-category = { $category }: { $first } from { $firstdate }, { $last } from { $lastdate } ({ $change } %), { $changes } changes.
chart-rates-alt-empty = { $category }: no rates.
