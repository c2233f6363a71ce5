## Practice view: modes, feedback.
