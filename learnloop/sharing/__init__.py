"""Sharing learning beyond an organisation, once what is shared has been de-identified.

For now this package holds only the de-identification engine (``learnloop.sharing.deidentify``),
plain Python with no Django, so it can run in a command, a worker or a benchmark.
"""
