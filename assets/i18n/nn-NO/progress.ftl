## Practice progress, generated exercises, session summary.

progress-heading = Framgang
progress-intro = Kor ofte du har fått kvar regel rett, den svakaste regelen først. Berre oppgåve-id-ar, reglar, poeng og datoar blir lagra – aldri opplysningar om personar.
progress-empty = Du har ikkje sjekka nokon oppgåver enno. Løys ei oppgåve og trykk «Sjekk», så ser du her kva reglar du kan og kva du bør øve meir på.
progress-col-rule = Regel
progress-col-law = Heimel
progress-col-right = Rett
progress-col-exercise = Oppgåve
progress-col-mode = Måte
progress-col-attempts = Forsøk
progress-col-first = Første
progress-col-last = Siste
progress-col-best = Beste
progress-col-missed = Bomma
progress-score = { $correct } av { $total } ({ $percent } %)
progress-missed-times = { $missed } av { $checked } { $checked ->
    [one] gong
   *[other] gonger
}
progress-mode-form = Fyll ut skjemaet
progress-mode-by-hand = Rekn sjølv
progress-exercises-done = { $count ->
    [one] Éi oppgåve prøvd
   *[other] { $count } oppgåver prøvde
}, { $perfect } løyste heilt rett.
progress-print-summary = Skriv ut øktoppsummering
progress-print-summary-hint = Lagrar ein PDF med det du har øvd på i denne økta, poeng per oppgåve og reglane du bomma på.
progress-copy-summary = Kopier øktoppsummeringa som tekst
progress-save-summary-text = Lagre øktoppsummeringa som tekst
progress-reset = Nullstill framgang
progress-reset-question = Vil du slette all lagra framgang? Poeng per oppgåve og per regel forsvinn, og det kan ikkje angrast.
progress-reset-confirm = Ja, slett framgangen
progress-reset-cancel = Avbryt
progress-reset-done = Framgangen er nullstilt.
progress-summary-saved = Øktoppsummeringa er lagra i { $file }.
progress-summary-copied = Øktoppsummeringa er kopiert til utklippstavla.
progress-summary-failed = Kunne ikkje lagre øktoppsummeringa: { $error }
progress-summary-file = oktoppsummering-{ $date }
progress-summary-title = Øktoppsummering – øving i utmåling
progress-summary-subtitle = Økonomisk stønad til livsopphald etter sosialtenestelova § 18
progress-summary-date = Dato
progress-summary-total = Resultat
progress-summary-total-value = { $score } rette i { $attempts ->
    [one] eitt forsøk
   *[other] { $attempts } forsøk
} på { $exercises ->
    [one] éi oppgåve
   *[other] { $exercises } oppgåver
}
progress-summary-empty = Ingen oppgåver er sjekka i denne økta enno.
progress-summary-exercises = Poeng per oppgåve
progress-summary-practised = Dette vart øvd på
progress-summary-missed = Reglar du bomma på oftast
progress-summary-none-missed = Du bomma ikkje på nokon regel i denne økta. Godt jobba!
progress-summary-suggestions = Forslag til neste oppgåver
progress-summary-suggestion = { $title } (nivå { $difficulty }) – øver på: { $rules }
progress-summary-no-suggestions = Ingen forslag: du har løyst alle oppgåvene heilt rett. Prøv «Ny tilfeldig oppgåve».
progress-summary-footer = Laga { $date } med utmaling. Oppgåvene er oppdikta og inneheld ingen opplysningar om verkelege personar.
progress-summary-page = Side
