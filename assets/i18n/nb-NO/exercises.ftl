## Exercise library: rule names, exercise files, `utmaling exercise`.

## The rules an exercise drills: short name (rule-tag-*) and legal basis or source (rule-law-*).
rule-tag-rate-single = Sats for enslige
rule-tag-rate-couple = Sats for ektepar og samboere
rule-tag-rate-shared-housing = Sats for person i bofellesskap
rule-tag-couple-vs-shared-housing = Par eller bofellesskap?
rule-tag-rate-child-0-5 = Sats for barn 0–5 år
rule-tag-rate-child-6-10 = Sats for barn 6–10 år
rule-tag-rate-child-11-17 = Sats for barn 11–17 år
rule-tag-age-band-change = Barnet bytter aldersgruppe i perioden
rule-tag-barnetrygd-shielded = Barnetrygd holdes utenfor
rule-tag-barnetrygd-before-2022 = Barnetrygd før 1. september 2022
rule-tag-child-work-income-shielded = Barns arbeidsinntekt holdes utenfor
rule-tag-kontantstotte-counted = Kontantstøtte regnes som inntekt
rule-tag-bostotte-counted = Bostøtte regnes som inntekt
rule-tag-spouse-income-counted = Ektefellens eller samboerens inntekt regnes med
rule-tag-housing-accepted-below-applied = Boutgift godkjent lavere enn søkt, med begrunnelse
rule-tag-children-needs-assessed = Barnas behov kartlagt og vurdert
rule-tag-partial-month = Del av en måned
rule-tag-rate-change-july = Nye satser 1. juli
rule-tag-shared-residence = Delt bosted og samvær
rule-tag-full-assistance = Full stønad (ingen inntekt)
rule-tag-supplementary-assistance = Supplerende stønad (inntekt under behovet)
rule-tag-no-entitlement-surplus = Ikke rett på stønad – overskudd
rule-tag-old-case = Eldre sak med satsene som gjaldt da
rule-tag-reduction = Reduksjon ved brudd på vilkår

rule-law-rate-single = Rundskriv om statlige veiledende retningslinjer (satser): enslige
rule-law-rate-couple = Rundskriv om statlige veiledende retningslinjer (satser): ektepar og samboere får ett felles beløp
rule-law-rate-shared-housing = Rundskriv om statlige veiledende retningslinjer (satser): person i bofellesskap
rule-law-couple-vs-shared-housing = Rundskriv om statlige veiledende retningslinjer (satser): ektepar/samboere eller person i bofellesskap – saksbehandleren vurderer
rule-law-rate-child-0-5 = Rundskriv om statlige veiledende retningslinjer (satser): barn 0–5 år
rule-law-rate-child-6-10 = Rundskriv om statlige veiledende retningslinjer (satser): barn 6–10 år
rule-law-rate-child-11-17 = Rundskriv om statlige veiledende retningslinjer (satser): barn 11–17 år
rule-law-age-band-change = Rundskriv om statlige veiledende retningslinjer (satser): barnets alder avgjør satsen; ny sats fra måneden etter at barnet har fylt år
rule-law-barnetrygd-shielded = sosialtjenesteloven § 18 tredje ledd
rule-law-barnetrygd-before-2022 = sosialtjenesteloven § 18 tredje ledd gjelder fra 1. september 2022; før det regnet de fleste kommuner barnetrygden med
rule-law-child-work-income-shielded = sosialtjenesteloven § 18 tredje ledd
rule-law-kontantstotte-counted = sosialtjenesteloven § 18; rundskriv hovednr. 35, punkt 4.18 (husstandens inntekter)
rule-law-bostotte-counted = sosialtjenesteloven § 18; rundskriv hovednr. 35, punkt 4.18 (husstandens inntekter)
rule-law-spouse-income-counted = sosialtjenesteloven § 18; rundskriv hovednr. 35, punkt 4.18; ektefeller har gjensidig forsørgelsesplikt (ekteskapsloven § 38)
rule-law-housing-accepted-below-applied = rundskriv hovednr. 35, punkt 4.18 (nødvendige boutgifter); forvaltningsloven §§ 24–25 (vedtaket skal begrunnes)
rule-law-children-needs-assessed = rundskriv hovednr. 35, punkt 4.18.2.6 (barns behov)
rule-law-partial-month = Rundskriv om statlige veiledende retningslinjer (satser): satsene er månedsbeløp; for en del av en måned regnes de forholdsmessig etter kalenderdager
rule-law-rate-change-july = Rundskriv om statlige veiledende retningslinjer (satser): de nye satsene gjelder fra datoen de trer i kraft
rule-law-shared-residence = rundskriv hovednr. 35, punkt 4.18.2.6 (barns behov); barnets sats etter hvor stor del av måneden barnet bor i husstanden
rule-law-full-assistance = sosialtjenesteloven § 18 (stønad til livsopphold)
rule-law-supplementary-assistance = sosialtjenesteloven § 18 (stønad til livsopphold); rundskriv hovednr. 35, punkt 4.18.1.5
rule-law-no-entitlement-surplus = sosialtjenesteloven § 18: den som kan sørge for seg selv ved egen inntekt, har ikke rett på stønad
rule-law-old-case = Rundskriv om statlige veiledende retningslinjer (satser): satsene som gjaldt i perioden saken gjelder
rule-law-reduction = sosialtjenesteloven § 20 (vilkår)

## utmaling exercise check / list
exercise-cli-ok = OK: { $file }
exercise-cli-exercise = { $id } · nivå { $difficulty } · { $title }
exercise-cli-rules = Regler: { $rules }
exercise-cli-key-paid = Fasit: { $outcome }, { $amount } for perioden { $from }–{ $to }
exercise-cli-key-none = Fasit: { $outcome } på { $amount } for perioden { $from }–{ $to }
exercise-cli-key-failed = fasiten kan ikke regnes ut
exercise-cli-checked = { $ok } av { $total } filer er i orden.
exercise-cli-list-count = { $count } oppgaver: { $shipped } følger med programmet, { $user } fra brukermappen.
exercise-cli-user-dir = Brukermappe for oppgaver: { $dir }
exercise-cli-no-user-dir = Ingen brukermappe for oppgaver (sett UTMALING_EXERCISES_DIR eller bruk --dir).
exercise-cli-user-mark = (egen)
exercise-cli-skipped = Hoppet over { $count } fil(er) med feil:
