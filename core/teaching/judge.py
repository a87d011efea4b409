"""Judging a lab result the way a teacher can trust: against the teacher's lab, recomputed from
the run the file carries, never on the file's word.

A result file holds two things. Its *claims* (``result.json``: the goals met and when, the final
metrics, the lab it was made with, which predictions were sealed) are what the student's copy
of the app wrote, and anyone can edit them. Its *content* is the run: the set-up it recorded,
every report's numbers (its curves) and its generator. Here

- the lab is the teacher's (``patterngan results --lab``, the lab the Class tab has): its locks
  and hidden controls are checked against the run's recorded set-up and the settings changed
  while it trained, its goals against the run's curves; a result made with another lab (its
  title or what it asks differs) is said to be;
- the claims are recomputed from the content: the goals met and the epoch each was met at
  (from the curves, with the lab the file carries), the final metrics (the last report, and
  the generator sampled afresh with a fixed evaluation seed through the core's metrics), the
  epochs (a goal "met" after the run's last report), the set-up the generator was saved with.
  Each difference is a sentence in ``problems`` and the result is not ``verified``.

``rerun`` goes further: it trains each run again from its recorded set-up and seed (a batched
sweep per set-up, ``core.engine.sweep``) and compares the end with the run's last report.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from core.engine.fields import CONTROL_OF, CONTROLS
from core.files.result_file import LabResult
from core.teaching.challenges import Answer, replay_goals
from core.teaching.doctor import Diagnosis, diagnose_history
from core.teaching.lab import Lab, off_lab
from core.teaching.words import PLURAL, QT_TRANSLATE_NOOP, Num, Said, Text, said_of, translate

EVAL_SEED = 35_000_035  # the fixed seed a result's generator is sampled with when judged
MIN_EVAL_SAMPLES = 10_000
MAX_EVAL_SAMPLES = 100_000
# how far a share measured afresh may differ from the run's own last report: five standard
# deviations of the difference of two independent samples' shares (p = 1/2, the widest), plus
# 0.01; TV, a sum over outcomes, gets twice that. 10,000 samples against 10,000: 0.045 and 0.09
SHARE_SIGMAS = 5.0
SHARES = ("strict_validity", "book_validity", "undecided")
# a rerun's end against the run's: the same evaluation noise, so only float rounding in a long
# chaotic game separates them (a sweep adds in another order than a single run)
RERUN_TOLERANCE = 0.02
SAME_FLOAT = 1e-9


@dataclass(frozen=True)
class Judgement:
    """One result as the teacher's lab and the run inside it say it is."""

    result: LabResult
    lab: Lab | None  # the lab judged against (None: neither the teacher's nor a readable copy)
    teachers_lab: bool  # judged against the teacher's lab (not the copy inside the file)
    same_lab: bool  # the file was made with that lab (title and what it asks the same)
    off_lab: tuple[str, ...]  # the lab's locked and hidden controls the run did not keep
    goals: tuple[tuple[str, int | None], ...]  # the lab's goals, the epoch the curves meet each
    final: dict[str, float]  # the generator sampled afresh (EVAL_SEED), the core's metrics
    problems: tuple[str, ...]  # sentences: another lab, off the lab, claims that differ
    verified: bool  # every claim of the file agrees with the run it carries
    answers: tuple[Answer, ...]  # the lab's questions, each with its answer and when
    reproduced: bool | None = None  # a rerun's end matched (None: not rerun)
    rerun_note: str = ""  # what the rerun compared, in words
    # the run doctor's word on the run it carries (core.teaching.doctor), recomputed from its
    # reports: a file never says what its diagnoses are
    diagnoses: tuple[Diagnosis, ...] = ()

    @property
    def followed_lab(self) -> bool:
        return self.same_lab and not self.off_lab and self.lab is not None

    @property
    def goals_met(self) -> int:
        """Goals the run's curves meet, counted only for a run that followed the lab."""
        if not self.followed_lab:
            return 0
        return sum(epoch is not None for _, epoch in self.goals)

    @property
    def first_met(self) -> int | None:
        epochs = [e for _, e in self.goals if e is not None]
        return min(epochs) if epochs and self.followed_lab else None

    @property
    def sealed_predictions(self) -> tuple[Answer, ...]:
        """The predictions made before the run's first epoch (the only ones a prediction
        line counts)."""
        return tuple(a for a in self.answers if a.prediction and a.sealed and a.text)

    @property
    def epochs(self) -> int:
        epochs = self.result.run.epochs
        return epochs[-1] if epochs else 0


# -- the lab ---------------------------------------------------------------------------------
def lab_differences(teacher: Lab, theirs: Lab | None) -> list[str]:
    """What differs between the teacher's lab and the copy a result carries, in words:
    the title, the set-up, the locked or hidden controls, the goals, the questions. The
    instructions and the results folder may differ (a typo fixed after class is no other lab)."""
    if theirs is None:
        return ["its copy of the lab cannot be read"]
    out = []
    if teacher.title != theirs.title:
        out.append("title")
    if teacher.config != theirs.config:
        out.append("set-up")
    if teacher.locked != theirs.locked:
        out.append("locked controls")
    if teacher.hidden != theirs.hidden:
        out.append("hidden controls")
    if teacher.goals != theirs.goals:
        out.append("goals")
    if teacher.questions != theirs.questions:
        out.append("questions")
    return out


def off_lab_run(lab: Lab, result: LabResult) -> tuple[str, ...]:
    """The lab's locked and hidden controls the run did not keep: in its recorded set-up, or
    changed while it trained (a learning rate turned mid-run), in CONTROLS order."""
    differ = set(off_lab(lab, result.run.config))
    fixed = lab.locked | lab.hidden
    for change in result.run.changes:
        for name, value in change.items():
            control = CONTROL_OF.get(name)
            if control in fixed and value != getattr(lab.config, name):
                differ.add(control)
    return tuple(c for c in CONTROLS if c in differ)


# the metrics' names in the judge's sentences
METRICS = {
    "strict_validity": QT_TRANSLATE_NOOP("Judge", "strict validity"),
    "book_validity": QT_TRANSLATE_NOOP("Judge", "book validity"),
    "undecided": QT_TRANSLATE_NOOP("Judge", "undecided"),
    "tv": QT_TRANSLATE_NOOP("Judge", "tv"),
    "js_bits": QT_TRANSLATE_NOOP("Judge", "js bits"),
    "modes_covered": QT_TRANSLATE_NOOP("Judge", "modes covered"),
}


def _metric(key: str) -> Said | str:
    """A metric's name ("strict validity"), translatable where it is one of ``METRICS``."""
    return Said("Judge", METRICS[key]) if key in METRICS else key.replace("_", " ")


def _said(said: str, *args: Any) -> Text:
    """A problem found: English text that keeps its sentence for the window."""
    return Text(Said("Judge", said, args))


# -- the claims against the content -------------------------------------------------------------
def _epoch_words(epoch: int | None) -> Said:
    if epoch is None:
        return Said("Judge", QT_TRANSLATE_NOOP("Judge", "never"))
    return Said("Judge", QT_TRANSLATE_NOOP("Judge", "at epoch {0}"), (Num(epoch),))


def _content_problems(result: LabResult) -> list[str]:
    """Where the run's own records disagree with each other (curves, rows, set-up)."""
    run, out = result.run, []
    rows, epochs = run.rows, run.epochs
    if len(rows) != len(epochs) or any(
        not isinstance(r, dict) or r.get("epoch") != e for r, e in zip(rows, epochs)
    ):
        out.append(
            _said(QT_TRANSLATE_NOOP("Judge", "its report rows do not match its curves' epochs"))
        )
    if any(b <= a for a, b in zip(epochs, epochs[1:])):
        out.append(_said(QT_TRANSLATE_NOOP("Judge", "its curves' epochs do not increase")))
    if epochs and epochs[-1] > run.config.epochs:
        said = QT_TRANSLATE_NOOP(
            "Judge", "its curves go to epoch {0}, past the {1} epochs its set-up trains"
        )
        out.append(_said(said, Num(epochs[-1]), Num(run.config.epochs)))
    for key, curve in (("strict_validity", "strict"), ("book_validity", "book"), ("tv", "tv")):
        values = [r.get(key) for r in rows if isinstance(r, dict)]
        if len(values) == len(run.curves[curve]) and any(
            not isinstance(v, (int, float)) or _differ(float(v), c, SAME_FLOAT)
            for v, c in zip(values, run.curves[curve])
        ):
            said = QT_TRANSLATE_NOOP("Judge", "its {0} curve differs from its report rows")
            out.append(_said(said, _metric(key)))
    last = run.last
    if last is not None and rows and isinstance(rows[-1], dict):
        kept = last.metrics.summary()
        if any(
            not isinstance(rows[-1].get(k), (int, float))
            or _differ(float(rows[-1][k]), float(v), SAME_FLOAT)
            for k, v in kept.items()
        ):
            said = QT_TRANSLATE_NOOP("Judge", "its last report differs from its last kept snapshot")
            out.append(_said(said))
    gen = result.generator
    if gen is not None:
        saved = gen.metadata.get("config") if isinstance(gen.metadata, dict) else None
        if _config_of(saved) != run.config:
            said = QT_TRANSLATE_NOOP(
                "Judge", "its generator was saved with another set-up than the run records"
            )
            out.append(_said(said))
        trained = gen.metadata.get("epochs_trained") if isinstance(gen.metadata, dict) else None
        if epochs and trained != epochs[-1]:
            said = QT_TRANSLATE_NOOP(
                "Judge", "its generator says it trained {0} epochs, its curves end at epoch {1}"
            )
            out.append(_said(said, repr(trained), Num(epochs[-1])))
    return out


def _config_of(saved: Any) -> Any:
    from core.engine.config import TrainConfig

    try:
        return TrainConfig.from_dict(saved)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _goal_problems(result: LabResult) -> list[str]:
    """The goals the file claims against its own lab's goals replayed on its curves."""
    lab, claimed = result.lab, result.goals
    if lab is None:
        said = QT_TRANSLATE_NOOP(
            "Judge", "its copy of the lab cannot be read, so its goals cannot be checked"
        )
        return [_said(said)]
    replayed = replay_goals(lab.goals, result.run.rows, result.run.config)
    out = []
    if [g for g, _ in claimed] != [g for g, _ in replayed]:
        count, named = len(claimed), ", ".join(repr(g[:40]) for g, _ in claimed[:5])
        said = translate(
            "Judge", "it claims %n goal(s) not among its lab's {0} ({1})", None, PLURAL,
            count
        )  # fmt: skip
        out.append(Text(Said("Judge", said, (len(replayed), named), count)))
        return out
    last = result.run.epochs[-1] if result.run.epochs else 0
    for i, ((_text, said), (_, real)) in enumerate(zip(claimed, replayed), start=1):
        if said == real:
            continue
        beyond: object = ""
        if said is not None and said > last:
            beyond = Said(
                "Judge", QT_TRANSLATE_NOOP("Judge", " (after its last epoch, {0})"), (Num(last),)
            )
        words = QT_TRANSLATE_NOOP(
            "Judge", "goal {0} claims to be met {1}{2}; its curves meet it {3}"
        )
        out.append(_said(words, i, _epoch_words(said), beyond, _epoch_words(real)))
    return out


def measure(result: LabResult) -> dict[str, float]:
    """The run's generator sampled afresh with EVAL_SEED, judged by the core's metrics against
    the run's recorded pattern ({} without a generator)."""
    from core.engine.metrics import evaluate_decoded

    gen = result.generator
    if gen is None:
        return {}
    config = result.run.config
    pattern, codec = config.validate()
    if codec.R != gen.codec.R or codec.width != gen.codec.width:
        return {}
    count = min(MAX_EVAL_SAMPLES, max(MIN_EVAL_SAMPLES, config.eval_samples))
    try:
        decoded = gen.sample(count, EVAL_SEED)
        m = evaluate_decoded(decoded.numbers, decoded.decisive, pattern, codec.R)
    except (ValueError, RuntimeError, IndexError):  # a generator that cannot give this range
        return {}
    return {k: float(v) for k, v in m.summary().items()}


def share_tolerance(claimed_samples: int, measured_samples: int) -> float:
    """How far two independent samples' shares of the same generator may differ."""
    spread = math.sqrt(0.25 * (1 / max(1, claimed_samples) + 1 / max(1, measured_samples)))
    return 0.01 + SHARE_SIGMAS * spread


def _final_problems(result: LabResult, measured: dict[str, float]) -> list[str]:
    """The claimed final metrics against the run's last report, and that report against its
    generator sampled afresh."""
    out = []
    rows = result.run.rows
    last = rows[-1] if rows and isinstance(rows[-1], dict) else {}
    for key, value in result.final.items():
        real = last.get(key)
        if not isinstance(real, (int, float)) or _differ(float(real), value, SAME_FLOAT):
            said = QT_TRANSLATE_NOOP(
                "Judge", "it claims a final {0} of {1}; its last report says {2}"
            )
            out.append(_said(said, _metric(key), Num(value, 3), _number_words(real)))
    if result.generator is None:
        said = QT_TRANSLATE_NOOP(
            "Judge", "it carries no generator, so its final numbers cannot be measured"
        )
        out.append(_said(said))
        return out
    if not measured:
        said = QT_TRANSLATE_NOOP("Judge", "its generator does not fit the set-up its run records")
        out.append(_said(said))
        return out
    n = int(result.run.config.eval_samples)
    tolerance = share_tolerance(n, int(measured["samples"]))
    for key in (*SHARES, "tv"):
        real = last.get(key)
        if not isinstance(real, (int, float)):
            continue
        allowed = tolerance * (2 if key == "tv" else 1)
        if _differ(float(real), measured[key], allowed):
            said = QT_TRANSLATE_NOOP(
                "Judge",
                "its last report's {0} ({1}) is not what its generator gives ({2}, within {3})",
            )
            numbers = (Num(float(real), 3), Num(measured[key], 3), Num(allowed, 3))
            out.append(_said(said, _metric(key), *numbers))
    return out


def _differ(a: float, b: float, tolerance: float) -> bool:
    """Further apart than ``tolerance``; a number that is not finite differs from anything
    (NaN compares false both ways: a plain ``>`` would let it pass)."""
    return not (math.isfinite(a) and math.isfinite(b) and abs(a - b) <= tolerance)


def _number_words(value: Any) -> Num | Said:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Num(float(value), 3)
    return Said("Judge", QT_TRANSLATE_NOOP("Judge", "nothing"))


def _answer_problems(result: LabResult) -> list[str]:
    out = []
    run = result.run
    for a in result.answered:
        if a.sealed and a.epoch not in (None, 0):
            said = QT_TRANSLATE_NOOP(
                "Judge", "a prediction claims to be sealed but was typed at epoch {0}"
            )
            out.append(_said(said, Num(a.epoch)))
        if a.sealed and a.prediction and a.text:
            if run.sealed is None:
                said = QT_TRANSLATE_NOOP(
                    "Judge", "a prediction claims to be sealed but its run sealed none"
                )
                out.append(_said(said))
            elif run.sealed.get(a.question, "") != a.text:
                said = QT_TRANSLATE_NOOP(
                    "Judge", "a sealed prediction differs from the one its run recorded"
                )
                out.append(_said(said))
    return out


# -- judging ---------------------------------------------------------------------------------
def judge(result: LabResult, teacher: Lab | None = None) -> Judgement:
    """``result`` judged against the teacher's lab (or, without one, the copy it carries,
    said as a problem) and recomputed from its run."""
    claims = [
        *_content_problems(result),
        *_goal_problems(result),
        *_answer_problems(result),
    ]
    measured = measure(result)
    claims += _final_problems(result, measured)
    claimed_off = result.claimed_off_lab
    if result.lab is not None and claimed_off is not None:
        real = list(off_lab(result.lab, result.run.config))
        if list(claimed_off) != real:
            said = QT_TRANSLATE_NOOP(
                "Judge", "what it says about following its lab is not what its run shows"
            )
            claims.append(_said(said))
    problems: list[str] = []
    lab = teacher if teacher is not None else result.lab
    same = True
    if teacher is None:
        said = QT_TRANSLATE_NOOP(
            "Judge", "judged against the lab inside the file: no teacher's lab was given"
        )
        problems.append(Text(Said("Judge", said)))
    else:
        differ = lab_differences(teacher, result.lab)
        if differ:
            same = False
            title = result.lab.title if result.lab is not None else result.title
            if result.lab is not None:
                said = QT_TRANSLATE_NOOP("Judge", "made with another lab ('{0}'): its {1} differ")
                words = Said("Judge", said, (title[:80], ", ".join(differ)))
            else:
                said = QT_TRANSLATE_NOOP("Judge", "made with a lab that cannot be read")
                words = Said("Judge", said)
            problems.append(Text(words))
    off: tuple[str, ...] = ()
    goals: tuple[tuple[str, int | None], ...] = ()
    if lab is not None:
        off = off_lab_run(lab, result)
        if off:
            said = (  # one and many apart: the verb agrees with the controls named
                QT_TRANSLATE_NOOP(
                    "Judge", "off the lab: its {0} differs from the lab's (its goals do not count)"
                )
                if len(off) == 1
                else QT_TRANSLATE_NOOP(
                    "Judge", "off the lab: its {0} differ from the lab's (its goals do not count)"
                )
            )
            problems.append(Text(Said("Judge", said, (", ".join(off),))))
        goals = tuple(replay_goals(lab.goals, result.run.rows, result.run.config))
    said = QT_TRANSLATE_NOOP("Judge", "not verified: {0}")
    problems += [Text(Said("Judge", said, (said_of(c) or c,))) for c in claims]
    return Judgement(
        result=result,
        lab=lab,
        teachers_lab=teacher is not None,
        same_lab=same,
        off_lab=off,
        goals=goals,
        final=measured,
        problems=tuple(problems),
        verified=not claims,
        answers=tuple(_answers(result, lab)),
        diagnoses=tuple(run_diagnoses(result)),
    )


def run_diagnoses(result: LabResult) -> list[Diagnosis]:
    """The run doctor's diagnoses of the run a result carries, from its report rows (a row
    that is not a report's numbers is left out; a run with none has no diagnosis)."""
    return diagnose_history(result.run) if result.run.rows else []


def _answers(result: LabResult, lab: Lab | None) -> list[Answer]:
    """The file's answers, each a prediction where the judging lab asks it before F5."""
    before = {q.text for q in lab.questions if q.before} if lab is not None else set()
    by_question = {a.question: a for a in result.answered}
    out = []
    for q, text in result.answers:
        a = by_question.get(q, Answer(q, text))
        prediction = q in before if lab is not None else a.prediction
        out.append(replace(a, prediction=prediction, sealed=a.sealed and prediction))
    return out


# -- reproducing ------------------------------------------------------------------------------
def rerun(
    judged: list[Judgement],
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[Judgement]:
    """Train every run again from its recorded set-up and seed to the epoch it ended at, and
    compare its end with the run's last report. Runs of one set-up and length (seeds aside)
    train together as one sweep (``core.engine.sweep``): the same seed's batches, noise and
    evaluation noise as the single run, so their final metrics agree but for float rounding
    (within RERUN_TOLERANCE). A whole run alone with its set-up (or one a sweep cannot batch)
    is trained alone and its weights compared bit for bit (``_rerun_single``). A run whose
    settings changed mid-run is said not reproduced, with why. ``progress(done, total)``
    after each set-up."""
    out = list(judged)
    groups: dict[str, list[int]] = {}
    for i, j in enumerate(judged):
        run = j.result.run
        why = _not_rerunnable(j)
        if why:
            out[i] = replace(j, reproduced=False, rerun_note=why)
            continue
        key = repr((run.config.replace(seed=0, device="cpu").to_dict(), run.epochs[-1]))
        groups.setdefault(key, []).append(i)
    for done, indices in enumerate(groups.values()):
        if stop is not None and stop():
            break
        first = judged[indices[0]].result.run
        config, end = first.config.replace(device="cpu"), first.epochs[-1]
        seeds = sorted({judged[i].result.run.config.seed for i in indices})
        ends = _swept(config, seeds, end, stop) if len(seeds) > 1 or end < config.epochs else None
        if ends is None:  # alone, or not batched: each trained as the student's single run
            for i in indices:
                out[i] = _rerun_single(judged[i], stop)
        elif isinstance(ends, str):
            for i in indices:
                out[i] = replace(judged[i], reproduced=False, rerun_note=ends)
        else:
            for i in indices:
                out[i] = _compare(judged[i], ends[judged[i].result.run.config.seed])
        if progress is not None:
            progress(done + 1, len(groups))
    return out


def _swept(
    config: Any, seeds: list[int], end: int, stop: Callable[[], bool] | None
) -> dict[int, dict[str, Any]] | str | None:
    """Each seed's metrics at epoch ``end``, trained as one sweep; a reason (str) when it
    stopped or failed; None when a sweep cannot batch this set-up (train each alone)."""
    from core.engine.sweep import SweepTrainer

    try:
        trainer = SweepTrainer(config, seeds)
    except ValueError:
        return None if end == config.epochs else "not rerun: a stopped run a sweep cannot batch"
    try:
        trainer.train_epochs(end, stop)
        if trainer.epoch != end:
            return "not rerun: stopped"
        metrics = trainer.evaluate()
    except RuntimeError as exc:
        return f"not rerun: {exc}"
    finally:
        trainer.close()
    return {seed: m.summary() for seed, m in zip(seeds, metrics)}


def _rerun_single(j: Judgement, stop: Callable[[], bool] | None) -> Judgement:
    """One run trained again alone (a single run, as the student's): the same weights, bit for
    bit, on the same kind of machine; elsewhere its final metrics within RERUN_TOLERANCE."""
    from core.engine.reports import RunControl
    from core.engine.trainer import Trainer, TrainingError

    config = j.result.run.config.replace(device="cpu")
    control = RunControl()
    try:
        trainer = Trainer(config)
        last = None
        for report in trainer.reports(control):
            last = report
            if stop is not None and stop():
                control.stop()
    except (ValueError, RuntimeError, TrainingError) as exc:
        return replace(j, reproduced=False, rerun_note=f"not rerun: {exc}")
    if last is None or trainer.epoch != config.epochs:
        return replace(j, reproduced=False, rerun_note="not rerun: stopped")
    compared = _compare(j, last.metrics.summary())  # its last report, always
    if not compared.reproduced:
        return compared
    gen = j.result.generator
    if gen is not None and same_weights(trainer.generator, gen.module):
        note = "rerun: the same weights, bit for bit, and its final metrics"
    else:
        note = (
            "rerun: other weights (another kind of machine?), its final metrics within "
            f"{RERUN_TOLERANCE}"
        )
    return replace(compared, rerun_note=note)


def same_weights(a: Any, b: Any) -> bool:
    """Two generators' weights equal bit for bit (a saved one's chapter wrapper set aside)."""
    import torch

    from core.models import WideInput

    def unwrap(m: Any) -> Any:
        while isinstance(m, WideInput):
            m = m.net
        return m

    left = [t.detach().cpu() for t in unwrap(a).state_dict().values()]
    right = [t.detach().cpu() for t in unwrap(b).state_dict().values()]
    return len(left) == len(right) and all(
        x.shape == y.shape and x.dtype == y.dtype and torch.equal(x, y) for x, y in zip(left, right)
    )


def _not_rerunnable(j: Judgement) -> str:
    run = j.result.run
    if not run.epochs:
        return "not rerun: the run has no report"
    if run.changes:
        return "not rerun: settings were changed while it trained"
    if run.epochs[-1] > run.config.epochs or run.epochs[-1] < 1:
        return f"not rerun: its curves end at epoch {run.epochs[-1]:,}, not a run's end"
    return ""


def _compare(j: Judgement, end: dict[str, Any]) -> Judgement:
    last = j.result.run.rows[-1]
    differ = []
    for key in (*SHARES, "tv"):
        real = last.get(key)
        if not isinstance(real, (int, float)) or _differ(
            float(real), float(end[key]), RERUN_TOLERANCE
        ):
            differ.append(f"{key.replace('_', ' ')} {_number_words(real)} vs {end[key]:.3f}")
    if differ:
        note = f"rerun differs: {'; '.join(differ)} (tolerance {RERUN_TOLERANCE})"
        return replace(
            j,
            reproduced=False,
            rerun_note=note,
            problems=(*j.problems, f"not reproduced: {note}"),
            verified=False,
        )
    return replace(
        j,
        reproduced=True,
        rerun_note=f"rerun matches its final metrics within {RERUN_TOLERANCE}",
    )
