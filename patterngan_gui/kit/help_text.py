"""The Help menu's "How it works" text (the shortcut list is made from ``actions.ACTIONS``),
a section per translatable text: a translator sees one heading and its paragraphs at a time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from patterngan_gui.kit.i18n import translate

SECTIONS = (
    QT_TRANSLATE_NOOP(
        "Help",
        "<h2>How PatternGAN works</h2>",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "<h3>Numbers a network can read</h3> <p>A network cannot nudge 15 into 20: it adjusts"
        " values by small amounts. So each integer is written as <i>one-hot</i> choices. The "
        "book's <b>qr:5</b> codec writes n = 5 &times; quotient + remainder: a 20-value "
        "one-hot for the quotient followed by a 5-value one-hot for the remainder, 25 values "
        "in all. 75 is quotient 15, remainder 0. The <b>one-hot</b> codec uses a single "
        "choice among all R integers. To read a generated vector back, each head's largest "
        "value (its <i>argmax</i>) is taken.</p>",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "<h3>Two networks, three steps</h3> <p>The <b>generator G</b> turns random noise z "
        "into a vector. The <b>discriminator D</b> looks at a vector and says how likely it "
        "is to be real. Every epoch (one batch):</p> <ol> <li><b>D on real</b>: D sees real "
        'numbers from the pattern and learns to say "real" (label 1).</li> <li><b>D on '
        'fake</b>: D sees G\'s numbers and learns to say "fake" (label 0).</li> <li><b>G</b>: '
        "G changes so that D would call its numbers real.</li> </ol> <p>The better presets do"
        " steps 1 and 2 together, as most GAN code does.</p>",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "<h3>What the numbers mean</h3> <ul> <li><b>Decisive</b>: every head has a single "
        "largest value. The book's G ends in ReLU, so a head is often all zeros; argmax then "
        "picks index 0, and the number looks like a multiple of five by accident. Such "
        "samples are <i>undecided</i> (marked with a ?).</li> <li><b>Strict validity</b>: the"
        " share of samples that are decisive and follow the pattern. <b>Book validity</b> "
        "counts argmax alone, as the chapter does.</li> <li><b>TV distance</b>: how far the "
        'generated distribution is from "every number of the pattern equally often" (0 = '
        "identical, 1 = nothing in common); undecided samples count as an outcome of their "
        "own. <b>JS divergence</b> measures the same gap in bits.</li> <li><b>Modes "
        "covered</b>: how many of the pattern's numbers appear at least once in 10,000 "
        "samples. A generator that always says 25 is valid but covers one mode: that is "
        "<i>mode collapse</i>.</li> <li><b>D's view</b>: D's \"real\" probability for every "
        "integer. Early on it is high exactly on the pattern; as G catches up it flattens "
        "towards 0.5.</li> </ul>",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "<h3>Presets</h3> <p><b>book</b> is the chapter exactly. <b>default</b> gives G a "
        "noise-driven choice per head (Gumbel-softmax, straight-through) and D a hidden layer"
        " that judges 16 samples at once (PacGAN), which avoids both traps above. "
        "<b>collapse</b> shows mode collapse on purpose.</p>",
    ),
)


def how_it_works() -> str:
    """The whole text (HTML) in the current language."""
    return "\n\n".join(translate("Help", section) for section in SECTIONS)


HOW_IT_WORKS = "\n\n".join(SECTIONS)  # the English, as the sources write it
