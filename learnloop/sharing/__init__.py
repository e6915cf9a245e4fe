"""Sharing learning beyond an organisation, once what is shared has been de-identified.

``learnloop.sharing.deidentify`` is the de-identification engine: plain Python with no Django, so
it runs in a command, a worker or a benchmark. The rest of the package is the Django app around it
(organisation terms, the review screen, the ``learnloop deidentify`` command).
"""
