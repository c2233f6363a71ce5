## Practice view: modes, feedback.

## The view
practice-heading = Øving: utmåling av økonomisk stønad
practice-intro = Velg en oppgave. Les saken, og før den inn i skjemaet eller regn ut stønaden selv. Når du trykker «Sjekk», får du vite hva som er riktig, hvilken regel som gjelder, og hvor i saken opplysningen står. Fasiten regnes alltid ut av programmet.
practice-list-heading = Oppgaver
practice-list-empty = Ingen oppgaver funnet.
practice-level = Nivå { $level }
practice-rules-drilled = Øver på: { $rules }
practice-best-score = Beste resultat: { $score }
practice-not-tried = Ikke prøvd ennå
practice-random-heading = Ny tilfeldig oppgave
practice-random-intro = Programmet lager en realistisk sak ut fra et frø (et tall). Samme frø gir samme sak, så en lærer kan gi hele klassen den samme oppgaven.
practice-seed = Frø
practice-seed-shown = Frø: { $seed }
practice-seed-invalid = Frøet må være et helt tall, for eksempel 20240301.
practice-new-random = Ny tilfeldig oppgave
practice-open-seed = Åpne oppgaven for dette frøet
practice-back = ← Alle oppgaver
practice-narrative = Saken
practice-mode-form = Fyll ut skjemaet
practice-mode-hand = Regn selv
practice-check = Sjekk
practice-show-solution = Vis løsning
practice-hide-solution = Skjul løsning
practice-start-over = Begynn på nytt
practice-form-intro = Før saken inn i skjemaet slik du ville gjort for en søker. Skjemaet er et eget øvingsskjema og påvirker ikke saken du har åpen.
practice-form-has-problems = Skjemaet har felt som må rettes før det kan sjekkes (se de røde meldingene).
practice-feedback-heading = Tilbakemelding
practice-calc-heading = Beregningen din sammenlignet med fasiten
practice-calc-same = Beregningen din er lik fasiten linje for linje.
practice-rule = Regel: { $rule } ({ $law })
practice-solution-heading = Løsning: fasiten med forklaring
practice-key-failed = Fasiten for denne oppgaven kan ikke regnes ut: { $error }
practice-hand-intro = Regn ut stønaden for { $month } selv. Skriv ett beløp per linje i kroner, for eksempel «1 766» eller «1766,00». Beløpene godtas når de stemmer på kronen.
practice-hand-intro-months = Saken gjelder flere måneder; du regner én måned om gangen. Velg måned:
practice-hand-income-note = Skriv 0 for en inntekt som ikke skal regnes med.
practice-facts-heading = Opplysninger i saken
practice-facts-period = Periode: { $from }–{ $to }
practice-facts-living = Husstand: { $living }
practice-facts-adult = Voksen: { $name }
practice-facts-adult-born = Voksen: { $name }, født { $date }
practice-facts-child = Barn: { $name }, født { $date }, bor i husstanden { $percent } av tiden
practice-facts-income = Inntekt: { $kind } { $amount } per måned
practice-facts-income-person = Inntekt: { $kind } ({ $person }) { $amount } per måned
practice-facts-expense = Utgift: { $kind } { $amount } per måned
practice-facts-expense-accepted = Utgift: { $kind } { $applied } per måned, godtatt { $accepted } ({ $reason })
practice-facts-need = Barns behov: { $name }, { $need }: innvilget { $amount } per måned
practice-facts-reduction = Reduksjon (§ 20): { $amount } per måned ({ $reason })
practice-rates-heading = Satser fra { $date } (statlige veiledende satser per måned)
practice-rates-profile-heading = Satser fra { $date } ({ $profile })
practice-mark-correct = Riktig
practice-mark-wrong = Feil
practice-attempt-saved = Forsøket er lagret i fremgangen din.

practice-inline = Feil – se punkt { $n } i tilbakemeldingen
practice-inline-rule = Feil – se punkt { $n }: { $rule }

## Score
practice-score = { $correct } av { $checked } riktige
practice-score-all = Alle riktige ({ $correct } av { $checked })

## A difference: what, the right value and the trainee's, then why.
practice-diff = { $what }: riktig er { $expected }, du har { $given }.
practice-quote = I saken står det: «{ $quote }»
practice-calc-line = { $month } – { $line }: fasit { $expected }, ditt skjema { $given }
practice-calc-failed = Skjemaet ditt kunne ikke regnes ut, så beregningen kan ikke sammenlignes.

## Values
practice-value-missing = ingenting
practice-value-not-granted = ikke innvilget
practice-value-no-band = ingen barnesats
practice-value-pay = { $amount } å utbetale
practice-value-surplus = ingen utbetaling (overskudd { $amount })
practice-value-no-result = ingen beregning (skjemaet har feil)
practice-value-no-line = ingen linje
practice-value-assessed = et valg for punktet (fasiten har «{ $state }»)
practice-value-not-assessed = ikke vurdert
practice-value-a-reason = en begrunnelse

## What an item is
practice-what-period-from = Periode fra
practice-what-period-to = Periode til
practice-what-living = Boform
practice-what-adults = Antall voksne
practice-what-child = Barn { $name }
practice-what-child-birth = Fødselsdato for { $name }
practice-what-child-share = Andel av måneden { $name } bor i husstanden
practice-what-need = { $name }: { $need }
practice-what-income-kind = Inntekt { $n }: type
practice-what-income-amount = Inntekt { $n } ({ $kind }): beløp
practice-what-income-missing = Inntekt som mangler: { $kind }
practice-what-income-extra = Inntekt { $n }
practice-what-expense-kind = Utgift { $n }: type
practice-what-expense-applied = Utgift { $n } ({ $kind }): søkt beløp
practice-what-expense-accepted = Utgift { $n } ({ $kind }): godtatt beløp
practice-what-expense-reason = Utgift { $n } ({ $kind }): begrunnelse
practice-what-expense-child = Utgift { $n } ({ $kind }): gjelder barnet
practice-what-expense-missing = Utgift som mangler: { $kind }
practice-what-expense-extra = Utgift { $n }
practice-what-reduction = Reduksjon { $n }
practice-what-result = Resultat for perioden

## Why: the rule, and where to look.
practice-why-period = Perioden står i saken: { $from }–{ $to }. Perioden avgjør hvilke satser som gjelder og hvor mange måneder som regnes ut.
practice-why-period-partial = Saken gjelder en del av en måned: { $from }–{ $to }. Da regnes satsene for livsopphold forholdsmessig etter kalenderdager (dager i perioden delt på dager i måneden). Feil dato gir feil andel av satsen.
practice-why-period-rate-change = Perioden { $from }–{ $to } går over en satsendring. Hver måned regnes med satsene som gjelder den måneden, så perioden må være nøyaktig.
practice-why-period-old = Saken er gammel: perioden er { $from }–{ $to }. Satsene den gang var mye lavere enn i dag, og hver måned regnes med satsene som gjaldt da. Skriv perioden slik den står i saken; med et annet år blir alle satsene feil.
practice-why-single = Søkeren bor alene og får satsen for enslige.
practice-why-couple = Søkeren er gift eller samboer. Ektepar og samboere får ett felles beløp (satsen for ektepar/samboere), og begge regnes som voksne i husstanden.
practice-why-shared = Søkeren deler bolig med andre voksne uten å være par med dem. Da gjelder satsen for person i bofellesskap, som er lavere enn for enslige fordi noen utgifter deles.
practice-why-couple-not-shared = De to er et par (gift eller samboere), ikke et bofellesskap. Et par får én felles sats for ektepar/samboere; bofellesskap gjelder voksne som deler bolig uten å være par. Se etter ord som «samboer», «kjæreste» eller «gift» i saken.
practice-why-shared-not-couple = De som bor sammen er ikke et par, men deler bolig (for eksempel venner eller kolleger). Da gjelder satsen for person i bofellesskap for hver av dem, ikke én felles parsats.
practice-why-adults-couple = Et par føres som to voksne i husstanden. Paret får én felles sats, og begges inntekter regnes med.
practice-why-adults = Før inn alle voksne som søker sammen i husstanden, slik saken beskriver dem.
practice-why-adults-shared = I et bofellesskap hører bare de voksne som søker, med i saken. De andre som bor der, har ikke plikt til å forsørge søkeren, så verken de eller inntektene deres skal føres inn.
practice-why-child-band = Fødselsdatoen avgjør satsen: barnets alder den første dagen i måneden bestemmer aldersgruppen. { $name } er { $age } år 1. { $month } og hører til { $band }; med datoen du skrev, blir det { $given }.
practice-why-child-birth = Før fødselsdatoen slik den står i saken. Den gir ikke feil sats i denne perioden, men avgjør når { $name } bytter aldersgruppe.
practice-why-child-share = { $name } bor i husstanden { $percent } av måneden (delt bosted eller samvær). Barnesatsen regnes forholdsmessig etter hvor mye barnet bor der.
practice-why-child-missing = { $name } bor i husstanden og skal føres inn. Hvert barn under 18 år gir en egen barnesats, og barnets behov skal vurderes.
practice-why-child-extra = Saken nevner ikke noe barn som heter { $name } i husstanden. Barn som ikke bor i husstanden, gir ingen barnesats.
practice-why-child-is-adult = { $name } er 18 år eller eldre og er ikke barn i saken: barnesatsene gjelder bare barn under 18 år. Saken fører { $name } som voksen i husstanden, med egen sats for voksne. Legg til { $name } under «Voksne» i stedet.
practice-why-need-granted = Barnas behov skal kartlegges og vurderes konkret (rundskriv 35, punkt 4.18.2.6). Saken sier at { $name } får { $amount } per måned til { $need } i tillegg til satsen.
practice-why-need-not-granted = Saken gir ikke grunnlag for å innvilge { $need } for { $name } utover satsen. Vurder behovet, men innvilg bare det saken beskriver.
practice-why-need-not-assessed = Saken sier noe om «{ $need }» for { $name }. Barnas behov skal kartlegges og vurderes for hvert barn (rundskriv 35, punkt 4.18.2.6): velg «Ikke relevant», «Dekket av satsen» eller «Innvilget kr» for punktet. Helsetilsynet har funnet at mange kontorer ikke gjør dette.
practice-why-barnetrygd-shielded = Barnetrygd skal holdes utenfor — sosialtjenesteloven § 18 tredje ledd. Fra 1. september 2022 regnes barnetrygd (også utvidet barnetrygd og småbarnstillegg) ikke som inntekt. Velg typen «Barnetrygd», ikke «{ $given }», så viser beregningen den som holdt utenfor.
practice-why-barnetrygd-before-2022 = Perioden er før 1. september 2022, da skjermingen i § 18 tredje ledd begynte å gjelde. Da var det kommunens praksis som avgjorde om barnetrygden ble regnet med. Velg likevel typen «Barnetrygd», ikke «{ $given }», så bruker programmet riktig regel for datoen.
practice-why-child-work = Barns egen arbeidsinntekt i fritiden og skoleferier holdes utenfor — sosialtjenesteloven § 18 tredje ledd. Velg «Barns arbeidsinntekt», ikke «{ $given }», slik at den ikke regnes med.
practice-why-foreign-barnetrygd = Barnetrygd fra et annet land er ikke omfattet av skjermingen i § 18 tredje ledd. Den regnes med, med mindre kontoret begrunner at den holdes utenfor. Velg «Barnetrygd fra et annet land».
practice-why-kontantstotte = Kontantstøtte regnes som inntekt. Den er ikke skjermet slik barnetrygden er, selv om begge betales for barn.
practice-why-bostotte = Bostøtte fra Husbanken regnes som inntekt: den gis til boutgiftene, og de godtatte boutgiftene er allerede med i behovet. Ellers ville boutgiftene bli dekket to ganger.
practice-why-counted-not-shielded = «{ $kind }» regnes med som inntekt (sosialtjenesteloven § 18). Bare barnetrygd og barns arbeidsinntekt i fritid og ferier holdes utenfor; «{ $given }» er ikke riktig type her.
practice-why-income-kind = Inntekten er «{ $kind }» i saken, ikke «{ $given }». Typen avgjør om inntekten regnes med eller holdes utenfor, og den vises i vedtaket.
practice-why-income-amount = Bruk netto månedsbeløp for «{ $kind }» slik det står i saken. Inntekter regnes som oppgitt, også i en måned som bare delvis er med.
practice-why-income-missing = Saken nevner «{ $kind }» på { $amount } per måned. Alle husstandens netto inntekter skal føres inn.
practice-why-income-missing-spouse = Saken nevner «{ $kind }» på { $amount } per måned for ektefellen eller samboeren. Et par regnes som én husstand: ektefeller har plikt til å forsørge hverandre, og samboere har felles økonomi. Derfor regnes begges inntekter med.
practice-why-income-missing-shielded = Før inn «{ $kind }» på { $amount } selv om den ikke regnes med. Da viser beregningen at den er holdt utenfor, og hvorfor — det skal stå i vedtaket (sosialtjenesteloven § 18 tredje ledd).
practice-why-income-extra = Saken nevner ingen slik inntekt ({ $kind }). Før bare inn inntekter som står i saken.
practice-why-expense-kind = Utgiften er «{ $kind }». Boutgifter, strøm og oppvarming, forsikring og barns utgifter er hver sin linje med hver sin regel, så typen må være riktig.
practice-why-expense-applied = Søkt beløp er det søkeren betaler per måned for «{ $kind }», slik det står i saken.
practice-why-accepted-below = Boutgifter dekkes bare så langt de er nødvendige og rimelige. Er boutgiften høyere enn det kontoret finner rimelig, kan det godta et lavere beløp, men da skal begrunnelsen stå i vedtaket (forvaltningsloven §§ 24–25). Her godtar kontoret bare { $accepted } av { $applied } for «{ $kind }». Begrunnelsen i saken: «{ $reason }» Skriv det godtatte beløpet i «Godkjent beløp» og begrunnelsen i feltet «Begrunnelse».
practice-why-accepted-full = Saken gir ikke grunnlag for å godta mindre enn søkt for «{ $kind }». La «Godkjent beløp» stå tomt (da godtas søkt beløp), eller skriv det samme beløpet.
practice-why-reason-missing = Når godtatt beløp er lavere enn søkt, skal begrunnelsen stå i vedtaket (forvaltningsloven §§ 24–25). Skriv den i feltet «Begrunnelse» under beløpet, med egne ord eller med ordene fra saken.
practice-why-expense-child = Utgiften gjelder { $name }. Knytt den til barnet, slik at den vises under barnets behov.
practice-why-expense-missing-housing = Saken nevner «{ $kind }» på { $amount } per måned. Nødvendige boutgifter dekkes etter faktiske, dokumenterte utgifter og kommer i tillegg til satsen (rundskriv 35, punkt 4.18).
practice-why-expense-missing-energy = Saken nevner «{ $kind }» på { $amount } per måned. Strøm og oppvarming er ikke med i satsen og føres som egen utgift.
practice-why-expense-missing-children = Saken nevner «{ $kind }» på { $amount } per måned. Barns behov utover satsen skal vurderes og føres inn (rundskriv 35, punkt 4.18.2.6).
practice-why-expense-missing = Saken nevner «{ $kind }» på { $amount } per måned. Før inn utgifter som saken beskriver som nødvendige og godtatt.
practice-why-expense-extra = Saken nevner ingen slik utgift ({ $kind }). Før bare inn utgifter som står i saken.
practice-why-reduction = Saken sier at stønaden reduseres med { $amount } per måned fordi et vilkår etter § 20 er brutt. Reduksjonen føres som egen linje med begrunnelse.
practice-why-reduction-extra = Saken nevner ingen reduksjon. Stønaden reduseres bare ved brudd på et vilkår etter § 20, og det skal begrunnes.
practice-why-result = Når alle feltene over er riktige, blir også resultatet riktig.

## Regn selv: the rows
practice-row-rate = Livsopphold: { $person }
practice-row-need-total = Sum behov
practice-row-income-total = Sum inntekt som regnes med
practice-row-reduction = Reduksjon (§ 20)
practice-row-pay = Til utbetaling for { $month } (hele kroner)
practice-row-surplus = Overskudd (inntekt over behovet)

## Regn selv: hints for a wrong line
practice-hint-generic = Beløpet stemmer ikke. Se på opplysningene over og regn linjen på nytt.
practice-hint-rounding = Nesten: du er under én krone unna. Regn med øre (to desimaler) og rund av til nærmeste hele krone, der 50 øre rundes opp – eller skriv beløpet med øre.
practice-hint-pro-rata-days = Du har brukt hele månedssatsen ({ $rate }), men perioden er bare { $days } av { $total } dager denne måneden. Satsen regnes forholdsmessig etter kalenderdager: { $rate } × { $days } / { $total }.
practice-hint-share = { $person } bor i husstanden { $percent } av tiden (delt bosted eller samvær), så barnesatsen regnes forholdsmessig: { $rate } × { $percent }.
practice-hint-couple-vs-shared = Du har brukt satsen for { $used }. Ektepar og samboere får én felles sats ({ $category }); bofellesskap gjelder voksne som deler bolig uten å være par.
practice-hint-couple-one-rate = Du har brukt satsen for { $used }. Et par får ikke to enslige-satser, men én felles sats for { $category }.
practice-hint-couple-two-shared = Du har lagt sammen to satser for { $used } ({ $given }). De to er et par, ikke et bofellesskap: ektepar og samboere får én felles sats for { $category }, { $rate } i måneden, uansett hvor mye de deler.
practice-hint-couple-two-single = Du har lagt sammen to satser for { $used } ({ $given }). Et par får ikke to enslige-satser, men én felles sats for { $category }, { $rate } i måneden, fordi de har felles husholdning.
practice-hint-child-band = Du har brukt satsen for { $used }. Barnets alder den første dagen i måneden avgjør aldersgruppen: { $person } (født { $birth }) er { $age } år den { $date } og hører til { $category }.
practice-hint-child-band-change = Du har brukt satsen for { $used }. { $person } fyller { $turns } år { $birthday }, men barnets alder den første dagen i måneden avgjør aldersgruppen: { $person } er { $age } år den { $date } og hører til { $category }. Satsen for { $band } gjelder fra { $from }.
practice-hint-wrong-category = Du har brukt satsen for { $used }, men { $person } skal ha satsen for { $category }.
practice-hint-wrong-set = Du har brukt satsen fra { $used }. For { $month } gjelder satsene fra { $set }: satsene endres som regel 1. juli, og hver måned regnes med satsene som gjelder da.
practice-hint-rate = Finn satsen for { $person } i tabellen (satser fra { $set }): kategorien er { $category }.
practice-hint-rate-prorated = Finn satsen for { $person } i tabellen (satser fra { $set }): kategorien er { $category }. Regn den forholdsmessig: perioden dekker ikke hele måneden.
practice-hint-rate-child = { $person } (født { $birth }) er { $age } år den { $date }, så kategorien er { $category }: barnets alder den første dagen i måneden avgjør aldersgruppen. Finn satsen i tabellen (satser fra { $set }).
practice-hint-rate-child-prorated = { $person } (født { $birth }) er { $age } år den { $date }, så kategorien er { $category }: barnets alder den første dagen i måneden avgjør aldersgruppen. Finn satsen i tabellen (satser fra { $set }), og regn den forholdsmessig etter dager og bostedsandel.
practice-empty-rows = { $count } linjer er ikke fylt ut ennå.
practice-hint-accepted = Du har brukt søkt beløp. Kontoret godtar bare { $accepted } for «{ $kind }». Begrunnelsen i saken: «{ $reason }» Det er det godtatte beløpet som regnes med i behovet.
practice-hint-expense-not-prorated = Du har regnet «{ $kind }» forholdsmessig. Bare satsene for livsopphold regnes etter dager; utgifter regnes med slik de er ført (det som faktisk skal betales den måneden).
practice-hint-expense = Bruk det godtatte beløpet per måned for «{ $kind }» slik det står i opplysningene.
practice-hint-child-need = Bruk beløpet som er innvilget til barnets behov utover satsen, per måned.
practice-hint-barnetrygd = Barnetrygd holdes utenfor — sosialtjenesteloven § 18 tredje ledd. Fra 1. september 2022 regnes den ikke som inntekt. Skriv 0.
practice-hint-barnetrygd-policy = Perioden er før 1. september 2022, men kommunen i saken holdt barnetrygden utenfor etter egen praksis. Den skal ikke regnes med her; skriv 0.
practice-hint-barnetrygd-counted-before = Perioden er før 1. september 2022, da barnetrygd ennå ikke var skjermet i § 18 tredje ledd. Etter vanlig praksis da regnes den med; skriv beløpet.
practice-hint-child-work = Barns arbeidsinntekt i fritid og skoleferier holdes utenfor — sosialtjenesteloven § 18 tredje ledd. Skriv 0.
practice-hint-foreign-shielded = Kontoret har begrunnet at barnetrygden fra utlandet holdes utenfor i denne saken. Skriv 0.
practice-hint-foreign-counted = Barnetrygd fra et annet land er ikke omfattet av skjermingen i § 18 tredje ledd og regnes med. Skriv beløpet.
practice-hint-income-shielded = Denne inntekten holdes utenfor og regnes ikke med. Skriv 0.
practice-hint-kontantstotte = Kontantstøtte regnes som inntekt — den er ikke skjermet slik barnetrygden er. Skriv beløpet.
practice-hint-bostotte = Bostøtte fra Husbanken regnes som inntekt: den gis til boutgiftene, og de godtatte boutgiftene er allerede med i behovet. Skriv beløpet.
practice-hint-income-counted = «{ $kind }» regnes med som inntekt (sosialtjenesteloven § 18). Skriv netto månedsbeløp.
practice-hint-spouse-income = { $person } er søkerens ektefelle eller samboer. Et par regnes som én husstand, så begges inntekter regnes med – også når bare den ene søker. Skriv netto månedsbeløp for «{ $kind }».
practice-hint-income-amount = Bruk netto månedsbeløp for «{ $kind }» slik det står i opplysningene. Inntekter regnes ikke forholdsmessig etter dager.
practice-hint-total-follows = Summen stemmer med tallene du har skrevet over, men minst ett av dem er feil. Rett linjene over først.
practice-hint-need-total = Sum behov er summen av alle linjene over: livsopphold for hver person og de godtatte utgiftene.
practice-hint-income-total = Sum inntekt er summen av inntektene som regnes med (de du ikke har satt til 0).
practice-hint-total-barnetrygd = Du har tatt med barnetrygden ({ $amount }). Barnetrygd holdes utenfor — sosialtjenesteloven § 18 tredje ledd — og skal ikke trekkes fra behovet.
practice-hint-total-child-work = Du har tatt med barnets arbeidsinntekt. Barns arbeidsinntekt i fritid og ferier holdes utenfor — sosialtjenesteloven § 18 tredje ledd.
practice-hint-total-omitted = Du har utelatt «{ $kind }». Den regnes med som inntekt og skal være med i summen.
practice-hint-pay = Til utbetaling = sum behov − sum inntekt som regnes med − reduksjoner, rundet til hele kroner (50 øre rundes opp).
practice-hint-pay-negative = Når inntekten er større enn behovet, er det ingen utbetaling. Skriv 0 her, og overskuddet på egen linje.
practice-hint-pay-surplus = Inntekten som regnes med, er større enn behovet, så det er ingen rett på stønad etter § 18. Skriv 0.
practice-hint-surplus = Overskudd = sum inntekt som regnes med − sum behov (− reduksjoner). Det vises i vedtaket selv om det ikke er noe å utbetale.
practice-hint-reduction = Bruk reduksjonsbeløpet per måned som står i opplysningene (brudd på vilkår etter § 20). Reduksjonen trekkes fra i tillegg til inntekten: til utbetaling = behov − inntekt − reduksjon.
practice-show-all-rules = Vis hvilke regler hver oppgave øver på (også før du har prøvd den)
