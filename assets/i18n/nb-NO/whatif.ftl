## Compare view, scenarios, break-even.

## Break-even (result panel and printed explanation)
whatif-break-even = Husstanden er selvforsørget ved netto inntekt over { $amount } per måned.
whatif-break-even-period = Husstanden er selvforsørget i hele perioden ved netto inntekt over { $amount } per måned.
whatif-break-even-period-highest = Husstanden er selvforsørget i hele perioden ved netto inntekt over { $amount } per måned (grensen er høyest i { $month }).

## The compare view
compare-title = Sammenlign: hva om …?
compare-intro = A er saken slik den er nå. B er en kopi du kan endre fritt i skjemaet til venstre eller med hurtigvalgene. Saken din endres ikke.
compare-no-case = Saken må kunne beregnes før du kan sammenligne. Rett feilene i saken først.
compare-go-to-case = Gå til saken
compare-open = Hva om …? Sammenlign
compare-open-hover = Åpner saken som A og en kopi B du kan endre, med forskjellen linje for linje.
compare-presets = Hurtigvalg for B
compare-next-month = Neste måned
compare-next-month-hover = Flytter perioden i B én måned fram. Barnas alder og satsene for den måneden gjelder.
compare-add-job = Legg til arbeidsinntekt
compare-job-amount = Netto lønn per måned
compare-job-amount-hover = Netto lønn per måned, for eksempel for en 60 % stilling
compare-job-invalid = Skriv et beløp over 0, for eksempel 13 200.
compare-state-rates = Statlige satser
compare-municipal-rates = Satsene til { $name }
compare-no-profiles = Ingen kommuneprofiler er lastet inn, så bare de statlige satsene kan brukes.
compare-rate-change = Før / etter satsendring
compare-rate-change-hover = A blir måneden før nærmeste satsendring, B måneden satsendringen gjelder fra.
compare-no-rate-change = Fant ingen satsendring å sammenligne med.
compare-reset = Start på nytt fra saken
compare-reset-hover = A og B blir begge saken slik den er nå.
compare-scenario-a = A: saken nå
compare-scenario-a-before = A: måneden før satsendringen { $date }
compare-scenario-b = B: scenario
compare-changes = Endret i B: { $list }
compare-change-next-month = neste måned
compare-change-job = { $amount } arbeidsinntekt lagt til
compare-change-state = statlige satser
compare-change-profile = satsene til { $name }
compare-change-rate-change = måneden fra satsendringen { $date }
compare-change-edited = endret i skjemaet
compare-b-form = Scenario B
compare-b-problems = { $count ->
    [one] B har én feil og kan ikke beregnes. Tabellen viser siste B som kunne beregnes.
   *[other] B har { $count } feil og kan ikke beregnes. Tabellen viser siste B som kunne beregnes.
}
compare-col-item = Post
compare-col-a = A
compare-col-b = B
compare-col-difference = Forskjell
compare-fact-period = Periode
compare-fact-rates = Satser
compare-fact-household = Husstand
compare-fact-income = Inntekt som regnes med
compare-fact-outcome = Utfall
compare-household = { $adults ->
    [one] 1 voksen
   *[other] { $adults } voksne
}, { $children ->
    [0] ingen barn
    [one] 1 barn
   *[other] { $children } barn
}
compare-period-sums = Beløpene er summer for hele perioden.
compare-totals = Summer
compare-row-outcome = Utfall
compare-row-to-pay = Å utbetale
compare-row-surplus = Overskudd
compare-more = B gir { $amount } mer å utbetale enn A.
compare-less = B gir { $amount } mindre å utbetale enn A.
compare-same = A og B gir samme beløp å utbetale.
compare-print = Skriv ut sammenligning
compare-print-hover = Lager en PDF av sammenligningen og åpner den for utskrift.
compare-save-pdf = Lagre som PDF …
compare-cell = { $column }, { $row }: { $value }
compare-copied = Sammenligningen er kopiert som tekst.
compare-copy = Kopier som tekst

## The printed comparison
compare-report-title = Sammenligning av to beregninger
compare-report-subtitle = Hva om-beregning av økonomisk stønad etter sosialtjenesteloven § 18
compare-report-disclaimer = Sammenligningen er et arbeidsnotat til veiledning. Den er ikke et vedtak og gir ikke rett til stønad.
compare-report-lines = Linje for linje
