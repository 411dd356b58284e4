"""The window. The only package that imports Qt."""

from .refcounts import pin_singletons

pin_singletons()  # before any Qt call: PySide6 6.12 on Python 3.11 loses references to None and True
