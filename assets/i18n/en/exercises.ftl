## Exercise library: rule names, exercise files, `utmaling exercise`.
