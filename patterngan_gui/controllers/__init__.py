"""The controllers: what each menu and key does (training, files, labs, the classroom,
sweeps), asking the session what is allowed and telling it what happened.
"""
