## Compare view, scenarios, break-even.
