## Practice view: modes, feedback.

## The view
practice-heading = Practice: measuring out financial assistance
practice-intro = Choose an exercise. Read the case, then enter it in the form or calculate the assistance yourself. When you press "Check", you learn what is right, which rule applies and where in the case the fact is stated. The answer key is always calculated by the program.
practice-list-heading = Exercises
practice-list-empty = No exercises found.
practice-level = Level { $level }
practice-rules-drilled = Practises: { $rules }
practice-best-score = Best result: { $score }
practice-not-tried = Not tried yet
practice-random-heading = New random exercise
practice-random-intro = The program builds a realistic case from a seed (a number). The same seed gives the same case, so a teacher can give the whole class the same exercise.
practice-seed = Seed
practice-seed-shown = Seed: { $seed }
practice-seed-invalid = The seed must be a whole number, for example 20240301.
practice-new-random = New random exercise
practice-open-seed = Open the exercise for this seed
practice-back = ← All exercises
practice-narrative = The case
practice-mode-form = Fill in the form
practice-mode-hand = Calculate yourself
practice-check = Check
practice-show-solution = Show solution
practice-hide-solution = Hide solution
practice-start-over = Start over
practice-form-intro = Enter the case in the form as you would for an applicant. This is a separate practice form; it does not touch the case you have open.
practice-form-has-problems = The form has fields to correct before it can be checked (see the red messages).
practice-feedback-heading = Feedback
practice-calc-heading = Your calculation compared with the key
practice-calc-same = Your calculation equals the key line by line.
practice-rule = Rule: { $rule } ({ $law })
practice-solution-heading = Solution: the key with its explanation
practice-key-failed = The key of this exercise cannot be calculated: { $error }
practice-hand-intro = Calculate the assistance for { $month } yourself. Type one amount per line in kroner, for example "1 766" or "1766,00". An amount is accepted when it is right to the krone.
practice-hand-intro-months = The case covers several months; you calculate one month at a time. Choose the month:
practice-hand-income-note = Type 0 for an income that is not counted.
practice-facts-heading = Facts of the case
practice-facts-period = Period: { $from }–{ $to }
practice-facts-living = Household: { $living }
practice-facts-adult = Adult: { $name }
practice-facts-adult-born = Adult: { $name }, born { $date }
practice-facts-child = Child: { $name }, born { $date }, lives in the household { $percent } of the time
practice-facts-income = Income: { $kind } { $amount } a month
practice-facts-income-person = Income: { $kind } ({ $person }) { $amount } a month
practice-facts-expense = Expense: { $kind } { $amount } a month
practice-facts-expense-accepted = Expense: { $kind } { $applied } a month, approved { $accepted } ({ $reason })
practice-facts-need = Child's needs: { $name }, { $need }: granted { $amount } a month
practice-facts-reduction = Reduction (§ 20): { $amount } a month ({ $reason })
practice-rates-heading = Rates from { $date } (state guideline rates per month)
practice-rates-profile-heading = Rates from { $date } ({ $profile })
practice-mark-correct = Right
practice-mark-wrong = Wrong
practice-attempt-saved = The attempt is saved in your progress.

practice-inline = Wrong – see item { $n } of the feedback
practice-inline-rule = Wrong – see item { $n }: { $rule }

## Score
practice-score = { $correct } of { $checked } right
practice-score-all = All right ({ $correct } of { $checked })

## A difference
practice-diff = { $what }: the right answer is { $expected }, you have { $given }.
practice-quote = The case says: "{ $quote }"
practice-calc-line = { $month } – { $line }: key { $expected }, your form { $given }
practice-calc-failed = Your form could not be calculated, so the calculations cannot be compared.

## Values
practice-value-missing = nothing
practice-value-not-granted = not granted
practice-value-no-band = no child rate
practice-value-pay = { $amount } to pay
practice-value-surplus = nothing to pay (surplus { $amount })
practice-value-no-result = no calculation (the form has errors)
practice-value-no-line = no line
practice-value-assessed = a choice for the item (the key has "{ $state }")
practice-value-not-assessed = not assessed
practice-value-a-reason = a reason

## What an item is
practice-what-period-from = Period from
practice-what-period-to = Period to
practice-what-living = Living situation
practice-what-adults = Number of adults
practice-what-child = Child { $name }
practice-what-child-birth = Date of birth of { $name }
practice-what-child-share = Share of the month { $name } lives in the household
practice-what-need = { $name }: { $need }
practice-what-income-kind = Income { $n }: kind
practice-what-income-amount = Income { $n } ({ $kind }): amount
practice-what-income-missing = Missing income: { $kind }
practice-what-income-extra = Income { $n }
practice-what-expense-kind = Expense { $n }: kind
practice-what-expense-applied = Expense { $n } ({ $kind }): amount applied for
practice-what-expense-accepted = Expense { $n } ({ $kind }): amount approved
practice-what-expense-reason = Expense { $n } ({ $kind }): reason
practice-what-expense-child = Expense { $n } ({ $kind }): child
practice-what-expense-missing = Missing expense: { $kind }
practice-what-expense-extra = Expense { $n }
practice-what-reduction = Reduction { $n }
practice-what-result = Result for the period

## Why
practice-why-period = The case states the period: { $from }–{ $to }. The period decides which rates apply and how many months are calculated.
practice-why-period-partial = The case covers part of a month: { $from }–{ $to }. The living-cost rates are then prorated by calendar days (days in the period divided by days in the month). A wrong date gives the wrong share of the rate.
practice-why-period-rate-change = The period { $from }–{ $to } spans a rate change. Each month is calculated with the rates in force that month, so the period must be exact.
practice-why-period-old = This is an old case: the period is { $from }–{ $to }. The rates then were much lower than today, and each month is calculated with the rates in force then. Type the period as the case gives it; with another year every rate is wrong.
practice-why-single = The applicant lives alone and gets the rate for single persons.
practice-why-couple = The applicant is married or cohabiting. A couple gets one joint amount (the couple rate), and both count as adults in the household.
practice-why-shared = The applicant shares a home with other adults without being a couple with them. The rate for a person in shared housing applies; it is lower than the single rate because some costs are shared.
practice-why-couple-not-shared = The two are a couple (married or cohabiting), not shared housing. A couple gets one joint couple rate; shared housing (bofellesskap) is for adults who share a home without being a couple. Look for words such as "samboer", "kjæreste" or "gift" in the case.
practice-why-shared-not-couple = The people living together are not a couple but share a home (friends or colleagues, say). Each of them gets the shared-housing rate, not one joint couple rate.
practice-why-adults-couple = A couple is entered as two adults in the household. The couple gets one joint rate, and the income of both counts.
practice-why-adults = Enter every adult who applies together in the household, as the case describes them.
practice-why-adults-shared = In shared housing (bofellesskap) only the adults who apply belong in the case. The others who live there have no duty to provide for the applicant, so neither they nor their income are entered.
practice-why-child-band = The date of birth decides the rate: the child's age on the first day of the month decides the age band. { $name } is { $age } on 1 { $month } and belongs in { $band }; with the date you typed it becomes { $given }.
practice-why-child-birth = Enter the date of birth as the case states it. It gives no wrong rate in this period, but it decides when { $name } changes age band.
practice-why-child-share = { $name } lives in the household { $percent } of the month (shared residence or visits). The child's rate is prorated by how much the child lives there.
practice-why-child-missing = { $name } lives in the household and must be entered. Each child under 18 has a child rate of their own, and the child's needs must be assessed.
practice-why-child-extra = The case mentions no child called { $name } in the household. A child who does not live in the household gives no child rate.
practice-why-child-is-adult = { $name } is 18 or older and is not a child in the case: the child rates apply only to children under 18. The case has { $name } as an adult in the household, with an adult rate of their own. Add { $name } under "Adults" instead.
practice-why-need-granted = Children's needs must be mapped and assessed individually (circular 35, section 4.18.2.6). The case says { $name } gets { $amount } a month for { $need } on top of the rate.
practice-why-need-not-granted = The case gives no grounds for granting { $need } for { $name } beyond the rate. Assess the need, but grant only what the case describes.
practice-why-need-not-assessed = The case says something about "{ $need }" for { $name }. Each child's needs must be mapped and assessed (circular 35, section 4.18.2.6): choose "Not relevant", "Covered by the rate" or "Granted, kr" for the item. The Norwegian Board of Health Supervision (Helsetilsynet) found that many offices do not.
practice-why-barnetrygd-shielded = Child benefit (barnetrygd) must be kept outside — sosialtjenesteloven § 18 third paragraph (§ 18 tredje ledd). From 1 September 2022 child benefit (including extended child benefit and the infant supplement) is not counted as income. Choose the kind "Child benefit (barnetrygd, all parts)", not "{ $given }", and the calculation shows it as kept outside.
practice-why-barnetrygd-before-2022 = The period is before 1 September 2022, when the shield in § 18 third paragraph took effect. Until then the municipality's practice decided whether child benefit was counted. Still choose the kind "Child benefit (barnetrygd, all parts)", not "{ $given }", so the program applies the right rule for the date.
practice-why-child-work = Children's own earnings from work in their leisure time and school holidays are kept outside — sosialtjenesteloven § 18 third paragraph. Choose "Children's earnings from work", not "{ $given }", so they are not counted.
practice-why-foreign-barnetrygd = Child benefit from another country is not covered by the shield in § 18 third paragraph. It is counted unless the office gives a reason for keeping it outside. Choose "Child benefit from another country".
practice-why-kontantstotte = Cash-for-care benefit (kontantstøtte) counts as income. It is not shielded like child benefit, even though both are paid for children.
practice-why-bostotte = Housing allowance (bostøtte) from Husbanken counts as income: it is paid towards the housing costs, and the approved housing costs are already in the need. Otherwise the housing costs would be covered twice.
practice-why-counted-not-shielded = "{ $kind }" counts as income (sosialtjenesteloven § 18). Only child benefit and children's earnings from leisure-time work are kept outside; "{ $given }" is not the right kind here.
practice-why-income-kind = The income is "{ $kind }" in the case, not "{ $given }". The kind decides whether the income is counted or kept outside, and it is shown in the decision.
practice-why-income-amount = Use the net monthly amount of "{ $kind }" as the case states it. Incomes count as stated, also in a month that is only partly in the period.
practice-why-income-missing = The case mentions "{ $kind }" of { $amount } a month. Every net income of the household must be entered.
practice-why-income-missing-spouse = The case mentions "{ $kind }" of { $amount } a month for the spouse or cohabitant. A couple counts as one household: spouses must provide for each other, and cohabitants share their finances. So the income of both counts.
practice-why-income-missing-shielded = Enter "{ $kind }" of { $amount } even though it is not counted. The calculation then shows that it is kept outside, and why — the decision must say so (sosialtjenesteloven § 18 third paragraph).
practice-why-income-extra = The case mentions no such income ({ $kind }). Enter only incomes stated in the case.
practice-why-expense-kind = The expense is "{ $kind }". Housing, electricity and heating, insurance and children's expenses are separate lines with rules of their own, so the kind must be right.
practice-why-expense-applied = The amount applied for is what the applicant pays a month for "{ $kind }", as the case states it.
practice-why-accepted-below = Housing costs are covered only as far as they are necessary and reasonable. When a housing cost is higher than the office finds reasonable, it may approve a lower amount, but the decision must then give the reason (forvaltningsloven §§ 24–25). Here the office approves only { $accepted } of { $applied } for "{ $kind }". The reason in the case: "{ $reason }" Type the approved amount in "Amount approved" and the reason in the "Reason" field.
practice-why-accepted-full = The case gives no grounds for approving less than applied for "{ $kind }". Leave "Amount approved" empty (the amount applied for is then approved), or type the same amount.
practice-why-reason-missing = When the approved amount is lower than the amount applied for, the decision must give the reason (forvaltningsloven §§ 24–25). Type it in the "Reason" field under the amount, in your own words or in the words of the case.
practice-why-expense-child = The expense is for { $name }. Link it to the child so it is shown under the child's needs.
practice-why-expense-missing-housing = The case mentions "{ $kind }" of { $amount } a month. Necessary housing costs are covered by actual, documented costs on top of the rate (circular 35, section 4.18).
practice-why-expense-missing-energy = The case mentions "{ $kind }" of { $amount } a month. Electricity and heating are not part of the rate and are entered as an expense of their own.
practice-why-expense-missing-children = The case mentions "{ $kind }" of { $amount } a month. Children's needs beyond the rate must be assessed and entered (circular 35, section 4.18.2.6).
practice-why-expense-missing = The case mentions "{ $kind }" of { $amount } a month. Enter the expenses the case describes as necessary and approved.
practice-why-expense-extra = The case mentions no such expense ({ $kind }). Enter only expenses stated in the case.
practice-why-reduction = The case says the assistance is reduced by { $amount } a month because a § 20 condition was breached. The reduction is entered as a line of its own with its reason.
practice-why-reduction-extra = The case mentions no reduction. Assistance is reduced only for breach of a § 20 condition, and the reason must be given.
practice-why-result = When every field above is right, the result is right too.

## Regn selv: the rows
practice-row-rate = Living costs: { $person }
practice-row-need-total = Total need
practice-row-income-total = Total income counted
practice-row-reduction = Reduction (§ 20)
practice-row-pay = To pay for { $month } (whole kroner)
practice-row-surplus = Surplus (income above the need)

## Regn selv: hints
practice-hint-generic = The amount is not right. Look at the facts and calculate the line again.
practice-hint-rounding = Almost: you are less than one krone off. Calculate with øre (two decimals) and round to the nearest whole krone, 50 øre rounding up – or type the amount with øre.
practice-hint-pro-rata-days = You used the full monthly rate ({ $rate }), but the period is only { $days } of { $total } days this month. The rate is prorated by calendar days: { $rate } × { $days } / { $total }.
practice-hint-share = { $person } lives in the household { $percent } of the time (shared residence or visits), so the child's rate is prorated: { $rate } × { $percent }.
practice-hint-couple-vs-shared = You used the rate for { $used }. A married or cohabiting couple gets one joint rate ({ $category }); shared housing is for adults sharing a home without being a couple.
practice-hint-couple-one-rate = You used the rate for { $used }. A couple does not get two single rates but one joint rate for { $category }.
practice-hint-couple-two-shared = You added up two rates for { $used } ({ $given }). The two are a couple, not shared housing: married and cohabiting couples get one joint rate for { $category }, { $rate } a month, however much they share.
practice-hint-couple-two-single = You added up two rates for { $used } ({ $given }). A couple does not get two single rates but one joint rate for { $category }, { $rate } a month, because they keep one household.
practice-hint-child-band = You used the rate for { $used }. The child's age on the first day of the month decides the age band: { $person } (born { $birth }) is { $age } on { $date } and belongs in { $category }.
practice-hint-child-band-change = You used the rate for { $used }. { $person } turns { $turns } on { $birthday }, but the child's age on the first day of the month decides the age band: { $person } is { $age } on { $date } and belongs in { $category }. The rate for { $band } applies from { $from }.
practice-hint-wrong-category = You used the rate for { $used }, but { $person } gets the rate for { $category }.
practice-hint-wrong-set = You used the rate from { $used }. For { $month } the rates from { $set } apply: rates usually change on 1 July, and each month uses the rates in force then.
practice-hint-rate = Look up the rate for { $person } in the table (rates from { $set }): the category is { $category }.
practice-hint-rate-prorated = Look up the rate for { $person } in the table (rates from { $set }): the category is { $category }. Prorate it: the period does not cover the whole month.
practice-hint-rate-child = { $person } (born { $birth }) is { $age } on { $date }, so the category is { $category }: the child's age on the first day of the month decides the age band. Look up the rate in the table (rates from { $set }).
practice-hint-rate-child-prorated = { $person } (born { $birth }) is { $age } on { $date }, so the category is { $category }: the child's age on the first day of the month decides the age band. Look up the rate in the table (rates from { $set }) and prorate it by days and residence share.
practice-empty-rows = { $count } lines are not filled in yet.
practice-hint-accepted = You used the amount applied for. The office approves only { $accepted } for "{ $kind }". The reason in the case: "{ $reason }" The approved amount is what counts in the need.
practice-hint-expense-not-prorated = You prorated "{ $kind }". Only the living-cost rates are prorated by days; expenses count as entered (what is actually due that month).
practice-hint-expense = Use the approved monthly amount of "{ $kind }" as the facts state it.
practice-hint-child-need = Use the amount granted for the child's needs beyond the rate, per month.
practice-hint-barnetrygd = Child benefit is kept outside — sosialtjenesteloven § 18 third paragraph (§ 18 tredje ledd). From 1 September 2022 it is not counted as income. Type 0.
practice-hint-barnetrygd-policy = The period is before 1 September 2022, but the municipality in this case kept child benefit outside by its own practice. It is not counted here; type 0.
practice-hint-barnetrygd-counted-before = The period is before 1 September 2022, when child benefit was not yet shielded by § 18 third paragraph. By the usual practice then it is counted; type the amount.
practice-hint-child-work = Children's earnings from leisure-time and holiday work are kept outside — sosialtjenesteloven § 18 third paragraph. Type 0.
practice-hint-foreign-shielded = The office has given reasons for keeping the child benefit from abroad outside in this case. Type 0.
practice-hint-foreign-counted = Child benefit from another country is not covered by the shield in § 18 third paragraph and is counted. Type the amount.
practice-hint-income-shielded = This income is kept outside and not counted. Type 0.
practice-hint-kontantstotte = Cash-for-care benefit counts as income — it is not shielded like child benefit. Type the amount.
practice-hint-bostotte = Housing allowance from Husbanken counts as income: it is paid towards the housing costs, and the approved housing costs are already in the need. Type the amount.
practice-hint-income-counted = "{ $kind }" counts as income (sosialtjenesteloven § 18). Type the net monthly amount.
practice-hint-spouse-income = { $person } is the applicant's spouse or cohabitant. A couple counts as one household, so the income of both counts, even when only one of them applies. Type the net monthly amount of "{ $kind }".
practice-hint-income-amount = Use the net monthly amount of "{ $kind }" as the facts state it. Incomes are not prorated by days.
practice-hint-total-follows = The sum agrees with the figures you typed above, but at least one of them is wrong. Correct the lines above first.
practice-hint-need-total = The total need is the sum of all lines above: living costs for each person and the approved expenses.
practice-hint-income-total = The total income is the sum of the incomes that count (those you did not set to 0).
practice-hint-total-barnetrygd = You included the child benefit ({ $amount }). Child benefit is kept outside — sosialtjenesteloven § 18 third paragraph (§ 18 tredje ledd) — and is not deducted from the need.
practice-hint-total-child-work = You included the child's earnings. Children's earnings from leisure-time and holiday work are kept outside — sosialtjenesteloven § 18 third paragraph.
practice-hint-total-omitted = You left out "{ $kind }". It counts as income and belongs in the total.
practice-hint-pay = To pay = total need − total income counted − reductions, rounded to whole kroner (50 øre rounds up).
practice-hint-pay-negative = When the income is larger than the need, nothing is paid. Type 0 here, and the surplus on its own line.
practice-hint-pay-surplus = The income counted is larger than the need, so there is no entitlement under § 18. Type 0.
practice-hint-surplus = Surplus = total income counted − total need (− reductions). The decision shows it even though nothing is paid.
practice-hint-reduction = Use the monthly reduction stated in the facts (breach of a § 20 condition). The reduction is deducted on top of the income: to pay = need − income − reduction.
practice-show-all-rules = Show which rules each exercise practises (also before you have tried it)
