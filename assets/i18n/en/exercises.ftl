## Exercise library: rule names, exercise files, `utmaling exercise`.

## The rules an exercise drills: short name (rule-tag-*) and legal basis or source (rule-law-*).
rule-tag-rate-single = Rate for a single adult
rule-tag-rate-couple = Rate for a married or cohabiting couple
rule-tag-rate-shared-housing = Rate for a person in shared housing
rule-tag-couple-vs-shared-housing = Couple or shared housing?
rule-tag-rate-child-0-5 = Rate for children aged 0–5
rule-tag-rate-child-6-10 = Rate for children aged 6–10
rule-tag-rate-child-11-17 = Rate for children aged 11–17
rule-tag-age-band-change = A child changes age band during the period
rule-tag-barnetrygd-shielded = Child benefit (barnetrygd) is kept outside
rule-tag-barnetrygd-before-2022 = Child benefit before 1 September 2022
rule-tag-child-work-income-shielded = A child's earnings are kept outside
rule-tag-kontantstotte-counted = Cash-for-care benefit (kontantstøtte) counts as income
rule-tag-bostotte-counted = Housing allowance (bostøtte) counts as income
rule-tag-spouse-income-counted = The spouse's or cohabitant's income counts
rule-tag-housing-accepted-below-applied = Housing cost accepted below the amount applied for, with a reason
rule-tag-children-needs-assessed = The children's needs assessed
rule-tag-partial-month = Part of a month
rule-tag-rate-change-july = New rates on 1 July
rule-tag-shared-residence = Shared residence and contact
rule-tag-full-assistance = Full assistance (no income)
rule-tag-supplementary-assistance = Supplementary assistance (income below the need)
rule-tag-no-entitlement-surplus = No entitlement – surplus
rule-tag-old-case = An older case with the rates then in force
rule-tag-reduction = Reduction for breach of a condition

rule-law-rate-single = Circular on the state guideline rates (satser): single adults
rule-law-rate-couple = Circular on the state guideline rates (satser): a married or cohabiting couple gets one joint amount
rule-law-rate-shared-housing = Circular on the state guideline rates (satser): person in shared housing
rule-law-couple-vs-shared-housing = Circular on the state guideline rates (satser): couple or person in shared housing – the caseworker assesses
rule-law-rate-child-0-5 = Circular on the state guideline rates (satser): children aged 0–5
rule-law-rate-child-6-10 = Circular on the state guideline rates (satser): children aged 6–10
rule-law-rate-child-11-17 = Circular on the state guideline rates (satser): children aged 11–17
rule-law-age-band-change = Circular on the state guideline rates (satser): the child's age decides the rate; the new rate applies from the month after the birthday
rule-law-barnetrygd-shielded = Social Services Act (sosialtjenesteloven) section 18 third paragraph
rule-law-barnetrygd-before-2022 = Social Services Act section 18 third paragraph applies from 1 September 2022; before that most municipalities counted child benefit
rule-law-child-work-income-shielded = Social Services Act (sosialtjenesteloven) section 18 third paragraph
rule-law-kontantstotte-counted = Social Services Act section 18; circular no. 35, section 4.18 (the household's income)
rule-law-bostotte-counted = Social Services Act section 18; circular no. 35, section 4.18 (the household's income)
rule-law-spouse-income-counted = Social Services Act section 18; circular no. 35, section 4.18; spouses have a mutual duty of support (Marriage Act section 38)
rule-law-housing-accepted-below-applied = Circular no. 35, section 4.18 (necessary housing costs); Public Administration Act sections 24–25 (a decision gives its reasons)
rule-law-children-needs-assessed = Circular no. 35, section 4.18.2.6 (children's needs)
rule-law-partial-month = Circular on the state guideline rates (satser): the rates are monthly amounts; for part of a month they are prorated by calendar days
rule-law-rate-change-july = Circular on the state guideline rates (satser): the new rates apply from the date they take effect
rule-law-shared-residence = Circular no. 35, section 4.18.2.6 (children's needs); the child's rate by the share of the month the child lives in the household
rule-law-full-assistance = Social Services Act section 18 (financial assistance for subsistence)
rule-law-supplementary-assistance = Social Services Act section 18 (financial assistance for subsistence); circular no. 35, section 4.18.1.5
rule-law-no-entitlement-surplus = Social Services Act section 18: a person who can provide for themselves from their own income has no entitlement
rule-law-old-case = Circular on the state guideline rates (satser): the rates in force in the period of the case
rule-law-reduction = Social Services Act section 20 (conditions)

## utmaling exercise check / list
exercise-cli-ok = OK: { $file }
exercise-cli-exercise = { $id } · level { $difficulty } · { $title }
exercise-cli-rules = Rules: { $rules }
exercise-cli-key-paid = Key: { $outcome }, { $amount } for the period { $from }–{ $to }
exercise-cli-key-none = Key: { $outcome } of { $amount } for the period { $from }–{ $to }
exercise-cli-key-failed = the key cannot be calculated
exercise-cli-checked = { $ok } of { $total } files are in order.
exercise-cli-list-count = { $count } exercises: { $shipped } shipped with the program, { $user } from the user folder.
exercise-cli-user-dir = User exercise folder: { $dir }
exercise-cli-no-user-dir = No user exercise folder (set UTMALING_EXERCISES_DIR or use --dir).
exercise-cli-user-mark = (own)
exercise-cli-skipped = Skipped { $count } file(s) with errors:
