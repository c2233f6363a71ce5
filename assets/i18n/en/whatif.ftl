## Compare view, scenarios, break-even.

## Break-even (result panel and printed explanation)
whatif-break-even = The household is self-supporting at a net income above { $amount } a month.
whatif-break-even-period = The household is self-supporting for the whole period at a net income above { $amount } a month.
whatif-break-even-period-highest = The household is self-supporting for the whole period at a net income above { $amount } a month (the threshold is highest in { $month }).

## The compare view
compare-title = Compare: what if …?
compare-intro = A is the case as it is now. B is a copy you can change freely in the form on the left or with the quick choices. Your case is not changed.
compare-no-case = The case must be calculable before you can compare. Correct the errors in the case first.
compare-go-to-case = Go to the case
compare-open = What if …? Compare
compare-open-hover = Opens the case as A and a copy B you can change, with the difference line by line.
compare-presets = Quick choices for B
compare-next-month = Next month
compare-next-month-hover = Moves B's period one month on. The children's ages and the rates of that month apply.
compare-add-job = Add a job income
compare-job-amount = Net wage a month
compare-job-amount-hover = Net wage a month, for example for a 60 % position
compare-job-invalid = Enter an amount above 0, for example 13 200.
compare-state-rates = State rates
compare-municipal-rates = Rates of { $name }
compare-no-profiles = No municipal profiles are loaded, so only the state rates can be used.
compare-rate-change = Before / after a rate change
compare-rate-change-hover = A becomes the month before the nearest rate change, B the month the change takes effect.
compare-no-rate-change = Found no rate change to compare with.
compare-reset = Start again from the case
compare-reset-hover = A and B both become the case as it is now.
compare-scenario-a = A: the case now
compare-scenario-a-before = A: the month before the rate change of { $date }
compare-scenario-b = B: scenario
compare-changes = Changed in B: { $list }
compare-change-next-month = next month
compare-change-job = { $amount } job income added
compare-change-state = state rates
compare-change-profile = the rates of { $name }
compare-change-rate-change = the month from the rate change of { $date }
compare-change-edited = changed in the form
compare-b-form = Scenario B
compare-b-problems = { $count ->
    [one] B has one error and cannot be calculated. The table shows the last B that could be calculated.
   *[other] B has { $count } errors and cannot be calculated. The table shows the last B that could be calculated.
}
compare-col-item = Item
compare-col-a = A
compare-col-b = B
compare-col-difference = Difference
compare-fact-period = Period
compare-fact-rates = Rates
compare-fact-household = Household
compare-fact-income = Income counted
compare-fact-outcome = Outcome
compare-household = { $adults ->
    [one] 1 adult
   *[other] { $adults } adults
}, { $children ->
    [0] no children
    [one] 1 child
   *[other] { $children } children
}
compare-period-sums = The amounts are totals for the whole period.
compare-totals = Totals
compare-row-outcome = Outcome
compare-row-to-pay = To pay
compare-row-surplus = Surplus
compare-more = B gives { $amount } more to pay than A.
compare-less = B gives { $amount } less to pay than A.
compare-same = A and B give the same amount to pay.
compare-print = Print the comparison
compare-print-hover = Makes a PDF of the comparison and opens it for printing.
compare-save-pdf = Save as PDF …
compare-cell = { $column }, { $row }: { $value }
compare-copied = The comparison has been copied as text.
compare-copy = Copy as text

## The printed comparison
compare-report-title = Comparison of two calculations
compare-report-subtitle = What-if calculation of financial assistance under the Social Services Act, section 18
compare-report-disclaimer = The comparison is a working note for guidance. It is not a decision and gives no right to assistance.
compare-report-lines = Line by line
