"""Services: the only way anything changes data.

The Qt UI and the command line both call these; each public function runs
one transaction and returns plain dataclasses, raising the typed errors of
:mod:`bruktpos.domain.errors`.
"""
