## Practice view: modes, feedback.

## The view
practice-heading = Øving: utmåling av økonomisk stønad
practice-intro = Vel ei oppgåve. Les saka, og før henne inn i skjemaet eller rekn ut stønaden sjølv. Når du trykkjer «Sjekk», får du vite kva som er rett, kva regel som gjeld, og kvar i saka opplysninga står. Fasiten blir alltid rekna ut av programmet.
practice-list-heading = Oppgåver
practice-list-empty = Fann ingen oppgåver.
practice-level = Nivå { $level }
practice-rules-drilled = Øver på: { $rules }
practice-best-score = Beste resultat: { $score }
practice-not-tried = Ikkje prøvd enno
practice-random-heading = Ny tilfeldig oppgåve
practice-random-intro = Programmet lagar ei realistisk sak ut frå eit frø (eit tal). Same frø gir same sak, så ein lærar kan gi heile klassen den same oppgåva.
practice-seed = Frø
practice-seed-shown = Frø: { $seed }
practice-seed-invalid = Frøet må vere eit heilt tal, til dømes 20240301.
practice-new-random = Ny tilfeldig oppgåve
practice-open-seed = Opne oppgåva for dette frøet
practice-back = ← Alle oppgåver
practice-narrative = Saka
practice-mode-form = Fyll ut skjemaet
practice-mode-hand = Rekn sjølv
practice-check = Sjekk
practice-show-solution = Vis løysing
practice-hide-solution = Skjul løysing
practice-start-over = Byrj på nytt
practice-form-intro = Før saka inn i skjemaet slik du ville gjort for ein søkjar. Skjemaet er eit eige øvingsskjema og påverkar ikkje saka du har open.
practice-form-has-problems = Skjemaet har felt som må rettast før det kan sjekkast (sjå dei raude meldingane).
practice-feedback-heading = Tilbakemelding
practice-calc-heading = Utrekninga di samanlikna med fasiten
practice-calc-same = Utrekninga di er lik fasiten linje for linje.
practice-rule = Regel: { $rule } ({ $law })
practice-solution-heading = Løysing: fasiten med forklaring
practice-key-failed = Fasiten for denne oppgåva kan ikkje reknast ut: { $error }
practice-hand-intro = Rekn ut stønaden for { $month } sjølv. Skriv eitt beløp per linje i kroner, til dømes «1 766» eller «1766,00». Beløpa blir godtekne når dei stemmer på krona.
practice-hand-intro-months = Saka gjeld fleire månader; du reknar éin månad om gongen. Vel månad:
practice-hand-income-note = Skriv 0 for ei inntekt som ikkje skal reknast med.
practice-facts-heading = Opplysningar i saka
practice-facts-period = Periode: { $from }–{ $to }
practice-facts-living = Hushald: { $living }
practice-facts-adult = Vaksen: { $name }
practice-facts-adult-born = Vaksen: { $name }, fødd { $date }
practice-facts-child = Barn: { $name }, fødd { $date }, bur i hushaldet { $percent } av tida
practice-facts-income = Inntekt: { $kind } { $amount } per månad
practice-facts-income-person = Inntekt: { $kind } ({ $person }) { $amount } per månad
practice-facts-expense = Utgift: { $kind } { $amount } per månad
practice-facts-expense-accepted = Utgift: { $kind } { $applied } per månad, godteke { $accepted } ({ $reason })
practice-facts-need = Behova til barnet: { $name }, { $need }: innvilga { $amount } per månad
practice-facts-reduction = Reduksjon (§ 20): { $amount } per månad ({ $reason })
practice-rates-heading = Satsar frå { $date } (statlege rettleiande satsar per månad)
practice-rates-profile-heading = Satsar frå { $date } ({ $profile })
practice-mark-correct = Rett
practice-mark-wrong = Feil
practice-attempt-saved = Forsøket er lagra i framgangen din.

practice-inline = Feil – sjå punkt { $n } i tilbakemeldinga
practice-inline-rule = Feil – sjå punkt { $n }: { $rule }

## Score
practice-score = { $correct } av { $checked } rette
practice-score-all = Alle rette ({ $correct } av { $checked })

## A difference
practice-diff = { $what }: rett er { $expected }, du har { $given }.
practice-quote = I saka står det: «{ $quote }»
practice-calc-line = { $month } – { $line }: fasit { $expected }, skjemaet ditt { $given }
practice-calc-failed = Skjemaet ditt kunne ikkje reknast ut, så utrekninga kan ikkje samanliknast.

## Values
practice-value-missing = ingenting
practice-value-not-granted = ikkje innvilga
practice-value-no-band = ingen barnesats
practice-value-pay = { $amount } å betale ut
practice-value-surplus = inga utbetaling (overskot { $amount })
practice-value-no-result = inga utrekning (skjemaet har feil)
practice-value-no-line = inga linje
practice-value-assessed = eit val for punktet (fasiten har «{ $state }»)
practice-value-not-assessed = ikkje vurdert
practice-value-a-reason = ei grunngiving

## What an item is
practice-what-period-from = Periode frå
practice-what-period-to = Periode til
practice-what-living = Buform
practice-what-adults = Tal på vaksne
practice-what-child = Barnet { $name }
practice-what-child-birth = Fødselsdato for { $name }
practice-what-child-share = Del av månaden { $name } bur i hushaldet
practice-what-need = { $name }: { $need }
practice-what-income-kind = Inntekt { $n }: type
practice-what-income-amount = Inntekt { $n } ({ $kind }): beløp
practice-what-income-missing = Inntekt som manglar: { $kind }
practice-what-income-extra = Inntekt { $n }
practice-what-expense-kind = Utgift { $n }: type
practice-what-expense-applied = Utgift { $n } ({ $kind }): søkt beløp
practice-what-expense-accepted = Utgift { $n } ({ $kind }): godteke beløp
practice-what-expense-reason = Utgift { $n } ({ $kind }): grunngiving
practice-what-expense-child = Utgift { $n } ({ $kind }): gjeld barnet
practice-what-expense-missing = Utgift som manglar: { $kind }
practice-what-expense-extra = Utgift { $n }
practice-what-reduction = Reduksjon { $n }
practice-what-result = Resultat for perioden

## Why
practice-why-period = Perioden står i saka: { $from }–{ $to }. Perioden avgjer kva satsar som gjeld og kor mange månader som blir rekna ut.
practice-why-period-partial = Saka gjeld ein del av ein månad: { $from }–{ $to }. Då blir satsane for livsopphald rekna forholdsmessig etter kalenderdagar (dagar i perioden delt på dagar i månaden). Feil dato gir feil del av satsen.
practice-why-period-rate-change = Perioden { $from }–{ $to } går over ei satsendring. Kvar månad blir rekna med satsane som gjeld den månaden, så perioden må vere nøyaktig.
practice-why-period-old = Saka er gammal: perioden er { $from }–{ $to }. Satsane den gongen var mykje lågare enn i dag, og kvar månad blir rekna med satsane som gjaldt då. Skriv perioden slik han står i saka; med eit anna år blir alle satsane feil.
practice-why-single = Søkjaren bur åleine og får satsen for einslege.
practice-why-couple = Søkjaren er gift eller sambuar. Ektepar og sambuarar får eitt felles beløp (satsen for ektepar/sambuarar), og begge blir rekna som vaksne i hushaldet.
practice-why-shared = Søkjaren deler bustad med andre vaksne utan å vere par med dei. Då gjeld satsen for person i bufellesskap, som er lågare enn for einslege fordi nokre utgifter blir delte.
practice-why-couple-not-shared = Dei to er eit par (gifte eller sambuarar), ikkje eit bufellesskap. Eit par får éin felles sats for ektepar/sambuarar; bufellesskap gjeld vaksne som deler bustad utan å vere par. Sjå etter ord som «sambuar», «kjærast» eller «gift» i saka.
practice-why-shared-not-couple = Dei som bur saman, er ikkje eit par, men deler bustad (til dømes vener eller kollegaer). Då gjeld satsen for person i bufellesskap for kvar av dei, ikkje éin felles parsats.
practice-why-adults-couple = Eit par blir ført som to vaksne i hushaldet. Paret får éin felles sats, og inntektene til begge blir rekna med.
practice-why-adults = Før inn alle vaksne som søkjer saman i hushaldet, slik saka skildrar dei.
practice-why-adults-shared = I eit bufellesskap høyrer berre dei vaksne som søkjer, med i saka. Dei andre som bur der, har ikkje plikt til å forsørgje søkjaren, så verken dei eller inntektene deira skal førast inn.
practice-why-child-band = Fødselsdatoen avgjer satsen: alderen til barnet den første dagen i månaden avgjer aldersgruppa. { $name } er { $age } år 1. { $month } og høyrer til { $band }; med datoen du skreiv, blir det { $given }.
practice-why-child-birth = Før fødselsdatoen slik han står i saka. Han gir ikkje feil sats i denne perioden, men avgjer når { $name } byter aldersgruppe.
practice-why-child-share = { $name } bur i hushaldet { $percent } av månaden (delt bustad eller samvær). Barnesatsen blir rekna forholdsmessig etter kor mykje barnet bur der.
practice-why-child-missing = { $name } bur i hushaldet og skal førast inn. Kvart barn under 18 år gir ein eigen barnesats, og behova til barnet skal vurderast.
practice-why-child-extra = Saka nemner ikkje noko barn som heiter { $name } i hushaldet. Barn som ikkje bur i hushaldet, gir ingen barnesats.
practice-why-child-is-adult = { $name } er 18 år eller eldre og er ikkje barn i saka: barnesatsane gjeld berre barn under 18 år. Saka fører { $name } som vaksen i hushaldet, med eigen sats for vaksne. Legg til { $name } under «Vaksne» i staden.
practice-why-need-granted = Behova til barna skal kartleggjast og vurderast konkret (rundskriv 35, punkt 4.18.2.6). Saka seier at { $name } får { $amount } per månad til { $need } i tillegg til satsen.
practice-why-need-not-granted = Saka gir ikkje grunnlag for å innvilge { $need } for { $name } utover satsen. Vurder behovet, men innvilg berre det saka skildrar.
practice-why-need-not-assessed = Saka seier noko om «{ $need }» for { $name }. Behova til barna skal kartleggjast og vurderast for kvart barn (rundskriv 35, punkt 4.18.2.6): vel «Ikkje relevant», «Dekt av satsen» eller «Innvilga kr» for punktet. Helsetilsynet har funne at mange kontor ikkje gjer dette.
practice-why-barnetrygd-shielded = Barnetrygd skal haldast utanfor — sosialtenestelova § 18 tredje ledd. Frå 1. september 2022 blir barnetrygd (også utvida barnetrygd og småbarnstillegg) ikkje rekna som inntekt. Vel typen «Barnetrygd», ikkje «{ $given }», så viser utrekninga henne som halden utanfor.
practice-why-barnetrygd-before-2022 = Perioden er før 1. september 2022, då skjerminga i § 18 tredje ledd byrja å gjelde. Då var det praksisen i kommunen som avgjorde om barnetrygda vart rekna med. Vel likevel typen «Barnetrygd», ikkje «{ $given }», så brukar programmet rett regel for datoen.
practice-why-child-work = Arbeidsinntekta til barn i fritida og skoleferiar blir halden utanfor — sosialtenestelova § 18 tredje ledd. Vel «Arbeidsinntekt til barn», ikkje «{ $given }», slik at ho ikkje blir rekna med.
practice-why-foreign-barnetrygd = Barnetrygd frå eit anna land er ikkje omfatta av skjerminga i § 18 tredje ledd. Ho blir rekna med, med mindre kontoret grunngir at ho blir halden utanfor. Vel «Barnetrygd frå eit anna land».
practice-why-kontantstotte = Kontantstøtte blir rekna som inntekt. Ho er ikkje skjerma slik barnetrygda er, sjølv om begge blir betalte for barn.
practice-why-bostotte = Bustøtte frå Husbanken blir rekna som inntekt: ho blir gitt til buutgiftene, og dei godtekne buutgiftene er alt med i behovet. Elles ville buutgiftene bli dekte to gonger.
practice-why-counted-not-shielded = «{ $kind }» blir rekna med som inntekt (sosialtenestelova § 18). Berre barnetrygd og arbeidsinntekt for barn i fritid og feriar blir halde utanfor; «{ $given }» er ikkje rett type her.
practice-why-income-kind = Inntekta er «{ $kind }» i saka, ikkje «{ $given }». Typen avgjer om inntekta blir rekna med eller halden utanfor, og ho blir vist i vedtaket.
practice-why-income-amount = Bruk netto månadsbeløp for «{ $kind }» slik det står i saka. Inntekter blir rekna som oppgitt, også i ein månad som berre delvis er med.
practice-why-income-missing = Saka nemner «{ $kind }» på { $amount } per månad. Alle netto inntektene til hushaldet skal førast inn.
practice-why-income-missing-spouse = Saka nemner «{ $kind }» på { $amount } per månad for ektefellen eller sambuaren. Eit par blir rekna som eitt hushald: ektefellar har plikt til å forsørgje kvarandre, og sambuarar har felles økonomi. Difor blir inntektene til begge rekna med.
practice-why-income-missing-shielded = Før inn «{ $kind }» på { $amount } sjølv om ho ikkje blir rekna med. Då viser utrekninga at ho er halden utanfor, og kvifor — det skal stå i vedtaket (sosialtenestelova § 18 tredje ledd).
practice-why-income-extra = Saka nemner inga slik inntekt ({ $kind }). Før berre inn inntekter som står i saka.
practice-why-expense-kind = Utgifta er «{ $kind }». Buutgifter, straum og oppvarming, forsikring og utgifter til barn er kvar si linje med kvar sin regel, så typen må vere rett.
practice-why-expense-applied = Søkt beløp er det søkjaren betaler per månad for «{ $kind }», slik det står i saka.
practice-why-accepted-below = Buutgifter blir berre dekte så langt dei er naudsynte og rimelege. Er buutgifta høgare enn det kontoret finn rimeleg, kan det godta eit lågare beløp, men då skal grunngivinga stå i vedtaket (forvaltningslova §§ 24–25). Her godtek kontoret berre { $accepted } av { $applied } for «{ $kind }». Grunngivinga i saka: «{ $reason }» Skriv det godtekne beløpet i «Godkjent beløp» og grunngivinga i feltet «Grunngiving».
practice-why-accepted-full = Saka gir ikkje grunnlag for å godta mindre enn søkt for «{ $kind }». La «Godkjent beløp» stå tomt (då blir søkt beløp godteke), eller skriv det same beløpet.
practice-why-reason-missing = Når godteke beløp er lågare enn søkt, skal grunngivinga stå i vedtaket (forvaltningslova §§ 24–25). Skriv ho i feltet «Grunngiving» under beløpet, med eigne ord eller med orda frå saka.
practice-why-expense-child = Utgifta gjeld { $name }. Knyt henne til barnet, slik at ho blir vist under behova til barnet.
practice-why-expense-missing-housing = Saka nemner «{ $kind }» på { $amount } per månad. Naudsynte buutgifter blir dekte etter faktiske, dokumenterte utgifter og kjem i tillegg til satsen (rundskriv 35, punkt 4.18).
practice-why-expense-missing-energy = Saka nemner «{ $kind }» på { $amount } per månad. Straum og oppvarming er ikkje med i satsen og blir ført som eiga utgift.
practice-why-expense-missing-children = Saka nemner «{ $kind }» på { $amount } per månad. Behov barn har utover satsen, skal vurderast og førast inn (rundskriv 35, punkt 4.18.2.6).
practice-why-expense-missing = Saka nemner «{ $kind }» på { $amount } per månad. Før inn utgifter som saka skildrar som naudsynte og godtekne.
practice-why-expense-extra = Saka nemner inga slik utgift ({ $kind }). Før berre inn utgifter som står i saka.
practice-why-reduction = Saka seier at stønaden blir redusert med { $amount } per månad fordi eit vilkår etter § 20 er brote. Reduksjonen blir ført som eiga linje med grunngiving.
practice-why-reduction-extra = Saka nemner ingen reduksjon. Stønaden blir berre redusert ved brot på eit vilkår etter § 20, og det skal grunngivast.
practice-why-result = Når alle felta over er rette, blir også resultatet rett.

## Regn selv: the rows
practice-row-rate = Livsopphald: { $person }
practice-row-need-total = Sum behov
practice-row-income-total = Sum inntekt som blir rekna med
practice-row-reduction = Reduksjon (§ 20)
practice-row-pay = Til utbetaling for { $month } (heile kroner)
practice-row-surplus = Overskot (inntekt over behovet)

## Regn selv: hints
practice-hint-generic = Beløpet stemmer ikkje. Sjå på opplysningane over og rekn linja på nytt.
practice-hint-rounding = Nesten: du er under éi krone unna. Rekn med øre (to desimalar) og rund av til næraste heile krone, der 50 øre blir runda opp – eller skriv beløpet med øre.
practice-hint-pro-rata-days = Du har brukt heile månadssatsen ({ $rate }), men perioden er berre { $days } av { $total } dagar denne månaden. Satsen blir rekna forholdsmessig etter kalenderdagar: { $rate } × { $days } / { $total }.
practice-hint-share = { $person } bur i hushaldet { $percent } av tida (delt bustad eller samvær), så barnesatsen blir rekna forholdsmessig: { $rate } × { $percent }.
practice-hint-couple-vs-shared = Du har brukt satsen for { $used }. Ektepar og sambuarar får éin felles sats ({ $category }); bufellesskap gjeld vaksne som deler bustad utan å vere par.
practice-hint-couple-one-rate = Du har brukt satsen for { $used }. Eit par får ikkje to einsleg-satsar, men éin felles sats for { $category }.
practice-hint-couple-two-shared = Du har lagt saman to satsar for { $used } ({ $given }). Dei to er eit par, ikkje eit bufellesskap: ektepar og sambuarar får éin felles sats for { $category }, { $rate } i månaden, same kor mykje dei deler.
practice-hint-couple-two-single = Du har lagt saman to satsar for { $used } ({ $given }). Eit par får ikkje to einslegsatsar, men éin felles sats for { $category }, { $rate } i månaden, fordi dei har felles hushald.
practice-hint-child-band = Du har brukt satsen for { $used }. Alderen til barnet den første dagen i månaden avgjer aldersgruppa: { $person } (fødd { $birth }) er { $age } år den { $date } og høyrer til { $category }.
practice-hint-child-band-change = Du har brukt satsen for { $used }. { $person } fyller { $turns } år { $birthday }, men alderen til barnet den første dagen i månaden avgjer aldersgruppa: { $person } er { $age } år den { $date } og høyrer til { $category }. Satsen for { $band } gjeld frå { $from }.
practice-hint-wrong-category = Du har brukt satsen for { $used }, men { $person } skal ha satsen for { $category }.
practice-hint-wrong-set = Du har brukt satsen frå { $used }. For { $month } gjeld satsane frå { $set }: satsane blir som regel endra 1. juli, og kvar månad blir rekna med satsane som gjeld då.
practice-hint-rate = Finn satsen for { $person } i tabellen (satsar frå { $set }): kategorien er { $category }.
practice-hint-rate-prorated = Finn satsen for { $person } i tabellen (satsar frå { $set }): kategorien er { $category }. Rekn han forholdsmessig: perioden dekkjer ikkje heile månaden.
practice-hint-rate-child = { $person } (fødd { $birth }) er { $age } år den { $date }, så kategorien er { $category }: alderen til barnet den første dagen i månaden avgjer aldersgruppa. Finn satsen i tabellen (satsar frå { $set }).
practice-hint-rate-child-prorated = { $person } (fødd { $birth }) er { $age } år den { $date }, så kategorien er { $category }: alderen til barnet den første dagen i månaden avgjer aldersgruppa. Finn satsen i tabellen (satsar frå { $set }), og rekn han forholdsmessig etter dagar og butidsdel.
practice-empty-rows = { $count } linjer er ikkje fylte ut enno.
practice-hint-accepted = Du har brukt søkt beløp. Kontoret godtek berre { $accepted } for «{ $kind }». Grunngivinga i saka: «{ $reason }» Det er det godtekne beløpet som blir rekna med i behovet.
practice-hint-expense-not-prorated = Du har rekna «{ $kind }» forholdsmessig. Berre satsane for livsopphald blir rekna etter dagar; utgifter blir rekna med slik dei er førte (det som faktisk skal betalast den månaden).
practice-hint-expense = Bruk det godtekne beløpet per månad for «{ $kind }» slik det står i opplysningane.
practice-hint-child-need = Bruk beløpet som er innvilga til behova barnet har utover satsen, per månad.
practice-hint-barnetrygd = Barnetrygd blir halden utanfor — sosialtenestelova § 18 tredje ledd. Frå 1. september 2022 blir ho ikkje rekna som inntekt. Skriv 0.
practice-hint-barnetrygd-policy = Perioden er før 1. september 2022, men kommunen i saka heldt barnetrygda utanfor etter eigen praksis. Ho skal ikkje reknast med her; skriv 0.
practice-hint-barnetrygd-counted-before = Perioden er før 1. september 2022, då barnetrygd enno ikkje var skjerma i § 18 tredje ledd. Etter vanleg praksis då blir ho rekna med; skriv beløpet.
practice-hint-child-work = Arbeidsinntekt for barn i fritid og skoleferiar blir halden utanfor — sosialtenestelova § 18 tredje ledd. Skriv 0.
practice-hint-foreign-shielded = Kontoret har grunngitt at barnetrygda frå utlandet blir halden utanfor i denne saka. Skriv 0.
practice-hint-foreign-counted = Barnetrygd frå eit anna land er ikkje omfatta av skjerminga i § 18 tredje ledd og blir rekna med. Skriv beløpet.
practice-hint-income-shielded = Denne inntekta blir halden utanfor og blir ikkje rekna med. Skriv 0.
practice-hint-kontantstotte = Kontantstøtte blir rekna som inntekt — ho er ikkje skjerma slik barnetrygda er. Skriv beløpet.
practice-hint-bostotte = Bustøtte frå Husbanken blir rekna som inntekt: ho blir gitt til buutgiftene, og dei godtekne buutgiftene er alt med i behovet. Skriv beløpet.
practice-hint-income-counted = «{ $kind }» blir rekna med som inntekt (sosialtenestelova § 18). Skriv netto månadsbeløp.
practice-hint-spouse-income = { $person } er ektefellen eller sambuaren til søkjaren. Eit par blir rekna som eitt hushald, så inntektene til begge blir rekna med – også når berre den eine søkjer. Skriv netto månadsbeløp for «{ $kind }».
practice-hint-income-amount = Bruk netto månadsbeløp for «{ $kind }» slik det står i opplysningane. Inntekter blir ikkje rekna forholdsmessig etter dagar.
practice-hint-total-follows = Summen stemmer med tala du har skrive over, men minst eitt av dei er feil. Rett linjene over først.
practice-hint-need-total = Sum behov er summen av alle linjene over: livsopphald for kvar person og dei godtekne utgiftene.
practice-hint-income-total = Sum inntekt er summen av inntektene som blir rekna med (dei du ikkje har sett til 0).
practice-hint-total-barnetrygd = Du har teke med barnetrygda ({ $amount }). Barnetrygd blir halden utanfor — sosialtenestelova § 18 tredje ledd — og skal ikkje trekkjast frå behovet.
practice-hint-total-child-work = Du har teke med arbeidsinntekta til barnet. Arbeidsinntekt for barn i fritid og feriar blir halden utanfor — sosialtenestelova § 18 tredje ledd.
practice-hint-total-omitted = Du har utelate «{ $kind }». Ho blir rekna med som inntekt og skal vere med i summen.
practice-hint-pay = Til utbetaling = sum behov − sum inntekt som blir rekna med − reduksjonar, runda til heile kroner (50 øre blir runda opp).
practice-hint-pay-negative = Når inntekta er større enn behovet, er det inga utbetaling. Skriv 0 her, og overskotet på eiga linje.
practice-hint-pay-surplus = Inntekta som blir rekna med, er større enn behovet, så det er ingen rett på stønad etter § 18. Skriv 0.
practice-hint-surplus = Overskot = sum inntekt som blir rekna med − sum behov (− reduksjonar). Det blir vist i vedtaket sjølv om det ikkje er noko å betale ut.
practice-hint-reduction = Bruk reduksjonsbeløpet per månad som står i opplysningane (brot på vilkår etter § 20). Reduksjonen blir trekt frå i tillegg til inntekta: til utbetaling = behov − inntekt − reduksjon.
practice-show-all-rules = Vis kva reglar kvar oppgåve øver på (òg før du har prøvd henne)
