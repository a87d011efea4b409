"""The window's panels: what the student sees (set-up, plots, samples, runs, inspector, lab,
sweeps, networks, status bar). Each shows what it is given; none reads a trainer.
"""
