# utmaling — nynorsk

title-untitled = Ny sak

## Menus and commands
menu-file = Fil
menu-view = Vis
menu-help = Hjelp
menu-recent = Nylege filer
menu-recent-none = Ingen nylege filer
menu-language = Språk
menu-theme = Tema
menu-zoom-hint = Gjer større og mindre med Ctrl + og Ctrl −
theme-system = Som systemet
theme-light = Lyst
theme-dark = Mørkt
cmd-new = Ny sak
cmd-open = Opne …
cmd-save = Lagre
cmd-save-as = Lagre som …
cmd-quit = Avslutt
cmd-help = Hjelp og snøggtastar
cmd-focus = Gå til feltet
cmd-copy-text = Kopier som tekst
view-case = Sak
view-rates = Satsar
view-practice = Øving
view-compare = Samanlikn

## Form sections
section-period = Periode
section-household = Hushald
section-incomes = Inntekter
section-housing = Buutgifter
section-children-needs = Behova til borna
section-other-expenses = Andre utgifter
section-assessment = Vilkår og individuell vurdering

## Form fields
form-period-from = Frå dato
form-period-to = Til dato
form-pick-date = Vel dato: { $field }
form-profile = Satsar
form-profile-state = Statlege rettleiande satsar
form-living = Busituasjon
living-single = Einsleg
living-couple = Ektepar eller sambuarar
living-shared = Bufellesskap
form-adults = Vaksne
form-adult-n = Vaksen { $n }
form-adult-rate = Sats
form-choose = Vel …
form-name = Namn eller rolle
form-birth-date = Fødselsdato
form-birth-date-optional = Fødselsdato (valfritt)
form-add-adult = + Legg til vaksen
form-children = Barn
form-child-n = Barn { $n }
form-share = Del %
form-child-age-band = { $age } år · sats { $band }
form-child-not-born = ikkje fødd ved starten av perioden
form-child-adult = 18 år eller eldre
form-add-child = + Legg til barn
form-remove-row = Fjern { $what }
form-income-n = Inntekt { $n }
form-kind = Type
form-person = Gjeld
form-household = Hushaldet
form-amount-month = Beløp per månad
form-shield-reason = Grunngiving for å halde utanfor
form-add-income = + Legg til inntekt
form-expense-n = Utgift { $n }
form-child = Barn
form-none = Ingen
form-applied = Søkt beløp
form-accepted = Godkjent beløp
form-reason = Grunngiving
form-add-housing = + Legg til buutgift
form-add-other = + Legg til anna utgift
form-no-children = Ingen barn i hushaldet.
form-needs-help = Vurder kvart punkt for kvart barn (rundskriv 35, 4.18.2.6): ikkje relevant, dekt av satsen, eller innvilga beløp.
form-granted-amount = Innvilga beløp
form-note = Merknad
form-assessment = Individuell vurdering
form-conditions = Vilkår (§ 20) og aktivitetsplikt (§ 20 a)
form-reductions = Reduksjon for brot på vilkår
form-reduction-n = Reduksjon { $n }
form-add-reduction = + Legg til reduksjon

need-state-not-assessed = Ikkje vurdert
need-state-not-relevant = Ikkje relevant
need-state-covered = Dekt av satsen
need-state-granted = Innvilga kr

need-barn_barnehage_sfo = Barnehage/SFO
need-barn_skole = Skulesituasjon og skuleutstyr
need-barn_fritid = Fritidsaktivitetar
need-barn_klaer_utstyr = Klede og utstyr (PC, telefon)
need-barn_internett_mobil = Internett og mobilabonnement
need-barn_helse = Helse og særlege behov
need-barn_samvaer = Samvær med den andre forelderen

## Result panel
result-title = Resultat
result-empty = Fyll inn periode og hushald for å sjå utrekninga.
result-problems = { $count ->
    [one] Eitt felt må rettast før saka kan reknast ut:
   *[other] { $count } felt må rettast før saka kan reknast ut:
}
result-showing-last-valid = Under blir den siste gyldige utrekninga vist.
outcome-full = Full stønad
outcome-supplementary = Supplerande stønad
outcome-none = Ikkje rett — overskot
result-need = Behov
result-income = Inntekt som blir rekna med
result-shielded = Halde utanfor (blir ikkje rekna med)
result-reduction = Reduksjon
result-sum-need = Sum behov
result-sum-income = Sum inntekt
result-sum-shielded = Sum halde utanfor
result-sum-reduction = Sum reduksjon
result-month-result = Resultat for månaden
result-month-surplus = Overskot for månaden
result-period-total = Samla for perioden
result-need-minus-income = Behov minus inntekt
result-rate-sets = Satsar som er brukte
banner-open-rates = Legg til satsar …

## Rates view
rates-title = Satsar
rates-intro = Statlege rettleiande satsar for livsopphald per månad, og satsar frå brukarmappa. Kvar sats gjeld frå datoen sin fram til neste sats.
rates-effective = Gjeld frå
rates-profile = Profil
rates-reference = Rundskriv og merknad
rates-status = Status
rates-published = Publisert
rates-add-title = Legg til nye satsar
rates-add-intro = Nye satsar blir lagra som ei fil i { $folder } og blir brukte frå datoen dei gjeld frå.
rates-no-user-folder = Programmet har inga brukarmappe for satsar i denne økta.
rates-rundskriv = Rundskriv
rates-note = Merknad
rates-save = Lagre satssettet
rates-saved = Lagra: { $path }

## Help
help-title = Hjelp og snøggtastar
help-intro = Fyll inn saka til venstre; resultatet til høgre blir oppdatert medan du skriv. Klikk på ei linje i resultatet for å gå til feltet ho kjem frå.
help-tab = Neste og førre felt
help-zoom = Større, mindre, vanleg storleik

## Unsaved changes
unsaved-title = Lagre endringane?
unsaved-body = Saka har endringar som ikkje er lagra.
unsaved-save = Lagre
unsaved-discard = Ikkje lagre
unsaved-cancel = Avbryt

## Status line
status-ready = Klar.
status-opened = Opna { $file }
status-open-failed = Kunne ikkje opne saka: { $error }
status-saved = Lagra { $file }
status-save-failed = Kunne ikkje lagre: { $error }
status-save-invalid = Saka kan ikkje lagrast før beløp og datoar er gyldige.
status-copied = Forklaringa er kopiert som tekst.

## Income kinds (NAV code underneath in the tooltip)
income-jobb = Løn (netto)
income-sykepenger = Sjukepengar
income-dagpenger = Dagpengar
income-aap = Arbeidsavklaringspengar (AAP)
income-uforetrygd = Uføretrygd
income-alderspensjon = Alderspensjon
income-kvalifiseringsstonad = Kvalifiseringsstønad
income-introduksjonsstonad = Introduksjonsstønad
income-overgangsstonad = Overgangsstønad
income-kontantstotte = Kontantstøtte
income-navytelse = Anna yting frå NAV
income-bostotte = Bustøtte (Husbanken)
income-husbanken = Anna utbetaling frå Husbanken
income-barnebidrag = Barnebidrag (motteke)
income-studielanOgStipend = Studielån og stipend
income-skatteetaten = Skatteoppgjer (tilbakebetalt skatt)
income-sluttoppgjoer = Sluttoppgjer
income-utbytte = Utbyte
income-salg = Sal av eigedelar
income-forsikring = Forsikringsutbetaling
income-annen = Anna inntekt
income-barnetrygd = Barnetrygd (også utvida og småbarnstillegg)
income-barnetrygd_utland = Barnetrygd frå eit anna land
income-barns_arbeidsinntekt = Arbeidsinntekt til barn (fritid og ferie)

## Expense kinds
expense-husleie = Husleige
expense-boliglanRenter = Renter på bustadlån
expense-kommunalAvgift = Kommunale avgifter
expense-felleskostnader = Felleskostnader
expense-annenBoutgift = Anna buutgift
expense-strom = Straum
expense-oppvarming = Oppvarming
expense-innboforsikring = Innbu- og husforsikring
expense-barnehage = Barnehage
expense-sfo = SFO/AKS
expense-barnFritidsaktiviteter = Fritidsaktivitetar for barn
expense-barnTannregulering = Tannregulering
expense-annenBarneutgift = Anna utgift til barn
expense-barnebidrag = Barnebidrag (betalt)
expense-annen = Anna nødvendig utgift
expense-boliglanAvdrag = Avdrag på bustadlån

## Outcome badge
result-to-pay = { $amount } å betale ut
result-surplus = Overskot: { $amount }

# ---------------------------------------------------------------------------
# Explanation: the calculation in words (`utmaling calc`, the result panel and
# the copied text). Section titles and totals reuse the result-* keys above.
# ---------------------------------------------------------------------------

## Explanation: month names, shown as "<name> <year>"
month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember

## Explanation: rate categories (the names used in the rundskriv)
category-single = Einslege
category-couple = Ektepar/sambuarar
category-shared-housing = Person i bufellesskap
category-child-0-5 = Barn 0–5 år
category-child-6-10 = Barn 6–10 år
category-child-11-17 = Barn 11–17 år

## Explanation: rate sets (status and source)
rate-status-confirmed = stadfesta frå offisiell kjelde
rate-status-secondary = berre sett i sekundærkjelde
rate-status-unverified = ikkje kontrollert mot kjelde
rate-set-source-state = statlege rettleiande satsar frå { $date } ({ $reference })
rate-set-source-municipal = kommunale satsar ({ $profile }) frå { $date } ({ $reference })
rate-set-reference-rundskriv = rundskriv { $number }
rate-set-reference-unknown = rundskrivnummeret er ikkje funne

## Explanation: the rule behind each line, with its legal basis
rule-rate = Statleg rettleiande sats for livsopphald (sosialtenestelova § 18)
rule-housing = Nødvendige buutgifter etter faktiske, dokumenterte utgifter (rundskriv 35, 4.18.2)
rule-energy = Straum og oppvarming blir dekt utanom satsen
rule-insurance = Innbu- og husforsikring blir dekt utanom satsen
rule-child-expense = Behov hos barnet ut over satsen, individuelt vurdert (rundskriv 35, 4.18.2.6)
rule-child-need-granted = Behov hos barnet ut over satsen, individuelt vurdert (rundskriv 35, 4.18.2.6)
rule-other-expense = Anna nødvendig, dokumentert utgift etter individuell vurdering
rule-income-counted = Netto inntekt blir rekna med (sosialtenestelova § 18)
rule-barnetrygd-shielded-by-law = Barnetrygd blir halden utanfor frå 1. september 2022 (sosialtenestelova § 18 tredje ledd)
rule-barnetrygd-shielded-by-policy = Barnetrygd halden utanfor før 1. september 2022 etter praksisen i kommunen (lova skjerma ikkje barnetrygda enno)
rule-barnetrygd-counted-by-policy = Barnetrygd rekna med før 1. september 2022 (lova skjerma barnetrygda først frå denne datoen)
rule-foreign-barnetrygd-counted = Barnetrygd frå eit anna land er ikkje omfatta av skjerminga i § 18 tredje ledd og blir rekna med
rule-foreign-barnetrygd-shielded-by-choice = Barnetrygd frå eit anna land halden utanfor etter val gjort av kontoret (grunngitt)
rule-child-work-shielded = Arbeidsinntekt til barn i fritida og i skuleferiar blir halden utanfor (sosialtenestelova § 18 tredje ledd)
rule-reduction = Reduksjon ved brot på vilkår (sosialtenestelova § 20)

## Explanation: line labels, details and sources
explain-couple = { $first } og { $second }
explain-line-rate-single = Livsopphald, einsleg
explain-line-rate-couple = Livsopphald, ektepar/sambuarar
explain-line-rate-shared-housing = Livsopphald, person i bufellesskap
explain-line-rate-child = Livsopphald, barn { $band } år
explain-line-child-need = Behov hos barnet: { $need }
explain-line-reduction = Reduksjon for brot på vilkår
explain-detail-days = { $days } av { $total } dagar
explain-detail-share = { $percent } % av månaden i hushaldet (delt bustad/samvær)
explain-detail-full-rate = full sats { $amount }
explain-detail-applied-accepted = søkt { $applied }, godkjent { $accepted }
explain-detail-reason = grunngiving: { $reason }
explain-source-application = oppgitt i søknaden
explain-source-documented = dokumentert
explain-source-caseworker = vurdert av saksbehandlar
explain-source-registered = registrert av saksbehandlar

## Explanation: warnings and notes
explain-user-rates-folder = brukarmappa for satsar
explain-warning-newer-than-newest-set = Perioden ({ $month } og seinare) er nyare enn dei nyaste satsane programmet kjenner. Brukt: { $used }. Legg til gjeldande satsar under «Satsar» i programmet, eller som fil i { $folder }.
explain-warning-child-not-assessed = { $child }: behova til barnet er ikkje vurderte. Vurder barnehage/SFO, skule, fritid, utstyr og helse (rundskriv 35, 4.18.2.6), og før vurderinga i saka.
explain-warning-barnetrygd-shielded-by-policy = Barnetrygd er halden utanfor i { $months } månad(er) før 1. september 2022 etter praksisen i kommunen; lova skjerma barnetrygda først frå denne datoen.
explain-warning-profile-fell-back = Kommuneprofilen «{ $profile }» har ingen eigen sats for { $month }; statlege satsar er brukte.
explain-warning-housing-above-norm = Godkjende buutgifter ({ $accepted }) er over buutgiftsnorma i kommunen for { $persons } personar ({ $norm }); grunngi kvifor, eller set ned godkjent beløp.
explain-warning-child-turns-18 = { $child } er 18 år frå { $month } og får ikkje barnesats frå då; vurder som eigen søkjar.
explain-warning-child-born = { $child } er fødd i perioden og er rekna med frå { $month }.
explain-note-band-change = { $child } fyller { $age } år { $birthday } — sats { $band } år frå { $month }.
explain-note-barnetrygd-counted = Barnetrygd er rekna med for månader før { $date } (praksis: { $policy }).
explain-policy-count = rekne barnetrygda med
explain-policy-shield = halde barnetrygda utanfor

## Explanation: outcome and the printed explanation
explain-outcome-full = Full stønad: { $amount } å betale ut
explain-outcome-supplementary = Supplerande stønad: { $amount } å betale ut
explain-outcome-none = Ikkje rett til stønad etter § 18 — inntekta dekkjer behovet med eit overskot på { $amount }
explain-title = Utrekning av økonomisk stønad (sosialtenestelova § 18)
explain-period = Periode: { $from }–{ $to }
explain-profile = Kommuneprofil: { $name } ({ $id })
explain-state-rates = Satsar: statlege rettleiande retningslinjer
explain-rate-set-used = Satssett som er brukt: { $source }; { $status }; publisert: { $published }
explain-none = (ingen)
explain-sum-income-counted = Sum inntekt som blir rekna med
explain-outcome = Utfall: { $outcome }
explain-notes = Merknader:
explain-warnings = Åtvaringar:

## The printable explanation (beregningsvedlegg): PDF, preview and text
cmd-print = Skriv ut / PDF …
print-title = Utrekningsvedlegg
print-lang = Språk i vedlegget:
print-save = Lagre som PDF …
print-open = Opne for utskrift
print-no-result = Det er inga utrekning å skrive ut enno. Fyll inn saka først.
print-preview-note = Slik ser vedlegget ut. PDF-en og teksten har det same innhaldet; åtvaringane til saksbehandlaren kjem ikkje med på papiret.
status-pdf-saved = PDF lagra: { $file }
status-pdf-opened = PDF opna for utskrift: { $file }
status-pdf-failed = Kunne ikkje lage PDF: { $error }
report-title = Utrekning av økonomisk stønad
report-subtitle = Vedlegg til vedtak om stønad til livsopphald etter sosialtenestelova § 18
report-fact-period = Periode
report-fact-rates = Satsar
report-fact-calculated = Rekna ut
report-rates-state = Statlege rettleiande retningslinjer
report-rates-profile = { $name } (kommuneprofil { $id })
report-rate-sets-heading = Satsar som er brukte
report-rate-set-status = Status: { $status }
report-rate-set-published = Publisert: { $published }
report-household-heading = Hushaldet
report-col-name = Namn
report-col-role = Rolle
report-col-born = Fødd
report-col-rate = Sats
report-col-share = Del av månaden
report-role-applicant = Søkjar
report-role-partner = Ektefelle/sambuar
report-role-shared = Person i bufellesskap
report-role-adult = Vaksen i hushaldet
report-role-child = Barn
report-band-from = { $band } frå { $month }
report-no-child-rate = Ingen barnesats i perioden
report-col-item = Post
report-col-basis = Grunnlag
report-col-amount = Beløp
report-basis-rate = sats frå { $date }
report-summary-heading = Resultat per månad
report-summary-total = Heile perioden
report-col-month = Månad
report-col-need = Behov
report-col-income = Inntekt
report-col-reduction = Reduksjon
report-col-result = Resultat
report-outcome-heading = Resultat
report-outcome-to-pay = Å betale ut
report-outcome-surplus = Overskot
report-outcome-explain-full = Hushaldet har inga inntekt som blir rekna med. Stønaden skal dekkje behovet, og det blir betalt ut { $amount } i full stønad.
report-outcome-explain-supplementary = Inntekta som blir rekna med ({ $income }), dekkjer ikkje heile behovet ({ $need }). Det blir betalt ut { $amount } i supplerande stønad.
report-outcome-explain-none = Inntekta som blir rekna med ({ $income }), er større enn behovet ({ $need }). Hushaldet har difor ikkje rett til stønad til livsopphald etter sosialtenestelova § 18. Overskotet er { $surplus }.
report-notes-heading = Merknader
report-warnings-heading = Åtvaringar til saksbehandlaren (kjem ikkje med på utskrifta)
report-assessment-heading = Individuell vurdering
report-children-heading = Vurdering av behova til barna
report-children-intro = NAV skal vurdere behova til kvart barn for seg (rundskriv 35, punkt 4.18.2.6). Dette er vurdert:
report-need-not-relevant = Vurdert: ikkje relevant
report-need-covered = Dekt av satsen for livsopphald
report-need-granted = Innvilga per månad:
report-child-not-assessed = Ingen punkt er vurderte for dette barnet.
report-col-need-item = Punkt
report-col-assessment = Vurdering
report-col-note = Merknad
report-conditions-heading = Vilkår
report-method-heading = Slik er beløpa rekna ut
report-method-months = Kvar kalendermånad er rekna ut for seg, med satsane som galdt i månaden. Alderen til barnet den første dagen i månaden avgjer kva aldersgruppe barnet er i.
report-method-pro-rata = Når perioden berre dekkjer ein del av ein månad, er satsen for livsopphald rekna forholdsmessig etter talet på kalenderdagar. Ved delt bustad eller samvær er satsen til barnet rekna etter kor stor del av månaden barnet bur i hushaldet. Buutgifter, andre utgifter og inntekter er førte med beløpet for månaden.
report-method-rounding = Alle beløp er rekna i kroner og øre. Beløpet som blir betalt ut, er runda av til heile kroner (halvt opp) til slutt.
report-legal-heading = Lovgrunnlag
report-legal-basis = Stønaden er rekna ut etter lov om sosiale tenester i arbeids- og velferdsforvaltninga (sosialtenestelova) § 18 om stønad til livsopphald, rundskrivet til Arbeids- og velferdsdirektoratet til lova (hovudnummer 35), punkt 4.18, og dei statlege rettleiande retningslinjene for økonomisk stønad, etter ei individuell vurdering av behova i hushaldet.
report-legal-shielded = Barnetrygd og inntekt barn har frå arbeid i fritida og i skuleferiar er haldne utanfor og blir ikkje rekna som inntekt (sosialtenestelova § 18 tredje ledd).
report-legal-shielded-before = Inntekt barn har frå arbeid i fritida og i skuleferiar er halden utanfor (sosialtenestelova § 18 tredje ledd). Før 1. september 2022 var barnetrygd ikkje skjerma i lova; sjå linjene for barnetrygd for korleis ho er handsama.
report-legal-conditions = Vilkåra er sette etter sosialtenestelova § 20, og for personar under 30 år etter § 20 a om aktivitetsplikt.
report-legal-reasons = Vedtaket skal grunngjevast etter forvaltningslova §§ 24 og 25. Denne utrekninga er ein del av grunngjevinga.
report-appeal-heading = Du kan klage
report-appeal = Du kan klage på vedtaket innan tre veker etter at du fekk det. Send klaga til NAV-kontoret som har gjort vedtaket, og skriv kva du er usamd i og kvifor. Dersom NAV-kontoret ikkje gir deg medhald, sender kontoret klaga vidare til Statsforvaltaren, som avgjer saka (sosialtenestelova § 48 og forvaltningslova §§ 28–33).
report-appeal-access = Du har rett til å sjå dokumenta i saka di (forvaltningslova § 18). Ta kontakt med NAV-kontoret dersom du har spørsmål om utrekninga.
report-generated = Rekna ut { $date } med utmaling { $version }
report-page = Side { $page } av { $total }

# ---------------------------------------------------------------------------
# End of the explanation.
# ---------------------------------------------------------------------------

## Added with the kittest tests
form-remove = Fjern
form-calendar = Kalender
result-note-prefix = Merk:

## Data safety: changed files, recovery copies, crash reports
conflict-title = Fila er endra på disken
conflict-body = «{ $file }» er endra av eit anna program eller ein annan brukar sidan du opna eller lagra ho. Vil du skrive over ho med saka i vindauget?
conflict-overwrite = Skriv over
conflict-save-as = Lagre som …
conflict-cancel = Avbryt
status-newer-format = «{ $file }» er laga av ein nyare versjon av programmet og blir ikkje skriven over. Bruk «Lagre som».
status-recovery-failed = Kunne ikkje skrive gjenopprettingskopien: { $error }
status-restored = Saka er gjenoppretta. Lagre ho for å halde på endringane.
restore-title = Gjenopprette ulagra arbeid?
restore-body = Førre gong vart programmet avslutta før endringane i ei sak var lagra. Ein kopi vart teken vare på { $time }.
restore-source = Saka var opna frå { $file }.
restore-no-source = Saka var ikkje lagra i noka fil enno.
restore-unreadable = Kopien kan ikkje lesast: { $error }
restore-restore = Gjenopprett
restore-discard = Forkast kopien
restore-keep = Behald fila og hald fram
crash-title = Programmet stoppa på grunn av ein feil ({ $time }).
crash-body = Feilen: { $message } (i { $location }). Meld gjerne frå om han.
crash-ok = OK

## Problems with what was typed or read from a file (shown under the field).
problem-amount-empty = beløpet er tomt; skriv eit beløp, til dømes «12 345,50»
problem-amount-not-a-number = «{ $text }» er ikkje eit beløp; skriv kroner med desimalkomma, til dømes «12 345,50» eller «12345.50»
problem-amount-both-separators = «{ $text }» har både komma og punktum; bruk mellomrom mellom tusen og komma før øre, til dømes «12 345,50»
problem-amount-bad-grouping = «{ $text }» har feil gruppering; tusengrupper skal ha tre siffer, til dømes «1 234 567»
problem-amount-too-many-decimals = «{ $text }» har meir enn to desimalar; beløp blir førte i kroner og øre
problem-amount-text-too-large = «{ $text }» er for stort; høgaste beløp er 10 000 000 kr per månad
problem-amount-overflow = beløpet vart for stort under utrekninga
problem-date-empty = datoen er tom; skriv dd.mm.åååå, til dømes «14.03.2024»
problem-date-malformed = «{ $text }» er ikkje ein dato; skriv dd.mm.åååå (til dømes «14.03.2024») eller åååå-mm-dd
problem-date-no-such-day = «{ $text }» finst ikkje i kalenderen
problem-share-empty = delen er tom; skriv eit heilt tal frå 0 til 100, til dømes «50»
problem-share-not-a-number = «{ $text }» er ikkje ein del; skriv eit heilt tal frå 0 til 100, til dømes «50»
problem-share-fraction = «{ $text }» har desimalar; skriv delen som eit heilt tal frå 0 til 100
problem-share-out-of-range = delen må vere mellom 0 og 100 %, fann «{ $text }»
problem-case-invalid = saka har feil som må rettast: { $problems }
problem-before-oldest-set = datoen { $date } er før den eldste kjende satsen ({ $oldest }); programmet har ingen satsar før det
problem-no-rates = programmet har ingen satsar
problem-unknown-profile = ukjend kommuneprofil «{ $id }»; kjende profilar: { $known }
problem-calc-overflow = beløpa vart for store til å rekne med: { $error }
problem-amount-negative = beløpet kan ikkje vere negativt
problem-amount-too-large = beløpet er over 10 000 000 kr per månad; er det skrive rett?
problem-period-reversed = perioden sluttar ({ $to }) før han byrjar ({ $from })
problem-period-too-long = perioden er lengre enn fem år; del han opp i fleire saker
problem-no-adults = hushaldet har ingen vaksne; legg inn søkjaren
problem-couple-needs-two = ektepar/sambuarar krev to vaksne; legg inn begge eller vel einsleg/bufellesskap
problem-adult-name = skriv eit namn eller ei rolle (til dømes «søkjar»)
problem-adult-rate = ein vaksen utover søkjaren/paret må ha sats: Single (einsleg) eller SharedHousing (bufellesskap)
problem-adult-born-after = fødselsdatoen er etter at perioden byrjar
problem-child-name = skriv førenamnet til barnet eller ei rolle (til dømes «barn 1»)
problem-child-share = delen må vere mellom 0 og 100 %, fann { $share }
problem-child-born-after = barnet er fødd ({ $date }) etter at perioden sluttar
problem-child-adult = barnet er 18 år eller eldre når perioden byrjar; ein vaksen er eigen søkjar eller blir lagd inn som vaksen
problem-need-twice = «{ $need }» er vurdert to gonger
problem-need-also-expense = «{ $need }» er både innvilga her og ført som utgift for { $child }; før beløpet på éin stad
problem-name-twice = namnet «{ $name }» står to gonger; bruk ulike namn eller roller
problem-unknown-income-kind = ukjend inntektstype «{ $kind }»; kjende typar er: { $known }
problem-unknown-person = «{ $person }» er ikkje med i hushaldet
problem-child-work-needs-child = arbeidsinntekta til barn må knytast til eitt av barna i hushaldet
problem-shield-only-foreign = berre barnetrygd frå eit anna land kan haldast utanfor etter kontoret sitt val
problem-reason-empty = grunngivinga kan ikkje vere tom
problem-accepted-above = godkjent beløp er høgare enn søkt beløp; skriv ei grunngiving
problem-accepted-below = godkjent beløp er lågare enn søkt beløp; skriv ei grunngiving
problem-unknown-expense-kind = ukjend utgiftstype «{ $kind }»; kjende typar er: { $known }
problem-instalment-reason = avdrag på bustadlån blir berre godkjende etter eit uttrykkeleg val; skriv ei grunngiving
problem-not-a-child = «{ $child }» er ikkje eitt av barna i hushaldet
problem-reduction-reason = ein reduksjon for brot på vilkår krev grunngiving (§ 20)
problem-rate-negative = satsen kan ikkje vere negativ
problem-rundskriv-empty = skriv nummeret på rundskrivet, til dømes «A-1/2024»
problem-published-empty = skriv kvar satsane er publiserte, til dømes «regjeringen.no»
problem-adult-rate-not-used = søkjaren og ein ektefelle/sambuar får sats etter busituasjonen; sats kan berre setjast for vaksne utover dei (fjern «rate»)
