# SPDX-License-Identifier: MIT
"""The exceptions ``ascn`` raises: one hierarchy mirroring C++'s ``ascn::error``.

Every one derives from :class:`Error` and carries the stable code (``"unknown-id"``, ...), the
message without the place, and the place: ``id``, ``field``, ``value``, and for files
``file``, ``line`` and ``column`` (``None`` when not known). Where Python has a matching
built-in exception the class derives from it too, so ``except KeyError`` catches an unknown id
and ``except ValueError`` a bad value.
"""


class Error(Exception):
    """Base of every error ``ascn`` raises for bad data (``ascn::error`` in C++)."""

    #: The stable spelling of the error code, e.g. ``"duplicate-id"``.
    code: str = ""

    def __init__(self, what, code="", message="", id=None, field=None, value=None, file=None,
                 line=None, column=None, suggestions=()):
        super().__init__(what)
        self.code = code
        self.message = message or what
        self.id = id
        self.field = field
        self.value = value
        self.file = file
        self.line = line
        self.column = column
        self.suggestions = list(suggestions)

    def __str__(self):
        return str(self.args[0]) if self.args else ""


class DuplicateIdError(Error):
    """An id that is already used in the network (code ``duplicate-id``)."""


class UnknownIdError(Error, KeyError):
    """An id that names nothing (code ``unknown-id``); ``suggestions`` holds the closest ids."""


class EndpointError(Error, ValueError):
    """A relationship kind that does not allow these endpoints (``invalid-endpoint``)."""


class InvalidValueError(Error, ValueError):
    """A value that is not allowed (``invalid-value`` or ``year-out-of-range``)."""


class InUseError(Error):
    """Removing something others still depend on (``in-use``)."""


class StaleHandleError(Error):
    """A handle to something removed (``stale-handle``)."""


class ParseError(Error, ValueError):
    """Malformed input, with ``file``, ``line`` and ``column`` (``parse-error``)."""


class FileError(Error, OSError):
    """A file that cannot be opened, read or written (``io-error``)."""

    def __init__(self, what, **kwargs):
        Error.__init__(self, what, **kwargs)


class CancelledError(Error):
    """A long computation stopped because its progress callback returned ``False``
    (``cancelled``)."""


#: The class raised for each code.
BY_CODE = {
    "duplicate-id": DuplicateIdError,
    "unknown-id": UnknownIdError,
    "invalid-endpoint": EndpointError,
    "invalid-value": InvalidValueError,
    "year-out-of-range": InvalidValueError,
    "in-use": InUseError,
    "stale-handle": StaleHandleError,
    "parse-error": ParseError,
    "io-error": FileError,
    "cancelled": CancelledError,
}
