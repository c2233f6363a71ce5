# utmaling — English
# Norwegian legal and benefit names are kept in parentheses where a caseworker needs them.

title-untitled = New case

## Menus and commands
menu-file = File
menu-view = View
menu-help = Help
menu-recent = Recent files
menu-recent-none = No recent files
menu-language = Language
menu-theme = Theme
menu-zoom-hint = Zoom in and out with Ctrl + and Ctrl −
theme-system = Same as the system
theme-light = Light
theme-dark = Dark
cmd-new = New case
cmd-open = Open …
cmd-save = Save
cmd-save-as = Save as …
cmd-quit = Quit
cmd-help = Help and keyboard shortcuts
cmd-focus = Go to the field
cmd-copy-text = Copy as text
view-case = Case
view-rates = Rates
view-practice = Practice
view-compare = Compare

## Form sections
section-period = Period
section-household = Household
section-incomes = Income
section-housing = Housing costs
section-children-needs = Children's needs
section-other-expenses = Other expenses
section-assessment = Conditions and individual assessment

## Form fields
form-period-from = From date
form-period-to = To date
form-pick-date = Pick a date: { $field }
form-profile = Rates
form-profile-state = State guideline rates (statlige veiledende satser)
form-living = Living situation
living-single = Single
living-couple = Married or cohabiting couple
living-shared = Shared housing (bofellesskap)
form-adults = Adults
form-adult-n = Adult { $n }
form-adult-rate = Rate
form-choose = Choose …
form-name = Name or role
form-birth-date = Date of birth
form-birth-date-optional = Date of birth (optional)
form-add-adult = + Add adult
form-children = Children
form-child-n = Child { $n }
form-share = Share %
form-child-age-band = age { $age } · rate { $band }
form-child-not-born = not born at the start of the period
form-child-adult = 18 or older
form-add-child = + Add child
form-remove-row = Remove { $what }
form-income-n = Income { $n }
form-kind = Type
form-person = Person
form-household = The household
form-amount-month = Amount per month
form-shield-reason = Reason for keeping it out of the calculation
form-add-income = + Add income
form-expense-n = Expense { $n }
form-child = Child
form-none = None
form-applied = Amount applied for
form-accepted = Amount approved
form-reason = Reason
form-add-housing = + Add housing cost
form-add-other = + Add other expense
form-no-children = No children in the household.
form-needs-help = Assess each item for each child (circular 35 (rundskriv 35), 4.18.2.6): not relevant, covered by the rate, or an amount granted.
form-granted-amount = Amount granted
form-note = Note
form-assessment = Individual assessment
form-conditions = Conditions (§ 20) and activity requirement (§ 20 a)
form-reductions = Reduction for breach of conditions
form-reduction-n = Reduction { $n }
form-add-reduction = + Add reduction

need-state-not-assessed = Not assessed
need-state-not-relevant = Not relevant
need-state-covered = Covered by the rate
need-state-granted = Granted, kr

need-barn_barnehage_sfo = Kindergarten/after-school care (barnehage/SFO)
need-barn_skole = School situation and school supplies
need-barn_fritid = Leisure activities
need-barn_klaer_utstyr = Clothes and equipment (PC, phone)
need-barn_internett_mobil = Internet and mobile subscription
need-barn_helse = Health and special needs
need-barn_samvaer = Contact with the other parent (samvær)

## Result panel
result-title = Result
result-empty = Fill in the period and the household to see the calculation.
result-problems = { $count ->
    [one] One field must be corrected before the case can be calculated:
   *[other] { $count } fields must be corrected before the case can be calculated:
}
result-showing-last-valid = The last valid calculation is shown below.
outcome-full = Full assistance (full stønad)
outcome-supplementary = Supplementary assistance (supplerende stønad)
outcome-none = Not entitled — surplus
result-need = Need
result-income = Income counted
result-shielded = Kept out (not counted)
result-reduction = Reduction
result-sum-need = Total need
result-sum-income = Total income
result-sum-shielded = Total kept out
result-sum-reduction = Total reduction
result-month-result = Result for the month
result-month-surplus = Surplus for the month
result-period-total = Total for the period
result-need-minus-income = Need minus income
result-rate-sets = Rates used
banner-open-rates = Add rates …

## Rates view
rates-title = Rates
rates-intro = State guideline rates for living expenses (livsopphold) per month, and rates from the user folder. Each rate applies from its date until the next rate.
rates-effective = In force from
rates-profile = Profile
rates-reference = Circular and note
rates-status = Status
rates-published = Published
rates-add-title = Add new rates
rates-add-intro = New rates are saved as a file in { $folder } and used from the date they apply.
rates-no-user-folder = The program has no user folder for rates in this session.
rates-rundskriv = Circular (rundskriv)
rates-note = Note
rates-save = Save the rate set
rates-saved = Saved: { $path }

## Help
help-title = Help and keyboard shortcuts
help-intro = Fill in the case on the left; the result on the right is updated as you type. Click a line in the result to go to the field it comes from.
help-tab = Next and previous field
help-zoom = Larger, smaller, normal size

## Unsaved changes
unsaved-title = Save the changes?
unsaved-body = The case has changes that are not saved.
unsaved-save = Save
unsaved-discard = Don't save
unsaved-cancel = Cancel

## Status line
status-ready = Ready.
status-opened = Opened { $file }
status-open-failed = Could not open the case: { $error }
status-saved = Saved { $file }
status-save-failed = Could not save: { $error }
status-save-invalid = The case cannot be saved until amounts and dates are valid.
status-copied = The explanation has been copied as text.

## Income kinds (NAV code underneath in the tooltip)
income-jobb = Wages (net)
income-sykepenger = Sickness benefit (sykepenger)
income-dagpenger = Unemployment benefit (dagpenger)
income-aap = Work assessment allowance (AAP)
income-uforetrygd = Disability benefit (uføretrygd)
income-alderspensjon = Retirement pension (alderspensjon)
income-kvalifiseringsstonad = Qualification benefit (kvalifiseringsstønad)
income-introduksjonsstonad = Introduction benefit (introduksjonsstønad)
income-overgangsstonad = Transitional benefit for single parents (overgangsstønad)
income-kontantstotte = Cash-for-care benefit (kontantstøtte)
income-navytelse = Other benefit from NAV
income-bostotte = Housing allowance (bostøtte, Husbanken)
income-husbanken = Other payment from Husbanken
income-barnebidrag = Child maintenance received (barnebidrag)
income-studielanOgStipend = Student loan and grant
income-skatteetaten = Tax settlement (tax refund)
income-sluttoppgjoer = Final settlement from an employer (sluttoppgjør)
income-utbytte = Dividends
income-salg = Sale of belongings
income-forsikring = Insurance payout
income-annen = Other income
income-barnetrygd = Child benefit (barnetrygd, all parts)
income-barnetrygd_utland = Child benefit from another country
income-barns_arbeidsinntekt = Children's earnings from work (leisure time and holidays)

## Expense kinds
expense-husleie = Rent
expense-boliglanRenter = Mortgage interest
expense-kommunalAvgift = Municipal charges (kommunale avgifter)
expense-felleskostnader = Shared costs (felleskostnader)
expense-annenBoutgift = Other housing cost
expense-strom = Electricity
expense-oppvarming = Heating
expense-innboforsikring = Home contents and buildings insurance
expense-barnehage = Kindergarten (barnehage)
expense-sfo = After-school care (SFO/AKS)
expense-barnFritidsaktiviteter = Children's leisure activities
expense-barnTannregulering = Orthodontic treatment
expense-annenBarneutgift = Other expense for children
expense-barnebidrag = Child maintenance paid (barnebidrag)
expense-annen = Other necessary expense
expense-boliglanAvdrag = Mortgage repayments (avdrag)

## Outcome badge
result-to-pay = { $amount } to pay
result-surplus = Surplus: { $amount }

# ---------------------------------------------------------------------------
# Explanation: the calculation in words (`utmaling calc`, the result panel and
# the copied text). Section titles and totals reuse the result-* keys above.
# ---------------------------------------------------------------------------

## Explanation: month names, shown as "<name> <year>"
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Explanation: rate categories (the names used in the rundskriv)
category-single = Single adults
category-couple = Married/cohabiting couple
category-shared-housing = Person in shared housing
category-child-0-5 = Child 0–5 years
category-child-6-10 = Child 6–10 years
category-child-11-17 = Child 11–17 years

## Explanation: rate sets (status and source)
rate-status-confirmed = confirmed from an official source
rate-status-secondary = only seen in a secondary source
rate-status-unverified = not checked against a source
rate-set-source-state = state guideline rates from { $date } ({ $reference })
rate-set-source-municipal = municipal rates ({ $profile }) from { $date } ({ $reference })
rate-set-reference-rundskriv = circular (rundskriv) { $number }
rate-set-reference-unknown = circular number not found

## Explanation: the rule behind each line, with its legal basis
rule-rate = State guideline rate for living expenses (Social Services Act, sosialtjenesteloven § 18)
rule-housing = Necessary housing costs as actually incurred and documented (rundskriv 35, 4.18.2)
rule-energy = Electricity and heating are covered in addition to the rate
rule-insurance = Home contents and buildings insurance is covered in addition to the rate
rule-child-expense = Children's needs beyond the rate, assessed individually (rundskriv 35, 4.18.2.6)
rule-child-need-granted = Children's needs beyond the rate, assessed individually (rundskriv 35, 4.18.2.6)
rule-other-expense = Other necessary, documented expense after an individual assessment
rule-income-counted = Net income is counted (Social Services Act, sosialtjenesteloven § 18)
rule-barnetrygd-shielded-by-law = Child benefit (barnetrygd) is kept out from 1 September 2022 (Social Services Act, sosialtjenesteloven § 18 third paragraph)
rule-barnetrygd-shielded-by-policy = Child benefit kept out before 1 September 2022 by the municipality's practice (the law did not protect it yet)
rule-barnetrygd-counted-by-policy = Child benefit counted before 1 September 2022 (the law only protected it from that date)
rule-foreign-barnetrygd-counted = Child benefit from another country is not covered by the protection in § 18 third paragraph and is counted
rule-foreign-barnetrygd-shielded-by-choice = Child benefit from another country kept out by the office's choice (with a reason)
rule-child-work-shielded = Children's earnings from work in leisure time and school holidays are kept out (Social Services Act, sosialtjenesteloven § 18 third paragraph)
rule-reduction = Reduction for breach of conditions (Social Services Act, sosialtjenesteloven § 20)

## Explanation: line labels, details and sources
explain-couple = { $first } and { $second }
explain-line-rate-single = Living expenses, single
explain-line-rate-couple = Living expenses, couple
explain-line-rate-shared-housing = Living expenses, person in shared housing
explain-line-rate-child = Living expenses, child { $band } years
explain-line-child-need = Child's needs: { $need }
explain-line-reduction = Reduction for breach of conditions
explain-detail-days = { $days } of { $total } days
explain-detail-share = { $percent } % of the month in the household (shared residence/contact)
explain-detail-full-rate = full rate { $amount }
explain-detail-applied-accepted = applied for { $applied }, approved { $accepted }
explain-detail-reason = reason: { $reason }
explain-source-application = stated in the application
explain-source-documented = documented
explain-source-caseworker = assessed by the caseworker
explain-source-registered = registered by the caseworker

## Explanation: warnings and notes
explain-user-rates-folder = the user folder for rates
explain-warning-newer-than-newest-set = The period ({ $month } and later) is newer than the newest rates the program knows. Used: { $used }. Add the current rates under “Rates” in the program, or as a file in { $folder }.
explain-warning-child-not-assessed = { $child }: the child's needs have not been assessed. Assess kindergarten/after-school care, school, leisure, equipment and health (rundskriv 35, 4.18.2.6) and record the assessment in the case.
explain-warning-barnetrygd-shielded-by-policy = Child benefit has been kept out for { $months ->
        [one] { $months } month
       *[other] { $months } months
    } before 1 September 2022 by the municipality's practice; the law only protected it from that date.
explain-warning-profile-fell-back = The municipal profile “{ $profile }” has no rate of its own for { $month }; the state rates were used.
explain-warning-housing-above-norm = Approved housing costs ({ $accepted }) are above the municipality's housing cost norm for { $persons } persons ({ $norm }); give the reason, or lower the approved amount.
explain-warning-child-turns-18 = { $child } is 18 from { $month } and gets no child rate from then; assess them as an applicant in their own right.
explain-warning-child-born = { $child } was born during the period and is counted from { $month }.
explain-note-band-change = { $child } turns { $age } on { $birthday } — rate for { $band } years from { $month }.
explain-note-barnetrygd-counted = Child benefit is counted for months before { $date } (practice: { $policy }).
explain-policy-count = count it
explain-policy-shield = keep it out

## Explanation: outcome and the printed explanation
explain-outcome-full = Full assistance (full stønad): { $amount } to pay
explain-outcome-supplementary = Supplementary assistance (supplerende stønad): { $amount } to pay
explain-outcome-none = Not entitled to assistance under § 18 — the income covers the need with a surplus of { $amount }
explain-title = Calculation of financial assistance (økonomisk stønad, Social Services Act § 18)
explain-period = Period: { $from }–{ $to }
explain-profile = Municipal profile: { $name } ({ $id })
explain-state-rates = Rates: state guideline rates (statlige veiledende retningslinjer)
explain-rate-set-used = Rate set used: { $source }; { $status }; published: { $published }
explain-none = (none)
explain-sum-income-counted = Total income counted
explain-outcome = Outcome: { $outcome }
explain-notes = Notes:
explain-warnings = Warnings:

## The printable explanation (beregningsvedlegg): PDF, preview and text
cmd-print = Print / PDF …
print-title = Calculation attachment (beregningsvedlegg)
print-lang = Language of the attachment:
print-save = Save as PDF …
print-open = Open for printing
print-no-result = There is no calculation to print yet. Fill in the case first.
print-preview-note = This is how the attachment looks. The PDF and the text have the same content; the warnings for the caseworker are not printed.
status-pdf-saved = PDF saved: { $file }
status-pdf-opened = PDF opened for printing: { $file }
status-pdf-failed = Could not make the PDF: { $error }
report-title = Calculation of financial assistance (økonomisk stønad)
report-subtitle = Attachment to a decision on assistance for living expenses under the Social Services Act § 18
report-fact-period = Period
report-fact-rates = Rates
report-fact-calculated = Calculated
report-rates-state = State guideline rates
report-rates-profile = { $name } (municipal profile { $id })
report-rate-sets-heading = Rates used
report-rate-set-status = Status: { $status }
report-rate-set-published = Published: { $published }
report-household-heading = The household
report-col-name = Name
report-col-role = Role
report-col-born = Born
report-col-rate = Rate
report-col-share = Share of the month
report-role-applicant = Applicant
report-role-partner = Spouse/cohabitant
report-role-shared = Person sharing a dwelling
report-role-adult = Adult in the household
report-role-child = Child
report-band-from = { $band } from { $month }
report-no-child-rate = No child rate in the period
report-col-item = Item
report-col-basis = Basis
report-col-amount = Amount
report-basis-rate = rate from { $date }
report-summary-heading = Result per month
report-summary-total = Whole period
report-col-month = Month
report-col-need = Need
report-col-income = Income
report-col-reduction = Reduction
report-col-result = Result
report-outcome-heading = Result
report-outcome-to-pay = To pay
report-outcome-surplus = Surplus
report-outcome-explain-full = The household has no income that is counted. The assistance covers the need, and { $amount } is paid as full assistance.
report-outcome-explain-supplementary = The income counted ({ $income }) does not cover the whole need ({ $need }). The household is paid { $amount } as supplementary assistance.
report-outcome-explain-none = The income counted ({ $income }) is higher than the need ({ $need }). The household is therefore not entitled to assistance for living expenses under sosialtjenesteloven § 18. The surplus is { $surplus }.
report-notes-heading = Notes
report-warnings-heading = Warnings for the caseworker (not printed)
report-assessment-heading = Individual assessment
report-children-heading = Assessment of the children's needs
report-children-intro = NAV must assess each child's needs on their own (circular 35, section 4.18.2.6). This has been assessed:
report-need-not-relevant = Assessed: not relevant
report-need-covered = Covered by the rate for living expenses
report-need-granted = Granted per month:
report-child-not-assessed = No item has been assessed for this child.
report-col-need-item = Item
report-col-assessment = Assessment
report-col-note = Note
report-conditions-heading = Conditions
report-method-heading = How the amounts were calculated
report-method-months = Each calendar month is calculated on its own, with the rates in force in that month. A child's age on the first day of the month decides the child's age band.
report-method-pro-rata = When the period covers only part of a month, the rate for living expenses is pro-rated by calendar days. For shared residence or visits, a child's rate is pro-rated by the share of the month the child lives in the household. Housing costs, other expenses and income are entered with the month's amount.
report-method-rounding = All amounts are calculated in kroner and øre. The amount to be paid is rounded to whole kroner (half up) at the end.
report-legal-heading = Legal basis
report-legal-basis = The assistance is calculated under the Act on social services in the labour and welfare administration (sosialtjenesteloven) § 18 on assistance for living expenses, the Directorate of Labour and Welfare's circular to the Act (no. 35), section 4.18, and the state guideline rates for financial assistance, after an individual assessment of the household's needs.
report-legal-shielded = Child benefit (barnetrygd) and children's income from work in their leisure time and school holidays are kept out and not counted as income (sosialtjenesteloven § 18 third paragraph).
report-legal-shielded-before = Children's income from work in their leisure time and school holidays is kept out (sosialtjenesteloven § 18 third paragraph). Before 1 September 2022 the Act did not shield child benefit; see the child benefit lines for how it was treated.
report-legal-conditions = The conditions are set under sosialtjenesteloven § 20, and for persons under 30 under § 20 a on the activity duty.
report-legal-reasons = A decision must give its reasons under the Public Administration Act (forvaltningsloven) §§ 24 and 25. This calculation is part of those reasons.
report-appeal-heading = You may appeal
report-appeal = You may appeal the decision within three weeks of receiving it. Send the appeal to the NAV office that made the decision, and say what you disagree with and why. If the NAV office does not uphold your appeal, it sends the appeal on to the County Governor (Statsforvalteren), who decides the case (sosialtjenesteloven § 48 and forvaltningsloven §§ 28–33).
report-appeal-access = You have the right to see the documents in your case (forvaltningsloven § 18). Contact the NAV office if you have questions about the calculation.
report-generated = Calculated { $date } with utmaling { $version }
report-page = Page { $page } of { $total }

# ---------------------------------------------------------------------------
# End of the explanation.
# ---------------------------------------------------------------------------

## Added with the kittest tests
form-remove = Remove
form-calendar = Calendar
result-note-prefix = Note:

## Data safety: changed files, recovery copies, crash reports
conflict-title = The file has changed on disk
conflict-body = “{ $file }” has been changed by another program or user since you opened or saved it. Overwrite it with the case in this window?
conflict-overwrite = Overwrite
conflict-save-as = Save as …
conflict-cancel = Cancel
status-newer-format = “{ $file }” was written by a newer version of the program and is not overwritten. Use “Save as”.
status-recovery-failed = Could not write the recovery copy: { $error }
status-restored = The case has been restored. Save it to keep the changes.
restore-title = Restore unsaved work?
restore-body = Last time the program ended before the changes to a case were saved. A copy was kept at { $time }.
restore-source = The case was opened from { $file }.
restore-no-source = The case had not been saved to a file yet.
restore-unreadable = The copy cannot be read: { $error }
restore-restore = Restore
restore-discard = Discard the copy
restore-keep = Keep the file and continue
crash-title = The program stopped because of an error ({ $time }).
crash-body = The error: { $message } (in { $location }). Please report it.
crash-ok = OK

## Problems with what was typed or read from a file (shown under the field).
problem-amount-empty = the amount is empty; type an amount, for example «12 345,50»
problem-amount-not-a-number = «{ $text }» is not an amount; type kroner with a decimal comma, for example «12 345,50» or «12345.50»
problem-amount-both-separators = «{ $text }» has both a comma and a full stop; use spaces between thousands and a comma before øre, for example «12 345,50»
problem-amount-bad-grouping = «{ $text }» is grouped wrongly; groups of thousands have three digits, for example «1 234 567»
problem-amount-too-many-decimals = «{ $text }» has more than two decimals; amounts are in kroner and øre
problem-amount-text-too-large = «{ $text }» is too large; the highest amount is 10 000 000 kr a month
problem-amount-overflow = the amount became too large during the calculation
problem-date-empty = the date is empty; type dd.mm.yyyy, for example «14.03.2024»
problem-date-malformed = «{ $text }» is not a date; type dd.mm.yyyy (for example «14.03.2024») or yyyy-mm-dd
problem-date-no-such-day = «{ $text }» is not in the calendar
problem-share-empty = the share is empty; type a whole number from 0 to 100, for example «50»
problem-share-not-a-number = «{ $text }» is not a share; type a whole number from 0 to 100, for example «50»
problem-share-fraction = «{ $text }» has decimals; type the share as a whole number from 0 to 100
problem-share-out-of-range = the share must be between 0 and 100 %, found «{ $text }»
problem-case-invalid = the case has errors to correct: { $problems }
problem-before-oldest-set = the date { $date } is before the oldest known rate set ({ $oldest }); the program has no rates before that
problem-no-rates = the program has no rates
problem-unknown-profile = unknown municipal profile «{ $id }»; known profiles: { $known }
problem-calc-overflow = the amounts became too large to calculate with: { $error }
problem-amount-negative = the amount cannot be negative
problem-amount-too-large = the amount is over 10 000 000 kr a month; is it typed correctly?
problem-period-reversed = the period ends ({ $to }) before it starts ({ $from })
problem-period-too-long = the period is longer than five years; split it into several cases
problem-no-adults = the household has no adults; enter the applicant
problem-couple-needs-two = a married or cohabiting couple needs two adults; enter both or choose single/shared housing
problem-adult-name = type a name or a role (for example «applicant»)
problem-adult-rate = an adult beyond the applicant or the couple needs a rate: Single (single) or SharedHousing (shared housing)
problem-adult-born-after = the birth date is after the start of the period
problem-child-name = type the child's first name or a role (for example «child 1»)
problem-child-share = the share must be between 0 and 100 %, found { $share }
problem-child-born-after = the child is born ({ $date }) after the period ends
problem-child-adult = the child is 18 or older when the period starts; an adult is an applicant of their own or is entered as an adult
problem-need-twice = «{ $need }» is assessed twice
problem-need-also-expense = «{ $need }» is both granted here and entered as an expense for { $child }; enter the amount in one place
problem-name-twice = the name «{ $name }» appears twice; use different names or roles
problem-unknown-income-kind = unknown income kind «{ $kind }»; known kinds are: { $known }
problem-unknown-person = «{ $person }» is not in the household
problem-child-work-needs-child = a child's work income must be linked to one of the children in the household
problem-shield-only-foreign = only child benefit from another country can be left out at the office's choice
problem-reason-empty = the reason cannot be empty
problem-accepted-above = the accepted amount is higher than the amount applied for; give a reason
problem-accepted-below = the accepted amount is lower than the amount applied for; give a reason
problem-unknown-expense-kind = unknown expense kind «{ $kind }»; known kinds are: { $known }
problem-instalment-reason = mortgage instalments are accepted only by an explicit choice; give a reason
problem-not-a-child = «{ $child }» is not one of the children in the household
problem-reduction-reason = a reduction for breach of a condition requires a reason (§ 20)
problem-rate-negative = the rate cannot be negative
problem-rundskriv-empty = type the circular's number, for example «A-1/2024»
problem-published-empty = type where the rates are published, for example «regjeringen.no»
problem-adult-rate-not-used = the applicant and a spouse/cohabitant get the rate of the living situation; a rate can only be set for further adults (remove «rate»)
