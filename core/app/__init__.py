"""The application's state and rules, Qt-free: the session model the window only shows."""
