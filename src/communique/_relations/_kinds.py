# SPDX-License-Identifier: MIT
"""
The closed vocabulary of relationship kinds, and the classes of kinds
that the finders treat alike.

A leaf of the package: the lexicon checks its entries against
:data:`KINDS`; the finders ask which class a cue's kind falls in.
"""

from __future__ import annotations


#: The closed vocabulary of :attr:`Relationship.kind`.
KINDS = frozenset(
    {
        "alliance",
        "military_cooperation",
        "cooperation",
        "support",
        "trade",
        "aid",
        "agreement",
        "diplomatic_ties",
        "friendship",
        "rivalry",
        "tension",
        "dispute",
        "territorial_dispute",
        "war",
        "conflict",
        "sanctions",
        "condemnation",
        "threat",
        "protest",
        "relations",
        "assault",
        "coercion",
        "force_posture",
        "rejection",
        "concession",
    }
)
#: Kinds of verbs that relate the parties of a subject list to each
#: other when they have no object: "A and B agreed to cooperate".
JOINT_KINDS = frozenset({"cooperation", "war", "conflict", "dispute"})
#: Kinds of acts (violence, coercion, vetoes) whose subject must stand
#: next to the verb and whose object is no place.
STRICT_KINDS = frozenset({"assault", "coercion", "force_posture", "rejection"})
#: Kinds of nouns that name their other party in apposition ("A's
#: ally B").
APPOSED_KINDS = frozenset({"alliance", "rivalry"})
#: Kinds of verbs that can take another party's act as object.
ACT_KINDS = frozenset(
    {"condemnation", "protest", "rejection", "dispute", "support"}
)
#: Kinds of verbs of blame: their object may be an act.
BLAME_KINDS = ACT_KINDS - {"support"}
#: Kinds of nouns of violence and force, whose agent is the subject
#: of the clause only when no verb of judgement stands between.
EVENT_KINDS = frozenset(
    {"war", "conflict", "assault", "coercion", "sanctions", "condemnation"}
)
#: Kinds of relation a state may hold with an organization of its own
#: country (an armed group, a party it bans, one a person founded).
OWN_GROUP_KINDS = frozenset(
    {"assault", "coercion", "war", "conflict", "sanctions", "alliance"}
)
