## Exercise library: rule names, exercise files, `utmaling exercise`.

## The rules an exercise drills: short name (rule-tag-*) and legal basis or source (rule-law-*).
rule-tag-rate-single = Sats for einslege
rule-tag-rate-couple = Sats for ektepar og sambuarar
rule-tag-rate-shared-housing = Sats for person i bufellesskap
rule-tag-couple-vs-shared-housing = Par eller bufellesskap?
rule-tag-rate-child-0-5 = Sats for barn 0–5 år
rule-tag-rate-child-6-10 = Sats for barn 6–10 år
rule-tag-rate-child-11-17 = Sats for barn 11–17 år
rule-tag-age-band-change = Barnet byter aldersgruppe i perioden
rule-tag-barnetrygd-shielded = Barnetrygd blir halden utanfor
rule-tag-barnetrygd-before-2022 = Barnetrygd før 1. september 2022
rule-tag-child-work-income-shielded = Arbeidsinntekta til barn blir halden utanfor
rule-tag-kontantstotte-counted = Kontantstøtte blir rekna som inntekt
rule-tag-bostotte-counted = Bustøtte blir rekna som inntekt
rule-tag-spouse-income-counted = Inntekta til ektefellen eller sambuaren blir rekna med
rule-tag-housing-accepted-below-applied = Buutgift godkjend lågare enn søkt, med grunngiving
rule-tag-children-needs-assessed = Behova til barna kartlagde og vurderte
rule-tag-partial-month = Del av ein månad
rule-tag-rate-change-july = Nye satsar 1. juli
rule-tag-shared-residence = Delt bustad og samvær
rule-tag-full-assistance = Full stønad (inga inntekt)
rule-tag-supplementary-assistance = Supplerande stønad (inntekt under behovet)
rule-tag-no-entitlement-surplus = Ikkje rett på stønad – overskot
rule-tag-old-case = Eldre sak med satsane som galdt då
rule-tag-reduction = Reduksjon ved brot på vilkår

rule-law-rate-single = Rundskriv om statlege rettleiande retningslinjer (satsar): einslege
rule-law-rate-couple = Rundskriv om statlege rettleiande retningslinjer (satsar): ektepar og sambuarar får eitt felles beløp
rule-law-rate-shared-housing = Rundskriv om statlege rettleiande retningslinjer (satsar): person i bufellesskap
rule-law-couple-vs-shared-housing = Rundskriv om statlege rettleiande retningslinjer (satsar): ektepar/sambuarar eller person i bufellesskap – saksbehandlaren vurderer
rule-law-rate-child-0-5 = Rundskriv om statlege rettleiande retningslinjer (satsar): barn 0–5 år
rule-law-rate-child-6-10 = Rundskriv om statlege rettleiande retningslinjer (satsar): barn 6–10 år
rule-law-rate-child-11-17 = Rundskriv om statlege rettleiande retningslinjer (satsar): barn 11–17 år
rule-law-age-band-change = Rundskriv om statlege rettleiande retningslinjer (satsar): alderen til barnet avgjer satsen; ny sats frå månaden etter at barnet har fylt år
rule-law-barnetrygd-shielded = sosialtenestelova § 18 tredje ledd
rule-law-barnetrygd-before-2022 = sosialtenestelova § 18 tredje ledd gjeld frå 1. september 2022; før det rekna dei fleste kommunane barnetrygda med
rule-law-child-work-income-shielded = sosialtenestelova § 18 tredje ledd
rule-law-kontantstotte-counted = sosialtenestelova § 18; rundskriv hovudnr. 35, punkt 4.18 (inntektene til hushaldet)
rule-law-bostotte-counted = sosialtenestelova § 18; rundskriv hovudnr. 35, punkt 4.18 (inntektene til hushaldet)
rule-law-spouse-income-counted = sosialtenestelova § 18; rundskriv hovudnr. 35, punkt 4.18; ektefellar har gjensidig forsørgingsplikt (ekteskapslova § 38)
rule-law-housing-accepted-below-applied = rundskriv hovudnr. 35, punkt 4.18 (naudsynte buutgifter); forvaltningslova §§ 24–25 (vedtaket skal grunngivast)
rule-law-children-needs-assessed = rundskriv hovudnr. 35, punkt 4.18.2.6 (behova til barn)
rule-law-partial-month = Rundskriv om statlege rettleiande retningslinjer (satsar): satsane er månadsbeløp; for ein del av ein månad blir dei rekna forholdsmessig etter kalenderdagar
rule-law-rate-change-july = Rundskriv om statlege rettleiande retningslinjer (satsar): dei nye satsane gjeld frå datoen dei tek til å gjelde
rule-law-shared-residence = rundskriv hovudnr. 35, punkt 4.18.2.6 (behova til barn); satsen til barnet etter kor stor del av månaden barnet bur i hushaldet
rule-law-full-assistance = sosialtenestelova § 18 (stønad til livsopphald)
rule-law-supplementary-assistance = sosialtenestelova § 18 (stønad til livsopphald); rundskriv hovudnr. 35, punkt 4.18.1.5
rule-law-no-entitlement-surplus = sosialtenestelova § 18: den som kan syte for seg sjølv med eiga inntekt, har ikkje rett på stønad
rule-law-old-case = Rundskriv om statlege rettleiande retningslinjer (satsar): satsane som galdt i perioden saka gjeld
rule-law-reduction = sosialtenestelova § 20 (vilkår)

## utmaling exercise check / list
exercise-cli-ok = OK: { $file }
exercise-cli-exercise = { $id } · nivå { $difficulty } · { $title }
exercise-cli-rules = Reglar: { $rules }
exercise-cli-key-paid = Fasit: { $outcome }, { $amount } for perioden { $from }–{ $to }
exercise-cli-key-none = Fasit: { $outcome } på { $amount } for perioden { $from }–{ $to }
exercise-cli-key-failed = fasiten kan ikkje reknast ut
exercise-cli-checked = { $ok } av { $total } filer er i orden.
exercise-cli-list-count = { $count } oppgåver: { $shipped } følgjer med programmet, { $user } frå brukarmappa.
exercise-cli-user-dir = Brukarmappe for oppgåver: { $dir }
exercise-cli-no-user-dir = Inga brukarmappe for oppgåver (set UTMALING_EXERCISES_DIR eller bruk --dir).
exercise-cli-user-mark = (eiga)
exercise-cli-skipped = Hoppa over { $count } fil(er) med feil:
