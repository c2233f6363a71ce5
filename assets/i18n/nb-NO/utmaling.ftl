# utmaling — bokmål (default language and fallback)

title-untitled = Ny sak

## Menus and commands
menu-file = Fil
menu-view = Vis
menu-help = Hjelp
menu-recent = Nylige filer
menu-recent-none = Ingen nylige filer
menu-language = Språk
menu-theme = Tema
menu-zoom-hint = Forstørr og forminsk med Ctrl + og Ctrl −
theme-system = Som systemet
theme-light = Lyst
theme-dark = Mørkt
cmd-new = Ny sak
cmd-open = Åpne …
cmd-save = Lagre
cmd-save-as = Lagre som …
cmd-quit = Avslutt
cmd-help = Hjelp og hurtigtaster
cmd-focus = Gå til feltet
cmd-copy-text = Kopier som tekst
view-case = Sak
view-rates = Satser
view-practice = Øving
view-compare = Sammenlign

## Form sections
section-period = Periode
section-household = Husstand
section-incomes = Inntekter
section-housing = Boutgifter
section-children-needs = Barnas behov
section-other-expenses = Andre utgifter
section-assessment = Vilkår og individuell vurdering

## Form fields
form-period-from = Fra dato
form-period-to = Til dato
form-pick-date = Velg dato: { $field }
form-profile = Satser
form-profile-state = Statlige veiledende satser
form-living = Bosituasjon
living-single = Enslig
living-couple = Ektepar eller samboere
living-shared = Bofellesskap
form-adults = Voksne
form-adult-n = Voksen { $n }
form-adult-rate = Sats
form-choose = Velg …
form-name = Navn eller rolle
form-birth-date = Fødselsdato
form-birth-date-optional = Fødselsdato (valgfritt)
form-add-adult = + Legg til voksen
form-children = Barn
form-child-n = Barn { $n }
form-share = Andel %
form-child-age-band = { $age } år · sats { $band }
form-child-not-born = ikke født ved periodens start
form-child-adult = 18 år eller eldre
form-add-child = + Legg til barn
form-remove-row = Fjern { $what }
form-income-n = Inntekt { $n }
form-kind = Type
form-person = Gjelder
form-household = Husstanden
form-amount-month = Beløp per måned
form-shield-reason = Begrunnelse for å holde utenfor
form-add-income = + Legg til inntekt
form-expense-n = Utgift { $n }
form-child = Barn
form-none = Ingen
form-applied = Søkt beløp
form-accepted = Godkjent beløp
form-reason = Begrunnelse
form-add-housing = + Legg til boutgift
form-add-other = + Legg til annen utgift
form-no-children = Ingen barn i husstanden.
form-needs-help = Vurder hvert punkt for hvert barn (rundskriv 35, 4.18.2.6): ikke relevant, dekket av satsen, eller innvilget beløp.
form-granted-amount = Innvilget beløp
form-note = Merknad
form-assessment = Individuell vurdering
form-conditions = Vilkår (§ 20) og aktivitetsplikt (§ 20 a)
form-reductions = Reduksjon for brudd på vilkår
form-reduction-n = Reduksjon { $n }
form-add-reduction = + Legg til reduksjon

need-state-not-assessed = Ikke vurdert
need-state-not-relevant = Ikke relevant
need-state-covered = Dekket av satsen
need-state-granted = Innvilget kr

need-barn_barnehage_sfo = Barnehage/SFO
need-barn_skole = Skolesituasjon og skoleutstyr
need-barn_fritid = Fritidsaktiviteter
need-barn_klaer_utstyr = Klær og utstyr (PC, telefon)
need-barn_internett_mobil = Internett og mobilabonnement
need-barn_helse = Helse og særlige behov
need-barn_samvaer = Samvær med den andre forelderen

## Result panel
result-title = Resultat
result-empty = Fyll inn periode og husstand for å se beregningen.
result-problems = { $count ->
    [one] Ett felt må rettes før saken kan beregnes:
   *[other] { $count } felt må rettes før saken kan beregnes:
}
result-showing-last-valid = Under vises siste gyldige beregning.
outcome-full = Full stønad
outcome-supplementary = Supplerende stønad
outcome-none = Ikke rett — overskudd
result-need = Behov
result-income = Inntekt som regnes med
result-shielded = Holdt utenfor (regnes ikke med)
result-reduction = Reduksjon
result-sum-need = Sum behov
result-sum-income = Sum inntekt
result-sum-shielded = Sum holdt utenfor
result-sum-reduction = Sum reduksjon
result-month-result = Resultat for måneden
result-month-surplus = Overskudd for måneden
result-period-total = Samlet for perioden
result-need-minus-income = Behov minus inntekt
result-rate-sets = Satser brukt
banner-open-rates = Legg til satser …

## Rates view
rates-title = Satser
rates-intro = Statlige veiledende satser for livsopphold per måned, og satser fra brukermappen. Hver sats gjelder fra datoen til neste sats.
rates-effective = Gjelder fra
rates-profile = Profil
rates-reference = Rundskriv og merknad
rates-status = Status
rates-published = Publisert
rates-add-title = Legg til nye satser
rates-add-intro = Nye satser lagres som en fil i { $folder } og brukes fra datoen de gjelder fra.
rates-no-user-folder = Programmet har ingen brukermappe for satser i denne økten.
rates-rundskriv = Rundskriv
rates-note = Merknad
rates-save = Lagre satssettet
rates-saved = Lagret: { $path }

## Help
help-title = Hjelp og hurtigtaster
help-intro = Fyll inn saken til venstre; resultatet til høyre oppdateres mens du skriver. Klikk på en linje i resultatet for å gå til feltet den kommer fra.
help-tab = Neste og forrige felt
help-zoom = Større, mindre, vanlig størrelse

## Unsaved changes
unsaved-title = Lagre endringene?
unsaved-body = Saken har endringer som ikke er lagret.
unsaved-save = Lagre
unsaved-discard = Ikke lagre
unsaved-cancel = Avbryt

## Status line
status-ready = Klar.
status-opened = Åpnet { $file }
status-open-failed = Kunne ikke åpne saken: { $error }
status-saved = Lagret { $file }
status-save-failed = Kunne ikke lagre: { $error }
status-save-invalid = Saken kan ikke lagres før beløp og datoer er gyldige.
status-copied = Forklaringen er kopiert som tekst.

## Income kinds (NAV code underneath in the tooltip)
income-jobb = Lønn (netto)
income-sykepenger = Sykepenger
income-dagpenger = Dagpenger
income-aap = Arbeidsavklaringspenger (AAP)
income-uforetrygd = Uføretrygd
income-alderspensjon = Alderspensjon
income-kvalifiseringsstonad = Kvalifiseringsstønad
income-introduksjonsstonad = Introduksjonsstønad
income-overgangsstonad = Overgangsstønad
income-kontantstotte = Kontantstøtte
income-navytelse = Annen ytelse fra NAV
income-bostotte = Bostøtte (Husbanken)
income-husbanken = Annen utbetaling fra Husbanken
income-barnebidrag = Barnebidrag (mottatt)
income-studielanOgStipend = Studielån og stipend
income-skatteetaten = Skatteoppgjør (tilbakebetalt skatt)
income-sluttoppgjoer = Sluttoppgjør
income-utbytte = Utbytte
income-salg = Salg av eiendeler
income-forsikring = Forsikringsutbetaling
income-annen = Annen inntekt
income-barnetrygd = Barnetrygd (også utvidet og småbarnstillegg)
income-barnetrygd_utland = Barnetrygd fra et annet land
income-barns_arbeidsinntekt = Barns arbeidsinntekt (fritid og ferie)

## Expense kinds
expense-husleie = Husleie
expense-boliglanRenter = Renter på boliglån
expense-kommunalAvgift = Kommunale avgifter
expense-felleskostnader = Felleskostnader
expense-annenBoutgift = Annen boutgift
expense-strom = Strøm
expense-oppvarming = Oppvarming
expense-innboforsikring = Innbo- og husforsikring
expense-barnehage = Barnehage
expense-sfo = SFO/AKS
expense-barnFritidsaktiviteter = Barns fritidsaktiviteter
expense-barnTannregulering = Tannregulering
expense-annenBarneutgift = Annen utgift til barn
expense-barnebidrag = Barnebidrag (betalt)
expense-annen = Annen nødvendig utgift
expense-boliglanAvdrag = Avdrag på boliglån

## Outcome badge
result-to-pay = { $amount } å utbetale
result-surplus = Overskudd: { $amount }

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
category-single = Enslige
category-couple = Ektepar/samboere
category-shared-housing = Person i bofellesskap
category-child-0-5 = Barn 0–5 år
category-child-6-10 = Barn 6–10 år
category-child-11-17 = Barn 11–17 år

## Explanation: rate sets (status and source)
rate-status-confirmed = bekreftet fra offisiell kilde
rate-status-secondary = bare sett i sekundærkilde
rate-status-unverified = ikke kontrollert mot kilde
rate-set-source-state = statlige veiledende satser fra { $date } ({ $reference })
rate-set-source-municipal = kommunale satser ({ $profile }) fra { $date } ({ $reference })
rate-set-reference-rundskriv = rundskriv { $number }
rate-set-reference-unknown = rundskrivnummer ikke funnet

## Explanation: the rule behind each line, with its legal basis
rule-rate = Statlig veiledende sats for livsopphold (sosialtjenesteloven § 18)
rule-housing = Nødvendige boutgifter etter faktiske, dokumenterte utgifter (rundskriv 35, 4.18.2)
rule-energy = Strøm og oppvarming dekkes utenom satsen
rule-insurance = Innbo- og husforsikring dekkes utenom satsen
rule-child-expense = Barns behov utover satsen, individuelt vurdert (rundskriv 35, 4.18.2.6)
rule-child-need-granted = Barns behov utover satsen, individuelt vurdert (rundskriv 35, 4.18.2.6)
rule-other-expense = Annen nødvendig, dokumentert utgift etter individuell vurdering
rule-income-counted = Netto inntekt regnes med (sosialtjenesteloven § 18)
rule-barnetrygd-shielded-by-law = Barnetrygd holdes utenfor fra 1. september 2022 (sosialtjenesteloven § 18 tredje ledd)
rule-barnetrygd-shielded-by-policy = Barnetrygd holdt utenfor før 1. september 2022 etter kommunens praksis (loven skjermet den ikke ennå)
rule-barnetrygd-counted-by-policy = Barnetrygd regnet med før 1. september 2022 (loven skjermet den først fra denne datoen)
rule-foreign-barnetrygd-counted = Barnetrygd fra et annet land er ikke omfattet av skjermingen i § 18 tredje ledd og regnes med
rule-foreign-barnetrygd-shielded-by-choice = Barnetrygd fra et annet land holdt utenfor etter kontorets valg (begrunnet)
rule-child-work-shielded = Barns arbeidsinntekt i fritid og skoleferier holdes utenfor (sosialtjenesteloven § 18 tredje ledd)
rule-reduction = Reduksjon ved brudd på vilkår (sosialtjenesteloven § 20)

## Explanation: line labels, details and sources
explain-couple = { $first } og { $second }
explain-line-rate-single = Livsopphold, enslig
explain-line-rate-couple = Livsopphold, ektepar/samboere
explain-line-rate-shared-housing = Livsopphold, person i bofellesskap
explain-line-rate-child = Livsopphold, barn { $band } år
explain-line-child-need = Barns behov: { $need }
explain-line-reduction = Reduksjon for brudd på vilkår
explain-detail-days = { $days } av { $total } dager
explain-detail-share = { $percent } % av måneden i husstanden (delt bosted/samvær)
explain-detail-full-rate = full sats { $amount }
explain-detail-applied-accepted = søkt { $applied }, godkjent { $accepted }
explain-detail-reason = begrunnelse: { $reason }
explain-source-application = oppgitt i søknaden
explain-source-documented = dokumentert
explain-source-caseworker = vurdert av saksbehandler
explain-source-registered = registrert av saksbehandler

## Explanation: warnings and notes
explain-user-rates-folder = brukermappen for satser
explain-warning-newer-than-newest-set = Perioden ({ $month } og senere) er nyere enn de nyeste satsene programmet kjenner. Brukt: { $used }. Legg til gjeldende satser under «Satser» i programmet, eller som fil i { $folder }.
explain-warning-child-not-assessed = { $child }: barnets behov er ikke vurdert. Vurder barnehage/SFO, skole, fritid, utstyr og helse (rundskriv 35, 4.18.2.6) og før vurderingen i saken.
explain-warning-barnetrygd-shielded-by-policy = Barnetrygd er holdt utenfor i { $months } måned(er) før 1. september 2022 etter kommunens praksis; loven skjermet den først fra denne datoen.
explain-warning-profile-fell-back = Kommuneprofilen «{ $profile }» har ingen egen sats for { $month }; statlige satser er brukt.
explain-warning-housing-above-norm = Godkjente boutgifter ({ $accepted }) er over kommunens boutgiftsnorm for { $persons } personer ({ $norm }); begrunn hvorfor, eller sett ned godkjent beløp.
explain-warning-child-turns-18 = { $child } er 18 år fra { $month } og får ikke barnesats fra da; vurder som egen søker.
explain-warning-child-born = { $child } er født i perioden og er regnet med fra { $month }.
explain-note-band-change = { $child } fyller { $age } år { $birthday } — sats { $band } år fra { $month }.
explain-note-barnetrygd-counted = Barnetrygd er regnet med for måneder før { $date } (praksis: { $policy }).
explain-policy-count = regne den med
explain-policy-shield = holde den utenfor

## Explanation: outcome and the printed explanation
explain-outcome-full = Full stønad: { $amount } å utbetale
explain-outcome-supplementary = Supplerende stønad: { $amount } å utbetale
explain-outcome-none = Ikke rett til stønad etter § 18 — inntekten dekker behovet med et overskudd på { $amount }
explain-title = Beregning av økonomisk stønad (sosialtjenesteloven § 18)
explain-period = Periode: { $from }–{ $to }
explain-profile = Kommuneprofil: { $name } ({ $id })
explain-state-rates = Satser: statlige veiledende retningslinjer
explain-rate-set-used = Satssett brukt: { $source }; { $status }; publisert: { $published }
explain-none = (ingen)
explain-sum-income-counted = Sum inntekt som regnes med
explain-outcome = Utfall: { $outcome }
explain-notes = Merknader:
explain-warnings = Advarsler:

## The printable explanation (beregningsvedlegg): PDF, preview and text
cmd-print = Skriv ut / PDF …
print-title = Beregningsvedlegg
print-lang = Språk i vedlegget:
print-save = Lagre som PDF …
print-open = Åpne for utskrift
print-no-result = Det er ingen beregning å skrive ut ennå. Fyll inn saken først.
print-preview-note = Slik ser vedlegget ut. PDF-en og teksten har det samme innholdet; advarslene til saksbehandleren kommer ikke med på papiret.
status-pdf-saved = PDF lagret: { $file }
status-pdf-opened = PDF åpnet for utskrift: { $file }
status-pdf-failed = Kunne ikke lage PDF: { $error }
report-title = Beregning av økonomisk stønad
report-subtitle = Vedlegg til vedtak om stønad til livsopphold etter sosialtjenesteloven § 18
report-fact-period = Periode
report-fact-rates = Satser
report-fact-calculated = Beregnet
report-rates-state = Statlige veiledende retningslinjer
report-rates-profile = { $name } (kommuneprofil { $id })
report-rate-sets-heading = Satser som er brukt
report-rate-set-status = Status: { $status }
report-rate-set-published = Publisert: { $published }
report-household-heading = Husstanden
report-col-name = Navn
report-col-role = Rolle
report-col-born = Født
report-col-rate = Sats
report-col-share = Andel av måneden
report-role-applicant = Søker
report-role-partner = Ektefelle/samboer
report-role-shared = Person i bofellesskap
report-role-adult = Voksen i husstanden
report-role-child = Barn
report-band-from = { $band } fra { $month }
report-no-child-rate = Ingen barnesats i perioden
report-col-item = Post
report-col-basis = Grunnlag
report-col-amount = Beløp
report-basis-rate = sats fra { $date }
report-summary-heading = Resultat per måned
report-summary-total = Hele perioden
report-col-month = Måned
report-col-need = Behov
report-col-income = Inntekt
report-col-reduction = Reduksjon
report-col-result = Resultat
report-outcome-heading = Resultat
report-outcome-to-pay = Å utbetale
report-outcome-surplus = Overskudd
report-outcome-explain-full = Husstanden har ingen inntekt som regnes med. Stønaden skal dekke behovet, og det utbetales { $amount } i full stønad.
report-outcome-explain-supplementary = Inntekten som regnes med ({ $income }), dekker ikke hele behovet ({ $need }). Det utbetales { $amount } i supplerende stønad.
report-outcome-explain-none = Inntekten som regnes med ({ $income }), er større enn behovet ({ $need }). Husstanden har derfor ikke rett til stønad til livsopphold etter sosialtjenesteloven § 18. Overskuddet er { $surplus }.
report-notes-heading = Merknader
report-warnings-heading = Advarsler til saksbehandleren (kommer ikke med på utskriften)
report-assessment-heading = Individuell vurdering
report-children-heading = Vurdering av barnas behov
report-children-intro = NAV skal vurdere behovene til hvert barn for seg (rundskriv 35, punkt 4.18.2.6). Dette er vurdert:
report-need-not-relevant = Vurdert: ikke relevant
report-need-covered = Dekket av satsen for livsopphold
report-need-granted = Innvilget per måned:
report-child-not-assessed = Ingen punkter er vurdert for dette barnet.
report-col-need-item = Punkt
report-col-assessment = Vurdering
report-col-note = Merknad
report-conditions-heading = Vilkår
report-method-heading = Slik er beløpene regnet ut
report-method-months = Hver kalendermåned er regnet ut for seg, med satsene som gjaldt i måneden. Barnets alder den første dagen i måneden avgjør hvilken aldersgruppe barnet er i.
report-method-pro-rata = Når perioden bare dekker en del av en måned, er satsen for livsopphold regnet forholdsmessig etter antall kalenderdager. Ved delt bosted eller samvær er barnets sats regnet etter hvor stor del av måneden barnet bor i husstanden. Boutgifter, andre utgifter og inntekter er ført med beløpet for måneden.
report-method-rounding = Alle beløp er regnet i kroner og øre. Beløpet som utbetales, er rundet av til hele kroner (halvt opp) til slutt.
report-legal-heading = Lovgrunnlag
report-legal-basis = Stønaden er beregnet etter lov om sosiale tjenester i arbeids- og velferdsforvaltningen (sosialtjenesteloven) § 18 om stønad til livsopphold, Arbeids- og velferdsdirektoratets rundskriv til loven (hovednummer 35), punkt 4.18, og statens veiledende retningslinjer for økonomisk stønad, etter en individuell vurdering av behovene i husstanden.
report-legal-shielded = Barnetrygd og barns inntekt fra arbeid i fritiden og i skoleferier er holdt utenfor og regnes ikke som inntekt (sosialtjenesteloven § 18 tredje ledd).
report-legal-shielded-before = Barns inntekt fra arbeid i fritiden og i skoleferier er holdt utenfor (sosialtjenesteloven § 18 tredje ledd). Før 1. september 2022 var barnetrygd ikke skjermet i loven; se linjene for barnetrygd for hvordan den er behandlet.
report-legal-conditions = Vilkårene er satt etter sosialtjenesteloven § 20, og for personer under 30 år etter § 20 a om aktivitetsplikt.
report-legal-reasons = Vedtaket skal begrunnes etter forvaltningsloven §§ 24 og 25. Denne beregningen er en del av begrunnelsen.
report-appeal-heading = Du kan klage
report-appeal = Du kan klage på vedtaket innen tre uker fra du fikk det. Send klagen til NAV-kontoret som har gjort vedtaket, og skriv hva du er uenig i og hvorfor. Hvis NAV-kontoret ikke gir deg medhold, sender kontoret klagen videre til Statsforvalteren, som avgjør saken (sosialtjenesteloven § 48 og forvaltningsloven §§ 28–33).
report-appeal-access = Du har rett til å se dokumentene i saken din (forvaltningsloven § 18). Ta kontakt med NAV-kontoret hvis du har spørsmål om beregningen.
report-generated = Beregnet { $date } med utmaling { $version }
report-page = Side { $page } av { $total }

# ---------------------------------------------------------------------------
# End of the explanation.
# ---------------------------------------------------------------------------

## Added with the kittest tests
form-remove = Fjern
form-calendar = Kalender
result-note-prefix = Merk:

## Data safety: changed files, recovery copies, crash reports
conflict-title = Filen er endret på disken
conflict-body = «{ $file }» er endret av et annet program eller en annen bruker siden du åpnet eller lagret den. Vil du overskrive den med saken i vinduet?
conflict-overwrite = Overskriv
conflict-save-as = Lagre som …
conflict-cancel = Avbryt
status-newer-format = «{ $file }» er laget av en nyere versjon av programmet og blir ikke overskrevet. Bruk «Lagre som».
status-recovery-failed = Kunne ikke skrive gjenopprettingskopien: { $error }
status-restored = Saken er gjenopprettet. Lagre den for å beholde endringene.
restore-title = Gjenopprette ulagret arbeid?
restore-body = Forrige gang ble programmet avsluttet før endringene i en sak var lagret. En kopi ble tatt vare på { $time }.
restore-source = Saken var åpnet fra { $file }.
restore-no-source = Saken var ikke lagret i noen fil ennå.
restore-unreadable = Kopien kan ikke leses: { $error }
restore-restore = Gjenopprett
restore-discard = Forkast kopien
restore-keep = Behold filen og fortsett
crash-title = Programmet stoppet på grunn av en feil ({ $time }).
crash-body = Feilen: { $message } (i { $location }). Meld gjerne fra om den.
crash-ok = OK

## Problems with what was typed or read from a file (shown under the field).
problem-amount-empty = beløpet er tomt; skriv et beløp, for eksempel «12 345,50»
problem-amount-not-a-number = «{ $text }» er ikke et beløp; skriv kroner med desimalkomma, for eksempel «12 345,50» eller «12345.50»
problem-amount-both-separators = «{ $text }» har både komma og punktum; bruk mellomrom mellom tusener og komma før øre, for eksempel «12 345,50»
problem-amount-bad-grouping = «{ $text }» har feil gruppering; tusengrupper skal ha tre sifre, for eksempel «1 234 567»
problem-amount-too-many-decimals = «{ $text }» har mer enn to desimaler; beløp føres i kroner og øre
problem-amount-text-too-large = «{ $text }» er for stort; høyeste beløp er 10 000 000 kr per måned
problem-amount-overflow = beløpet ble for stort under utregningen
problem-date-empty = datoen er tom; skriv dd.mm.åååå, for eksempel «14.03.2024»
problem-date-malformed = «{ $text }» er ikke en dato; skriv dd.mm.åååå (for eksempel «14.03.2024») eller åååå-mm-dd
problem-date-no-such-day = «{ $text }» finnes ikke i kalenderen
problem-share-empty = andelen er tom; skriv et helt tall fra 0 til 100, for eksempel «50»
problem-share-not-a-number = «{ $text }» er ikke en andel; skriv et helt tall fra 0 til 100, for eksempel «50»
problem-share-fraction = «{ $text }» har desimaler; skriv andelen som et helt tall fra 0 til 100
problem-share-out-of-range = andelen må være mellom 0 og 100 %, fant «{ $text }»
problem-case-invalid = saken har feil som må rettes: { $problems }
problem-before-oldest-set = datoen { $date } er før den eldste kjente satsen ({ $oldest }); programmet har ingen satser før det
problem-no-rates = programmet har ingen satser
problem-unknown-profile = ukjent kommuneprofil «{ $id }»; kjente profiler: { $known }
problem-calc-overflow = beløpene ble for store til å regne med: { $error }
problem-amount-negative = beløpet kan ikke være negativt
problem-amount-too-large = beløpet er over 10 000 000 kr per måned; er det skrevet riktig?
problem-period-reversed = perioden slutter ({ $to }) før den begynner ({ $from })
problem-period-too-long = perioden er lengre enn fem år; del den opp i flere saker
problem-no-adults = husstanden har ingen voksne; legg inn søkeren
problem-couple-needs-two = ektepar/samboere krever to voksne; legg inn begge eller velg enslig/bofellesskap
problem-adult-name = skriv et navn eller en rolle (for eksempel «søker»)
problem-adult-rate = en voksen utover søkeren/paret må ha sats: Single (enslig) eller SharedHousing (bofellesskap)
problem-adult-born-after = fødselsdatoen er etter periodens start
problem-child-name = skriv barnets fornavn eller en rolle (for eksempel «barn 1»)
problem-child-share = andelen må være mellom 0 og 100 %, fant { $share }
problem-child-born-after = barnet er født ({ $date }) etter at perioden slutter
problem-child-adult = barnet er 18 år eller eldre ved periodens start; en voksen er egen søker eller legges inn som voksen
problem-need-twice = «{ $need }» er vurdert to ganger
problem-need-also-expense = «{ $need }» er både innvilget her og ført som utgift for { $child }; før beløpet ett sted
problem-name-twice = navnet «{ $name }» står to ganger; bruk ulike navn eller roller
problem-unknown-income-kind = ukjent inntektstype «{ $kind }»; kjente typer er: { $known }
problem-unknown-person = «{ $person }» er ikke med i husstanden
problem-child-work-needs-child = barns arbeidsinntekt må knyttes til et av barna i husstanden
problem-shield-only-foreign = bare barnetrygd fra et annet land kan holdes utenfor etter kontorets valg
problem-reason-empty = begrunnelsen kan ikke være tom
problem-accepted-above = godkjent beløp er høyere enn søkt beløp; skriv en begrunnelse
problem-accepted-below = godkjent beløp er lavere enn søkt beløp; skriv en begrunnelse
problem-unknown-expense-kind = ukjent utgiftstype «{ $kind }»; kjente typer er: { $known }
problem-instalment-reason = avdrag på boliglån godkjennes bare etter et uttrykkelig valg; skriv en begrunnelse
problem-not-a-child = «{ $child }» er ikke et av barna i husstanden
problem-reduction-reason = en reduksjon for brudd på vilkår krever begrunnelse (§ 20)
problem-rate-negative = satsen kan ikke være negativ
problem-rundskriv-empty = skriv rundskrivets nummer, for eksempel «A-1/2024»
problem-published-empty = skriv hvor satsene er publisert, for eksempel «regjeringen.no»
problem-adult-rate-not-used = søkeren og en ektefelle/samboer får sats etter bosituasjonen; sats kan bare settes for voksne utover dem (fjern «rate»)
