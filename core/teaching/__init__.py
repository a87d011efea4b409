"""Teaching logic: slow-motion step stories, the encoding inspector, run histories, lab files and
the mode-collapse alert."""
