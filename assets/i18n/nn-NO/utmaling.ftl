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
