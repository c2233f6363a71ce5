## Compare view, scenarios, break-even.

## Break-even (result panel and printed explanation)
whatif-break-even = Hushaldet er sjølvforsørgt ved netto inntekt over { $amount } per månad.
whatif-break-even-period = Hushaldet er sjølvforsørgt i heile perioden ved netto inntekt over { $amount } per månad.
whatif-break-even-period-highest = Hushaldet er sjølvforsørgt i heile perioden ved netto inntekt over { $amount } per månad (grensa er høgast i { $month }).

## The compare view
compare-title = Samanlikn: kva om …?
compare-intro = A er saka slik ho er no. B er ein kopi du kan endre fritt i skjemaet til venstre eller med snøggvala. Saka di blir ikkje endra.
compare-no-case = Saka må kunne bereknast før du kan samanlikne. Rett feila i saka først.
compare-go-to-case = Gå til saka
compare-open = Kva om …? Samanlikn
compare-open-hover = Opnar saka som A og ein kopi B du kan endre, med skilnaden linje for linje.
compare-presets = Snøggval for B
compare-next-month = Neste månad
compare-next-month-hover = Flyttar perioden i B éin månad fram. Alderen til borna og satsane for den månaden gjeld.
compare-add-job = Legg til arbeidsinntekt
compare-job-amount = Netto løn per månad
compare-job-amount-hover = Netto løn per månad, til dømes for ei 60 % stilling
compare-job-invalid = Skriv eit beløp over 0, til dømes 13 200.
compare-state-rates = Statlege satsar
compare-municipal-rates = Satsane til { $name }
compare-no-profiles = Ingen kommuneprofilar er lasta inn, så berre dei statlege satsane kan brukast.
compare-rate-change = Før / etter satsendring
compare-rate-change-hover = A blir månaden før næraste satsendring, B månaden satsendringa gjeld frå.
compare-no-rate-change = Fann inga satsendring å samanlikne med.
compare-reset = Start på nytt frå saka
compare-reset-hover = A og B blir begge saka slik ho er no.
compare-scenario-a = A: saka no
compare-scenario-a-before = A: månaden før satsendringa { $date }
compare-scenario-b = B: scenario
compare-changes = Endra i B: { $list }
compare-change-next-month = neste månad
compare-change-job = { $amount } arbeidsinntekt lagd til
compare-change-state = statlege satsar
compare-change-profile = satsane til { $name }
compare-change-rate-change = månaden frå satsendringa { $date }
compare-change-edited = endra i skjemaet
compare-b-form = Scenario B
compare-b-problems = { $count ->
    [one] B har éin feil og kan ikkje bereknast. Tabellen viser siste B som kunne bereknast.
   *[other] B har { $count } feil og kan ikkje bereknast. Tabellen viser siste B som kunne bereknast.
}
compare-col-item = Post
compare-col-a = A
compare-col-b = B
compare-col-difference = Skilnad
compare-fact-period = Periode
compare-fact-rates = Satsar
compare-fact-household = Hushald
compare-fact-income = Inntekt som blir rekna med
compare-fact-outcome = Utfall
compare-household = { $adults ->
    [one] 1 vaksen
   *[other] { $adults } vaksne
}, { $children ->
    [0] ingen born
    [one] 1 barn
   *[other] { $children } born
}
compare-period-sums = Beløpa er summar for heile perioden.
compare-totals = Summar
compare-row-outcome = Utfall
compare-row-to-pay = Å betale ut
compare-row-surplus = Overskot
compare-more = B gir { $amount } meir å betale ut enn A.
compare-less = B gir { $amount } mindre å betale ut enn A.
compare-same = A og B gir same beløp å betale ut.
compare-print = Skriv ut samanlikninga
compare-print-hover = Lagar ein PDF av samanlikninga og opnar han for utskrift.
compare-save-pdf = Lagre som PDF …
compare-cell = { $column }, { $row }: { $value }
compare-copied = Samanlikninga er kopiert som tekst.
compare-copy = Kopier som tekst

## The printed comparison
compare-report-title = Samanlikning av to utrekningar
compare-report-subtitle = Kva om-utrekning av økonomisk stønad etter sosialtenestelova § 18
compare-report-disclaimer = Samanlikninga er eit arbeidsnotat til rettleiing. Ho er ikkje eit vedtak og gir ikkje rett til stønad.
compare-report-lines = Linje for linje
