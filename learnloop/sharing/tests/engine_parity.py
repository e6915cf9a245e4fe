"""Run by test_compiled_engine.py in a subprocess: the spans one engine finds on every pack.

    python -m learnloop.sharing.tests.engine_parity COUNT SEED

Prints one JSON object: which engine ran (``learnloop.sharing.ENGINE``, the module's file) and,
for each pack of deidentify_sample.PACKS, the spans of each narrative with the record and without.
"""

import json
import sys


def main(count: int, seed: int) -> None:
    import learnloop.sharing
    from learnloop.sharing import deidentify
    from learnloop.sharing.management.commands.deidentify_sample import PACKS

    spans = {}
    for pack, templates in PACKS.items():
        examples = list(templates.generate(count, seed))
        spans[pack] = [
            [
                [
                    [span.start, span.end, span.label]
                    for span in deidentify.find_spans(example.text, known)
                ]
                for known in (example.known, None)
            ]
            for example in examples
        ]
    json.dump(
        {"engine": learnloop.sharing.ENGINE, "module": deidentify.__file__, "spans": spans},
        sys.stdout,
    )


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
