## Practice progress, generated exercises, session summary.

progress-heading = Fremgang
progress-intro = Hvor ofte du har fått hver regel riktig, svakeste regel først. Bare oppgave-id-er, regler, poeng og datoer lagres – aldri opplysninger om personer.
progress-empty = Du har ikke sjekket noen oppgaver ennå. Løs en oppgave og trykk «Sjekk», så ser du her hvilke regler du kan og hvilke du bør øve mer på.
progress-col-rule = Regel
progress-col-law = Hjemmel
progress-col-right = Riktig
progress-col-exercise = Oppgave
progress-col-mode = Måte
progress-col-attempts = Forsøk
progress-col-first = Første
progress-col-last = Siste
progress-col-best = Beste
progress-col-missed = Bommet
progress-score = { $correct } av { $total } ({ $percent } %)
progress-missed-times = { $missed } av { $checked } { $checked ->
    [one] gang
   *[other] ganger
}
progress-mode-form = Fyll ut skjemaet
progress-mode-by-hand = Regn selv
progress-exercises-done = { $count ->
    [one] Én oppgave forsøkt
   *[other] { $count } oppgaver forsøkt
}, { $perfect } løst helt riktig.
progress-print-summary = Skriv ut øktoppsummering
progress-print-summary-hint = Lagrer en PDF med det du har øvd på i denne økten, poeng per oppgave og reglene du bommet på.
progress-copy-summary = Kopier øktoppsummering som tekst
progress-save-summary-text = Lagre øktoppsummering som tekst
progress-reset = Nullstill fremgang
progress-reset-question = Vil du slette all lagret fremgang? Poeng per oppgave og per regel forsvinner, og det kan ikke angres.
progress-reset-confirm = Ja, slett fremgangen
progress-reset-cancel = Avbryt
progress-reset-done = Fremgangen er nullstilt.
progress-summary-saved = Øktoppsummeringen er lagret i { $file }.
progress-summary-copied = Øktoppsummeringen er kopiert til utklippstavlen.
progress-summary-failed = Kunne ikke lagre øktoppsummeringen: { $error }
progress-summary-file = oktoppsummering-{ $date }
progress-summary-title = Øktoppsummering – øving i utmåling
progress-summary-subtitle = Økonomisk stønad til livsopphold etter sosialtjenesteloven § 18
progress-summary-date = Dato
progress-summary-total = Resultat
progress-summary-total-value = { $score } riktige i { $attempts ->
    [one] ett forsøk
   *[other] { $attempts } forsøk
} på { $exercises ->
    [one] én oppgave
   *[other] { $exercises } oppgaver
}
progress-summary-empty = Ingen oppgaver er sjekket i denne økten ennå.
progress-summary-exercises = Poeng per oppgave
progress-summary-practised = Dette ble øvd på
progress-summary-missed = Regler du bommet på oftest
progress-summary-none-missed = Du bommet ikke på noen regel i denne økten. Godt jobbet!
progress-summary-suggestions = Forslag til neste oppgaver
progress-summary-suggestion = { $title } (nivå { $difficulty }) – øver på: { $rules }
progress-summary-no-suggestions = Ingen forslag: du har løst alle oppgavene helt riktig. Prøv «Ny tilfeldig oppgave».
progress-summary-footer = Laget { $date } med utmaling. Oppgavene er oppdiktede og inneholder ingen opplysninger om virkelige personer.
progress-summary-page = Side
