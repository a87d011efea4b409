"""The widgets' kit: what the panels and controllers share (plot styling, theme, dialogs,
settings, safe text, screen fitting, background work, the run driver's link to Qt).
"""
