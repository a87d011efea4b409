"""The hand-in report: one PDF for a lab result, made with Qt's own printing (offline).

File > Export report... and ``patterngan report RESULT --out X.pdf`` write the same pages: the
student's name, the lab, each answer with when it was written (a prediction sealed before the
run, or typed after it began and at which epoch), the goals as the run's curves meet them, the
run's curves and its final distribution, the final metrics measured from its generator, what the
judge found, and a fingerprint (the app and torch versions, a hash of the set-up, the seed).

Everything that comes from the file is escaped: the page is our HTML, its only images are the
two drawn here (added as the document's own resources: nothing is ever loaded from a path or a
URL). The PDF is written to memory first and then atomically.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core import __version__
from core.teaching.judge import Judgement
from patterngan_gui.kit.i18n import PLURAL, translate
from patterngan_gui.kit.numbers import number
from patterngan_gui.kit.step_words import said

CURVES = "patterngan-report://curves.png"
DISTRIBUTION = "patterngan-report://distribution.png"


def setup_hash(config: Any) -> str:
    """A short, stable hash of a run's set-up (its config as sorted JSON)."""
    text = json.dumps(config.to_dict(), sort_keys=True, default=list)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# the final metrics' and the fingerprint's names, as the report writes them
NAMES = {
    "strict_validity": QT_TRANSLATE_NOOP("Report", "strict validity"),
    "book_validity": QT_TRANSLATE_NOOP("Report", "book validity"),
    "undecided": QT_TRANSLATE_NOOP("Report", "undecided"),
    "tv": QT_TRANSLATE_NOOP("Report", "TV distance"),
    "js_bits": QT_TRANSLATE_NOOP("Report", "JS divergence (bits)"),
    "modes_covered": QT_TRANSLATE_NOOP("Report", "modes covered"),
    "samples": QT_TRANSLATE_NOOP("Report", "samples"),
    "support_size": QT_TRANSLATE_NOOP("Report", "support size"),
    "trained with PatternGAN": QT_TRANSLATE_NOOP("Report", "trained with PatternGAN"),
    "trained with torch": QT_TRANSLATE_NOOP("Report", "trained with torch"),
    "report made by PatternGAN": QT_TRANSLATE_NOOP("Report", "report made by PatternGAN"),
    "report made with torch": QT_TRANSLATE_NOOP("Report", "report made with torch"),
    "set-up hash": QT_TRANSLATE_NOOP("Report", "set-up hash"),
    "seed": QT_TRANSLATE_NOOP("Report", "seed"),
}


def _name(key: str) -> str:
    """A metric's or a fingerprint line's name in the current language."""
    return translate("Report", NAMES[key]) if key in NAMES else key.replace("_", " ")


def fingerprint(j: Judgement) -> dict[str, str]:
    import torch

    meta = j.result.generator.metadata if j.result.generator is not None else {}
    versions = meta.get("versions") if isinstance(meta, dict) else None
    versions = versions if isinstance(versions, dict) else {}
    config = j.result.run.config
    return {
        "trained with PatternGAN": str(versions.get("patterngan", "?"))[:40],
        "trained with torch": str(versions.get("torch", "?"))[:40],
        "report made by PatternGAN": __version__,
        "report made with torch": torch.__version__,
        "set-up hash": setup_hash(config),
        "seed": str(config.seed),
    }


def report_html(j: Judgement) -> str:
    """The report's text as HTML (every text from the file escaped), in the current
    language (English on the command line)."""
    r = j.result

    def e(text: Any) -> str:
        return html.escape(str(text), quote=True)

    lab = j.lab.title if j.lab is not None else r.title
    epochs = j.epochs  # a plain name: the count lupdate reads
    parts = [
        "<h1>" + e(r.student or translate("Report", "Unnamed student")) + "</h1>",
        "<p>"
        + translate("Report", "<b>Lab:</b> {0}").format(e(lab or translate("Report", "untitled")))
        + (
            ""
            if j.same_lab
            else " " + translate("Report", "<i>(this result was made with another lab)</i>")
        )
        + "<br>"
        + translate("Report", "<b>File:</b> {0}").format(e(r.file))
        + "<br>"
        + translate("Report", "<b>Run:</b> {0}, {1}").format(
            e(r.run.name), translate("Report", "%n epoch(s)", None, PLURAL, epochs)
        )
        + "</p>",
        "<h2>" + translate("Report", "Answers") + "</h2>",
    ]
    if not j.answers:
        parts.append("<p>" + translate("Report", "The lab asks no questions.") + "</p>")
    for i, a in enumerate(j.answers, start=1):
        if a.prediction and a.sealed and a.text:
            when = translate("Report", "a prediction, sealed before the run's first epoch")
        elif a.after_run and a.epoch is not None:
            when = translate("Report", "typed after the run began, at epoch {0}").format(
                number(a.epoch)
            )
        elif a.after_run:
            when = translate("Report", "typed after the run began")
        elif a.prediction:
            when = translate("Report", "a prediction left empty before the run")
        else:
            when = translate("Report", "answered during the lab")
        parts.append(
            f"<p><b>{i}. {e(a.question)}</b><br>"
            + (e(a.text) or translate("Report", "<i>(no answer)</i>"))
            + f"<br><small>{e(when)}</small></p>"
        )
    parts.append("<h2>" + translate("Report", "Goals") + "</h2>")
    if not j.goals:
        parts.append("<p>" + translate("Report", "The lab sets no goals.") + "</p>")
    else:
        items = []
        for text, epoch in j.goals:
            met = (
                translate("Report", "met at epoch {0}").format(number(epoch))
                if epoch is not None
                else translate("Report", "not met")
            )
            items.append(f"<li>{e(text)}: {met}</li>")
        goals = len(j.goals)  # a plain name: lupdate hangs on len(a.b) as a count
        met = translate("Report", "{0} of %n met", None, PLURAL, goals)
        counted = (
            ""
            if j.followed_lab
            else " " + translate("Report", "(the run did not follow the lab: they do not count)")
        )
        parts.append(f"<ul>{''.join(items)}</ul><p>{met.format(j.goals_met)}{counted}</p>")
    parts += [
        "<h2>" + translate("Report", "The run") + "</h2>",
        f'<p><img src="{CURVES}" width="600"></p>',
        f'<p><img src="{DISTRIBUTION}" width="600"></p>',
        "<h2>" + translate("Report", "Final metrics") + "</h2>",
        "<p><small>"
        + translate(
            "Report", "Measured from the run's generator, sampled afresh with a fixed seed."
        )
        + "</small></p>",
        "<table border='1' cellpadding='3' cellspacing='0'>",
    ]
    for key, value in j.final.items():
        shown = number(value, 4) if not float(value).is_integer() else number(value)
        parts.append(f"<tr><td>{e(_name(key))}</td><td>{e(shown)}</td></tr>")
    parts.append("</table>")
    parts.append("<h2>" + translate("Report", "Checked") + "</h2>")
    sentence = {
        (True, True): translate("Report", "This result is verified and followed the lab."),
        (True, False): translate(
            "Report", "This result is verified and <b>did not follow the lab</b>."
        ),
        (False, True): translate(
            "Report", "This result is <b>not verified</b> and followed the lab."
        ),
        (False, False): translate(
            "Report", "This result is <b>not verified</b> and <b>did not follow the lab</b>."
        ),
    }[(bool(j.verified), bool(j.followed_lab))]
    parts.append(f"<p>{sentence}</p>")
    if j.problems:
        parts.append("<ul>" + "".join(f"<li>{e(said(p))}</li>" for p in j.problems) + "</ul>")
    parts.append("<h2>" + translate("Report", "Fingerprint") + "</h2><table cellpadding='2'>")
    for key, value in fingerprint(j).items():
        parts.append(f"<tr><td>{e(_name(key))}</td><td><tt>{e(value)}</tt></td></tr>")
    parts.append("</table>")
    return "\n".join(parts)


def _curves_image(j: Judgement):
    """Strict validity (blue) and TV (vermillion) over the run's epochs, drawn with QPainter."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    width, height, pad = 1200, 500, 60
    image = QImage(width, height, QImage.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    box = QRectF(pad, pad / 2, width - 1.5 * pad, height - 1.5 * pad)
    p.setPen(QPen(QColor("black"), 2))
    p.drawRect(box)
    run = j.result.run
    epochs = [float(e) for e in run.epochs]
    last = max(epochs[-1], 1.0) if epochs else 1.0
    font = p.font()
    font.setPixelSize(22)
    p.setFont(font)
    p.drawText(
        QRectF(0, height - pad / 1.5, width, pad / 2),
        Qt.AlignCenter,
        translate("Report", "epoch (0 - {0})").format(number(last)),
    )
    for key, color, label in (
        ("strict", "#0072B2", _name("strict_validity")),
        ("tv", "#D55E00", translate("Report", "TV")),
    ):
        values = run.curves.get(key, [])
        points = [
            QPointF(
                box.left() + box.width() * x / last, box.bottom() - box.height() * min(1, max(0, y))
            )
            for x, y in zip(epochs, values)
            if math.isfinite(y)
        ]
        p.setPen(QPen(QColor(color), 3))
        for a, b in zip(points, points[1:]):
            p.drawLine(a, b)
        y = 40 if key == "strict" else 70
        p.drawLine(QPointF(box.right() - 260, y), QPointF(box.right() - 220, y))
        p.setPen(QPen(QColor("black")))
        p.drawText(QPointF(box.right() - 210, y + 8), label)
    p.setPen(QPen(QColor("black")))
    for share in (0.0, 0.5, 1.0):
        y = box.bottom() - box.height() * share
        shown = number(share, 1 if share % 1 else 0)
        p.drawText(QRectF(0, y - 15, pad - 8, 30), Qt.AlignRight | Qt.AlignVCenter, shown)
    p.end()
    return image


def _distribution_image(j: Judgement):
    """The run's last kept report's share of each outcome (bars) against its target (ticks)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    width, height, pad = 1200, 400, 60
    image = QImage(width, height, QImage.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    box = QRectF(pad, pad / 2, width - 1.5 * pad, height - 1.5 * pad)
    p.setPen(QPen(QColor("black"), 2))
    p.drawRect(box)
    last = j.result.run.last
    font = p.font()
    font.setPixelSize(22)
    p.setFont(font)
    if last is not None:
        from core.engine.outcomes import target_distribution

        shares = [float(v) for v in last.metrics.histogram]
        pattern, codec = j.result.run.config.validate()
        target = target_distribution(pattern.support, codec.R, pattern.weights)
        top = max([*shares, *(target if target is not None else []), 1e-9])
        n = len(shares)
        bar = box.width() / max(1, n)
        for i, share in enumerate(shares):
            color = "#999999" if i == n - 1 else "#0072B2"  # the last outcome: undecided
            h = box.height() * share / top
            p.fillRect(
                QRectF(box.left() + i * bar, box.bottom() - h, max(1.0, bar * 0.8), h),
                QColor(color),
            )
            if target is not None and i < len(target) and target[i] > 0:
                y = box.bottom() - box.height() * float(target[i]) / top
                p.setPen(QPen(QColor("#D55E00"), 3))
                p.drawLine(
                    QPointF(box.left() + i * bar, y), QPointF(box.left() + (i + 0.8) * bar, y)
                )
        p.setPen(QPen(QColor("black")))
        p.drawText(
            QRectF(0, height - pad / 1.5, width, pad / 2),
            Qt.AlignCenter,
            translate(
                "Report", "outcome 0 - {0}, then undecided (grey); target: orange ticks; epoch {1}"
            ).format(n - 2, number(last.epoch)),
        )
    p.end()
    return image


def report_pdf(j: Judgement) -> bytes:
    """The report as PDF bytes (needs a Qt application: see ``ensure_app``)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(15, 15, 15, 15))
    )
    writer.setResolution(150)
    writer.setTitle(
        translate("Report", "PatternGAN report: {0}").format(j.result.student or j.result.file)[
            :200
        ]
    )
    writer.setCreator(f"PatternGAN {__version__}")
    doc = QTextDocument()
    doc.addResource(QTextDocument.ImageResource, QUrl(CURVES), _curves_image(j))
    doc.addResource(QTextDocument.ImageResource, QUrl(DISTRIBUTION), _distribution_image(j))
    doc.setHtml(report_html(j))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    buffer.close()
    return bytes(data.data())


def ensure_app() -> Any:
    """An application for drawing and printing (offscreen when there is no display). A
    QApplication, not a QGuiApplication: a window made later in the same process needs one."""
    import os

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["patterngan-report"])
    return app


def write_report(j: Judgement, path: str) -> None:
    """The report written to ``path`` atomically (a failed write leaves any old file)."""
    from core.files.atomic import write_atomic

    ensure_app()
    write_atomic(path, report_pdf(j))
