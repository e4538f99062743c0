"""The schema.org vocabulary, to check our JSON-LD against: every type, its properties (inherited
ones too) and the types each property's values may have.

Read from the type definitions of Google's schema-dts package, which are generated from schema.org's
own definitions and which `make` installs from the npm registry. In them each type has an interface
`<Type>Base extends <Parent>Base, …` listing its properties as `"name"?: SchemaValue<A | B, "name">;`,
a leaf `<Type>Leaf extends <Type>Base { "@type": "<Type>"; }`, and a union of the type and its
subtypes, `export type <Type> = <Type>Leaf | <Subtype> | …;`.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path

from django.conf import settings

DEFINITIONS = Path(settings.BASE_DIR, ".venv/schema-dts/node_modules/schema-dts/dist/schema.d.ts")

BASE = re.compile(r"^interface (\w+)Base extends ([\w<>, ]+) \{$")
LEAF = re.compile(r"^(?:export )?interface (\w+)Leaf extends (\w+)Base \{$")
LEAF_TYPE = re.compile(r'^\s+"@type": "(\w+)";$')
PROPERTY = re.compile(r'^\s+"([\w-]+)"\?: SchemaValue<(.+), "\1">;$')
UNION = re.compile(r"^export type (\w+) = ([\w| ]+);$")

# Values given as strings: their types, and how to tell a well-formed one.
STRING_TYPES = {"Text", "URL", "CssSelectorType", "XPathType", "PronounceableText"}
DATE_TYPES = {"Date": date.fromisoformat, "DateTime": datetime.fromisoformat}
NUMBER_TYPES = {"Number", "Integer", "Float"}


@dataclass(eq=False)  # hashed by identity, for the cached lookups
class Vocabulary:
    parents: dict = field(default_factory=dict)  # type → the types it extends
    own_properties: dict = field(default_factory=dict)  # type → {property: [value types]}
    members: dict = field(default_factory=dict)  # type → the type itself and its direct subtypes

    def has_type(self, name):
        return name in self.own_properties

    @cache  # noqa: B019 - one vocabulary per test session, never freed before the process ends
    def properties(self, name):
        """Every property of a type, its own and inherited: {property: [value types]}."""
        found = {}
        for parent in self.parents.get(name, ()):
            found |= self.properties(parent)
        return found | self.own_properties.get(name, {})

    @cache  # noqa: B019
    def subtypes(self, name):
        """The type and every type below it."""
        below = {name}
        for member in self.members.get(name, ()):
            if member != name:
                below |= self.subtypes(member)
        return frozenset(below)

    def is_a(self, name, expected):
        return name in self.subtypes(expected)


@cache
def vocabulary():
    """The vocabulary as the installed schema-dts defines it, or None when it is not installed."""
    if not DEFINITIONS.exists():
        return None
    found = Vocabulary()
    current, leaf = None, None
    for line in DEFINITIONS.read_text().splitlines():
        if base := BASE.match(line):
            current = base[1]
            parents = [part.strip() for part in base[2].split(",")]
            found.parents[current] = [part.removesuffix("Base") for part in parents if part.endswith("Base")]
            found.own_properties[current] = {}
        elif leaf_start := LEAF.match(line):
            leaf = leaf_start
        elif leaf and (named := LEAF_TYPE.match(line)):
            if named[1] != leaf[2]:  # a type with no properties of its own: its parent's
                found.parents[named[1]] = [leaf[2]]
                found.own_properties.setdefault(named[1], {})
            leaf = None
        elif current and (prop := PROPERTY.match(line)):
            found.own_properties[current][prop[1]] = [part.strip() for part in prop[2].split("|")]
        elif union := UNION.match(line):
            members = [part.strip().removesuffix("Leaf") for part in union[2].split("|")]
            found.members[union[1]] = members
        if line == "}":
            current = None
    return found


def problems(data, vocabulary, where="$"):
    """What in one JSON-LD object the vocabulary does not allow: unknown types and properties, and values
    of the wrong type ("$.author[0].url: …"). An empty list for valid data."""
    found = []
    types = data.get("@type")
    types = types if isinstance(types, list) else [types]
    unknown = [name for name in types if not vocabulary.has_type(name)]
    if unknown:
        return [f"{where}: no schema.org type {', '.join(map(str, unknown))}"]
    for name, value in data.items():
        if name.startswith("@"):
            continue
        allowed = next((known[name] for known in map(vocabulary.properties, types) if name in known), None)
        if allowed is None:
            found.append(f"{where}: {'/'.join(types)} has no property {name!r}")
            continue
        values = value if isinstance(value, list) else [value]
        for index, item in enumerate(values):
            place = f"{where}.{name}" + (f"[{index}]" if isinstance(value, list) else "")
            found += value_problems(item, allowed, vocabulary, place)
    return found


def value_problems(value, allowed, vocabulary, where):
    if isinstance(value, dict):
        if set(value) == {"@id"}:
            return []
        named = value.get("@type")
        if not any(vocabulary.is_a(named, expected) for expected in allowed if vocabulary.has_type(expected)):
            return [f"{where}: a {named} where schema.org expects {' or '.join(allowed)}"]
        return problems(value, vocabulary, where)
    if isinstance(value, bool):
        return [] if "Boolean" in allowed else [f"{where}: true/false where schema.org expects {allowed}"]
    if isinstance(value, int | float):
        wrong = not NUMBER_TYPES & set(allowed)
        return [f"{where}: a number where schema.org expects {allowed}"] if wrong else []
    if isinstance(value, str):
        return string_problems(value, allowed, where)
    return [f"{where}: {value!r} is not a JSON-LD value"]


def string_problems(value, allowed, where):
    if STRING_TYPES & set(allowed):
        return []
    # An address where a thing is expected names that thing, as Google reads breadcrumb items.
    if "IdReference" in allowed and value.startswith(("https://", "http://")):
        return []
    for name, parse in DATE_TYPES.items():
        if name in allowed:
            try:
                parse(value)
            except ValueError:
                continue
            return []
    return [f"{where}: text {value!r} where schema.org expects {' or '.join(allowed)}"]
