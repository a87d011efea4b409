"""The engine's one error type for a run that cannot go on."""


class TrainingError(RuntimeError):
    """Training cannot go on (a NaN loss, a device failure); the message says why (raised with
    ``core.engine.words.said_error``, the window shows it translated)."""
