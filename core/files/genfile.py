"""Generator files (``num_gen.pt``): the one place the rest of the app imports them from.

Saving is :mod:`core.files.generator_save` (the format's names, the metadata, the TorchScript
archive the chapter's two lines load, atomic writes); opening without running the file's code
is :mod:`core.files.generator_read` (the restricted reader and its limits).
"""

from core.files.errors import GeneratorFileError
from core.files.generator_read import (
    MAX_CODE_BYTES,
    MAX_ELEMENTS,
    MAX_FILE_BYTES,
    MAX_INPUTS,
    MAX_JSON_DEPTH,
    MAX_MEMBERS,
    MAX_META_BYTES,
    MAX_NODES,
    MAX_PICKLE_BYTES,
    GeneratorFile,
    UntrustedFileError,
    chapter_lines,
    describe_bytes,
    open_generator,
    open_generator_bytes,
    resave_metadata,
)
from core.files.generator_save import (
    CHAPTER_LATENT,
    DEFAULT_NAME,
    FORMAT,
    FORMAT_VERSION,
    META_NAME,
    architecture_of,
    build_metadata,
    chapter_ready,
    cpu_copy,
    metadata_for,
    sampling_lines,
    save_generator,
    save_trained,
    saved_width,
    script_bytes,
)

__all__ = [
    "GeneratorFileError",
    "CHAPTER_LATENT",
    "DEFAULT_NAME",
    "FORMAT",
    "FORMAT_VERSION",
    "GeneratorFile",
    "MAX_CODE_BYTES",
    "MAX_ELEMENTS",
    "MAX_FILE_BYTES",
    "MAX_INPUTS",
    "MAX_JSON_DEPTH",
    "MAX_MEMBERS",
    "MAX_META_BYTES",
    "MAX_NODES",
    "MAX_PICKLE_BYTES",
    "META_NAME",
    "UntrustedFileError",
    "architecture_of",
    "build_metadata",
    "chapter_lines",
    "chapter_ready",
    "cpu_copy",
    "describe_bytes",
    "metadata_for",
    "open_generator",
    "open_generator_bytes",
    "resave_metadata",
    "sampling_lines",
    "save_generator",
    "save_trained",
    "saved_width",
    "script_bytes",
]
