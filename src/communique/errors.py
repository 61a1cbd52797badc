# SPDX-License-Identifier: MIT
"""
The exceptions :mod:`communique` raises.

Every exception derives from :class:`CommuniqueError`, so one ``except``
clause catches them all; each leaf also derives from the builtin exception
it means (``ValueError``, ``TypeError``), so code written against the
builtins keeps working.

This module imports nothing from the rest of the package.
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """
    Root of every exception raised by :mod:`communique`.

    Examples:
        >>> import communique
        >>> issubclass(communique.SchemaError, communique.CommuniqueError)
        True
    """


class InputTypeError(CommuniqueError, TypeError):
    """
    A public entry point got a value of the wrong type.

    Attributes:
        argument: The name of the offending argument.
        expected: What was expected, in words.
        got: The type name of the value that was passed.
    """

    def __init__(self, argument: str, expected: str, got: object) -> None:
        self.argument = argument
        self.expected = expected
        self.got = type(got).__name__
        super().__init__(
            f"{argument} must be {expected}, not {self.got}"
        )


class InputValueError(CommuniqueError, ValueError):
    """
    A public entry point got a value of the right type that it cannot use.

    For example a ``published`` date that is not an ISO 8601 date.

    Attributes:
        argument: The name of the offending argument.
        value: The offending value.
    """

    def __init__(self, argument: str, value: object, reason: str) -> None:
        self.argument = argument
        self.value = value
        self.reason = reason
        super().__init__(f"{argument}={value!r}: {reason}")


class ValidationError(CommuniqueError, ValueError):
    """
    A model object (an :class:`~communique.Article` and what it holds) is
    inconsistent: a span out of bounds, an unknown actor id, a malformed
    country code.

    Attributes:
        path: Where the problem is, e.g. ``"meetings[2].participants[0]"``.
        reason: What is wrong there.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)


class SchemaError(CommuniqueError, ValueError):
    """
    A JSON document does not follow the ``communique/1`` format.

    Attributes:
        path: The failing location, e.g. ``"meetings[2].participants[0]"``
            (empty for the document itself).
        reason: What is wrong there.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        where = f" at {path}" if path else ""
        super().__init__(f"invalid communique document{where}: {reason}")


class LexiconError(CommuniqueError, ValueError):
    """
    A lexicon or gazetteer file is malformed.

    Attributes:
        source: The file (or other source) being loaded.
        entry: The failing entry, if one can be named.
        reason: What is wrong.
    """

    def __init__(self, source: str, entry: str | None, reason: str) -> None:
        self.source = source
        self.entry = entry
        self.reason = reason
        where = f" entry {entry!r}" if entry else ""
        super().__init__(f"{source}{where}: {reason}")
