"""What the engine found in a text, in the shapes the hand-written de-identification tests compare."""

from learnloop.sharing.deidentify import deidentify


def labels(text, known=None):
    """Each span found, as the words it covers and its label, in order."""
    return [(text[s.start : s.end], s.label) for s in deidentify(text, known).spans]


def found(text, label, known=None):
    """The words of each span found with `label`."""
    return [written for written, kind in labels(text, known) if kind == label]


def people(text, known=None):
    return found(text, "PERSON", known)


def found_labels(text, known=None):
    return [label for _, label in labels(text, known)]
