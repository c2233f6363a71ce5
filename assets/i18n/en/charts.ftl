## Charts and their text alternatives.
