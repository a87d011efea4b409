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

from core import __version__
from core.teaching.judge import Judgement

CURVES = "patterngan-report://curves.png"
DISTRIBUTION = "patterngan-report://distribution.png"


def setup_hash(config: Any) -> str:
    """A short, stable hash of a run's set-up (its config as sorted JSON)."""
    text = json.dumps(config.to_dict(), sort_keys=True, default=list)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


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
    """The report's text as HTML (every text from the file escaped)."""
    r = j.result

    def e(text: Any) -> str:
        return html.escape(str(text), quote=True)

    lab = j.lab.title if j.lab is not None else r.title
    parts = [
        f"<h1>{e(r.student or 'Unnamed student')}</h1>",
        f"<p><b>Lab:</b> {e(lab or 'untitled')}"
        + ("" if j.same_lab else " <i>(this result was made with another lab)</i>")
        + f"<br><b>File:</b> {e(r.file)}<br><b>Run:</b> {e(r.run.name)}, "
        f"{j.epochs:,} epochs</p>",
        "<h2>Answers</h2>",
    ]
    if not j.answers:
        parts.append("<p>The lab asks no questions.</p>")
    for i, a in enumerate(j.answers, start=1):
        if a.prediction and a.sealed and a.text:
            when = "a prediction, sealed before the run's first epoch"
        elif a.after_run:
            when = "typed after the run began" + (
                f", at epoch {a.epoch:,}" if a.epoch is not None else ""
            )
        elif a.prediction:
            when = "a prediction left empty before the run"
        else:
            when = "answered during the lab"
        parts.append(
            f"<p><b>{i}. {e(a.question)}</b><br>{e(a.text) or '<i>(no answer)</i>'}"
            f"<br><small>{e(when)}</small></p>"
        )
    parts.append("<h2>Goals</h2>")
    if not j.goals:
        parts.append("<p>The lab sets no goals.</p>")
    else:
        items = []
        for text, epoch in j.goals:
            met = f"met at epoch {epoch:,}" if epoch is not None else "not met"
            items.append(f"<li>{e(text)}: {met}</li>")
        counted = "" if j.followed_lab else " (the run did not follow the lab: they do not count)"
        parts.append(
            f"<ul>{''.join(items)}</ul><p>{j.goals_met} of {len(j.goals)} met{counted}</p>"
        )
    parts += [
        "<h2>The run</h2>",
        f'<p><img src="{CURVES}" width="600"></p>',
        f'<p><img src="{DISTRIBUTION}" width="600"></p>',
        "<h2>Final metrics</h2>",
        "<p><small>Measured from the run's generator, sampled afresh with a fixed seed.</small>"
        "</p>",
        "<table border='1' cellpadding='3' cellspacing='0'>",
    ]
    for key, value in j.final.items():
        shown = f"{value:.4f}" if not float(value).is_integer() else f"{int(value):,}"
        parts.append(f"<tr><td>{e(key.replace('_', ' '))}</td><td>{e(shown)}</td></tr>")
    parts.append("</table>")
    parts.append("<h2>Checked</h2>")
    verdict = "verified" if j.verified else "<b>not verified</b>"
    followed = "followed the lab" if j.followed_lab else "<b>did not follow the lab</b>"
    parts.append(f"<p>This result is {verdict} and {followed}.</p>")
    if j.problems:
        parts.append("<ul>" + "".join(f"<li>{e(p)}</li>" for p in j.problems) + "</ul>")
    parts.append("<h2>Fingerprint</h2><table cellpadding='2'>")
    for key, value in fingerprint(j).items():
        parts.append(f"<tr><td>{e(key)}</td><td><tt>{e(value)}</tt></td></tr>")
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
        QRectF(0, height - pad / 1.5, width, pad / 2), Qt.AlignCenter, f"epoch (0 - {last:,.0f})"
    )
    for key, color, label in (("strict", "#0072B2", "strict validity"), ("tv", "#D55E00", "TV")):
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
        p.drawText(QRectF(0, y - 15, pad - 8, 30), Qt.AlignRight | Qt.AlignVCenter, f"{share:g}")
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
            f"outcome 0 - {n - 2}, then undecided (grey); target: orange ticks; epoch {last.epoch:,}",
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
    writer.setTitle(f"PatternGAN report: {j.result.student or j.result.file}"[:200])
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
