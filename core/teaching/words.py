"""The translatable sentences of :mod:`core.engine.words`, under the name the teaching code
and the window import them by."""

from core.engine.words import (  # noqa: F401 - re-exported
    PLURAL,
    QT_TRANSLATE_NOOP,
    Num,
    Pct,
    Said,
    Sig,
    Text,
    joined,
    said_error,
    said_of,
    translate,
)
