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

## Added with the kittest tests
form-remove = Fjern
form-calendar = Kalender
result-note-prefix = Merk:
