"""Every YAML file tipdiff reads (rules, `.tipdiff.yaml`, report profiles, vocabularies) goes through here.

Safe: PyYAML's safe loader (libyaml's when present), so no tag builds a Python object. Bounded: the file is a
regular file of at most MAX_YAML_BYTES; its node tree is measured before anything is built or validated:
at most MAX_ALIASES alias uses, at most MAX_NODES nodes counted with every alias expanded, no alias that
contains itself, nesting at most MAX_DEPTH deep. A "billion laughs" file is refused after composing a few
dozen nodes. Error messages are built from marks (file:line:column) and the schema, never from the expanded
data. Validation is against a shipped JSON Schema (tipdiff/schemas/*.json).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tipdiff.errors import TipdiffError
from tipdiff.files import read_regular
from tipdiff.wording import count

MAX_YAML_BYTES = 1024 * 1024  # the largest shipped YAML file is a few KB
MAX_ALIASES = 100
MAX_NODES = 100_000  # with aliases expanded
MAX_DEPTH = 64

# libyaml's safe loader when PyYAML has it (several times faster), the pure-Python one otherwise: both safe.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _place(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def check_bounds(root: yaml.Node, source: str, error: type[TipdiffError]) -> None:
    """Refuse a node tree that expands past the bounds (aliases are shared nodes in PyYAML's tree)."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    aliases = 0
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            if sizes[key] > MAX_NODES:
                line, column = _place(node)
                raise error(f"this YAML expands to more than {MAX_NODES:,} values through aliases "
                            "(an alias bomb?); write the values out", path=source, line=line, column=column)
            continue
        if key in on_path:
            line, column = _place(node)
            raise error("an alias refers to a node that contains it (a recursive alias); expected plain data",
                        path=source, line=line, column=column)
        if key in sizes:
            aliases += 1
            if aliases > MAX_ALIASES:
                line, column = _place(node)
                raise error(f"more than {MAX_ALIASES} aliases (*name); expected plain data", path=source,
                            line=line, column=column)
            continue
        if depth > MAX_DEPTH:
            line, column = _place(node)
            raise error(f"nested more than {MAX_DEPTH} levels deep; expected a flat configuration", path=source,
                        line=line, column=column)
        on_path.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in reversed(_children(node)))


def parse_yaml(text: str, source: str, error: type[TipdiffError]) -> tuple[Any, yaml.Node | None]:
    """(data, root node) of one YAML document, bounded (see the module docstring); errors at file:line:col."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, None
            check_bounds(node, source, error)
            return loader.construct_document(node), node
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"not valid YAML: {problem}", path=source, line=mark.line + 1 if mark else None,
                    column=mark.column + 1 if mark else None) from None
    except RecursionError:
        raise error(f"nested too deeply; expected at most {MAX_DEPTH} levels", path=source) from None


def decode_yaml(data: bytes, source: str, error: type[TipdiffError]) -> str:
    """UTF-8 text (a BOM is allowed); anything else is an error at the line and column of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise error(f"is not UTF-8 text (byte 0x{data[exc.start]:02x}); expected a UTF-8 YAML file", path=source,
                    line=line, column=column) from None


def read_yaml(path: Path, error: type[TipdiffError]) -> tuple[Any, yaml.Node | None]:
    """(data, root node) of a YAML file: a regular UTF-8 file of at most MAX_YAML_BYTES, bounded."""
    data = read_regular(path, MAX_YAML_BYTES, error, expected="a YAML file",
                        too_big=f"expected a YAML file under {MAX_YAML_BYTES // 1024} KB")
    return parse_yaml(decode_yaml(data, str(path), error), str(path), error)


def node_at(node: yaml.Node | None, path: list[Any], *, key: bool = False) -> yaml.Node | None:
    """The YAML node at a JSON path (or the key node of its last step), for file:line:column."""
    for step in path:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == step), None)
            if pair is None:
                return node
            node = pair[0] if key and step == path[-1] else pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            return node
    return node


def error_at(error: type[TipdiffError], source: str, node: yaml.Node | None, message: str) -> TipdiffError:
    mark = node.start_mark if node is not None else None
    return error(message, path=source, line=mark.line + 1 if mark else None,
                 column=mark.column + 1 if mark else None)


@cache
def shipped_schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(resources.files("tipdiff").joinpath(f"schemas/{name}")
                                        .read_text(encoding="utf-8"))
    return schema


_TYPE_WORDS = {"string": "text", "array": "a list", "object": "a mapping", "integer": "a whole number",
               "number": "a number", "boolean": "true or false", "null": "nothing"}


def kind_of(value: Any) -> str:
    """What a YAML value is, in words (never its contents, which may be large)."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "a " + type(value).__name__


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value) if isinstance(value, (str, int, float, bool)) or value is None else kind_of(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def schema_message(error: Any, root: yaml.Node | None, where: list[Any]) -> tuple[str, yaml.Node | None]:
    """A one-line message for a jsonschema error and the node it is about; built from the schema and the
    shape of the value, never from a (possibly huge) repr of it."""
    node = node_at(root, where)
    validator, expected = error.validator, error.validator_value
    if validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted((k for k in error.instance if k not in allowed), key=str)
        if extra:
            return (f"unknown key {_short(extra[0])}; allowed: {', '.join(allowed)}",
                    node_at(root, where + [extra[0]], key=True))
    if validator == "type":
        names = expected if isinstance(expected, list) else [expected]
        return f"expected {' or '.join(_TYPE_WORDS.get(str(n), str(n)) for n in names)}, found {kind_of(error.instance)}", node
    if validator == "enum":
        return f"{_short(error.instance)} is not allowed; expected one of: {', '.join(map(str, expected))}", node
    if validator == "required":
        missing = [name for name in expected if isinstance(error.instance, dict) and name not in error.instance]
        return f"{_short(missing[0] if missing else expected[0])} is required", node
    limits = {"minimum": "{value} is below the minimum {limit}", "maximum": "{value} is above the maximum {limit}",
              "exclusiveMinimum": "{value} is not above {limit}", "exclusiveMaximum": "{value} is not below {limit}"}
    if validator in limits:
        return limits[validator].format(value=_short(error.instance), limit=expected), node
    sizes = {"minItems": ("at least", "item"), "maxItems": ("at most", "item"), "minLength": ("at least", "character"),
             "maxLength": ("at most", "character"), "minProperties": ("at least", "key")}
    if validator in sizes and isinstance(expected, int):
        bound, unit = sizes[validator]
        return f"expected {bound} {count(expected, unit, digits=True)}", node
    if validator == "pattern":
        return f"{_short(error.instance)} does not match {expected!r}", node
    return f"{kind_of(error.instance)} is not valid here ({validator})", node


@cache
def shipped_validator(name: str) -> Any:
    """A validator for a shipped schema (jsonschema is imported only when a user's file is checked)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(shipped_schema(name))


def validate(data: Any, validator: Any, source: str, root: yaml.Node | None, error: type[TipdiffError],
             prefix: tuple[Any, ...] = ()) -> None:
    """Check data with a jsonschema validator; the best error is raised at its file:line:column."""
    from jsonschema.exceptions import best_match

    found = best_match(validator.iter_errors(data))
    if found is None:
        return
    where = list(prefix) + list(found.absolute_path)
    message, node = schema_message(found, root, where)
    label = ".".join(str(p) for p in where)
    raise error_at(error, source, node, f"{label}: {message}" if label else message)
