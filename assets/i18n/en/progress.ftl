## Practice progress, generated exercises, session summary.

progress-heading = Progress
progress-intro = How often you got each rule right, weakest rule first. Only exercise ids, rules, scores and dates are stored – never anything about persons.
progress-empty = You have not checked any exercise yet. Solve an exercise and press "Check" to see here which rules you know and which to practise more.
progress-col-rule = Rule
progress-col-law = Legal basis
progress-col-right = Right
progress-col-exercise = Exercise
progress-col-mode = Mode
progress-col-attempts = Attempts
progress-col-first = First
progress-col-last = Last
progress-col-best = Best
progress-col-missed = Missed
progress-score = { $correct } of { $total } ({ $percent } %)
progress-missed-times = { $missed } of { $checked } { $checked ->
    [one] time
   *[other] times
}
progress-mode-form = Fill in the form
progress-mode-by-hand = Calculate yourself
progress-exercises-done = { $count ->
    [one] One exercise tried
   *[other] { $count } exercises tried
}, { $perfect } solved fully right.
progress-print-summary = Print session summary
progress-print-summary-hint = Saves a PDF with what you practised in this session, the score per exercise and the rules you missed.
progress-copy-summary = Copy session summary as text
progress-save-summary-text = Save session summary as text
progress-reset = Reset progress
progress-reset-question = Delete all stored progress? Scores per exercise and per rule are lost, and this cannot be undone.
progress-reset-confirm = Yes, delete progress
progress-reset-cancel = Cancel
progress-reset-done = Progress has been reset.
progress-summary-saved = The session summary was saved to { $file }.
progress-summary-copied = The session summary was copied to the clipboard.
progress-summary-failed = Could not save the session summary: { $error }
progress-summary-file = session-summary-{ $date }
progress-summary-title = Session summary – practising utmåling
progress-summary-subtitle = Financial assistance for living expenses under the Social Services Act (sosialtjenesteloven) § 18
progress-summary-date = Date
progress-summary-total = Result
progress-summary-total-value = { $score } right in { $attempts ->
    [one] one attempt
   *[other] { $attempts } attempts
} at { $exercises ->
    [one] one exercise
   *[other] { $exercises } exercises
}
progress-summary-empty = No exercise has been checked in this session yet.
progress-summary-exercises = Score per exercise
progress-summary-practised = What was practised
progress-summary-missed = Rules you missed most
progress-summary-none-missed = You missed no rule in this session. Well done!
progress-summary-suggestions = Suggested next exercises
progress-summary-suggestion = { $title } (level { $difficulty }) – practises: { $rules }
progress-summary-no-suggestions = No suggestions: you have solved every exercise fully right. Try "New random exercise".
progress-summary-footer = Made { $date } with utmaling. The exercises are made up and hold no information about real persons.
progress-summary-page = Page
