"""Devices at the till: the receipt printer and the cash drawer behind it.

``receipts`` lays a receipt out as styled lines (pure, testable without a
printer); ``printer`` sends lines to a python-escpos printer over USB, the
network, a serial port, CUPS or a file, and turns every failure into one
:class:`~bruktpos.domain.errors.PrinterError`. Nothing here imports Qt; the
UI calls these from a worker thread.
"""

from bruktpos.devices import escpos_cache

escpos_cache.prepare()  # before anything here imports python-escpos (it reads its database on import)
