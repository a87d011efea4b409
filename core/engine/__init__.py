"""The GAN engine: codecs, patterns, real data, configs and presets, the trainer (an iterator of
reports), metrics and sampling. Imports neither the file nor the teaching modules."""
