## Practice progress, generated exercises, session summary.
