"""Generator files (``num_gen.pt``: saving, and opening without running code from them), atomic
writes and run bundles."""
