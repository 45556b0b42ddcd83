"""Load rules: YAML files read safely, checked against a JSON Schema and their type's options, ids from paths.

Any broken rule file is an error that names `file:line:column` and what is allowed; the run stops (exit 2).
That policy is deliberate: a rule that silently did not load would make a clean report a lie.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tipdiff.errors import RuleError, TipdiffError
from tipdiff.ruletypes import REGISTRY, placeholders_for
from tipdiff.yamlfile import error_at, node_at, read_yaml, shipped_validator, validate

DEFAULT_BUDGET_SECONDS = 2.0
CONFIG_NAME = ".tipdiff.yaml"


@dataclass(frozen=True)
class Example:
    old: str
    new: str
    expect: str | None
    line: int
    expect_old: str | None = None  # text the finding's old quote must contain (the evidence it rests on)
    expect_new: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    path: str
    line: int
    type: str
    severity: str
    description: str
    message: str
    sections: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict, compare=False)
    fire: tuple[Example, ...] = ()
    quiet: tuple[Example, ...] = ()
    compiled: tuple[Any, ...] = field(default=(), compare=False)  # patterns compiled at load time (phrase rules)
    shipped: bool = False  # from the shipped pack (a report profile's `rules` selects among these)

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Config:
    path: str | None = None
    rule_paths: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict, compare=False)
    fail_on: str = "error"
    vocabulary: str | None = None
    profile: str | None = None
    budget_seconds: float = DEFAULT_BUDGET_SECONDS
    lines: dict[str, int] = field(default_factory=dict, compare=False)  # "disable:ID" / "severity:ID" -> line


@lru_cache(maxsize=64)
def _validator(schema_key: str) -> Any:
    """The shipped rule schema (a file name) or a rule type's options schema (the type's name)."""
    if schema_key.endswith(".json"):
        return shipped_validator(schema_key)
    from jsonschema import Draft202012Validator

    return Draft202012Validator(REGISTRY[schema_key].OPTIONS)


def _read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """A rule or config file, safe and bounded (tipdiff.yamlfile)."""
    return read_yaml(path, RuleError)


def _line(node: yaml.Node | None) -> int:
    """The 1-based line a node starts on (1 when there is none)."""
    return node.start_mark.line + 1 if node is not None else 1


def _error(path: Path, node: yaml.Node | None, message: str) -> TipdiffError:
    return error_at(RuleError, str(path), node, message)


def _validate(data: Any, schema_key: str, path: Path, root: yaml.Node | None, prefix: tuple[Any, ...] = ()) -> None:
    """Check data against a shipped schema (a file name) or a rule type's options (the type's name)."""
    validate(data, _validator(schema_key), str(path), root, RuleError, prefix)


def parse_rule(path: Path, rule_id: str, *, trusted: bool = False) -> Rule:
    """One rule file. `trusted` (the shipped pack, checked by CI and `tipdiff rules validate`) skips the JSON
    Schema pass, which costs a tenth of a second of imports on every run; everything else is still checked."""
    data, root = _read_yaml(path)
    if not isinstance(data, dict):
        raise _error(path, root, "expected a mapping with description, type, severity and message")
    if not trusted:
        _validate(data, "rule.schema.json", path, root)
    if "id" in data and data["id"] != rule_id:
        raise _error(path, node_at(root, ["id"]), f"id '{data['id']}' does not match its path ('{rule_id}'); "
                     "the id is the file's path under the rules directory, so leave it out or make them agree")
    rule_type = data["type"]
    if rule_type not in REGISTRY:
        raise _error(path, node_at(root, ["type"]),
                     f"unknown rule type '{rule_type}'; expected one of: {', '.join(sorted(REGISTRY))}")
    module = REGISTRY[rule_type]
    options = data.get("options", {})
    if not trusted:
        _validate(options, rule_type, path, root, prefix=("options",))
    allowed = placeholders_for(rule_type)
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(data["message"]) if f is not None]
    except ValueError as exc:
        raise _error(path, node_at(root, ["message"]), f"message is not a valid template ({exc}); write "
                     "placeholders as {name} and a literal brace as {{ or }}") from None
    for name in fields:
        if name not in allowed:
            raise _error(path, node_at(root, ["message"]),
                         f"unknown placeholder {{{name}}} in message; allowed: {', '.join(allowed)}")
    compiled: tuple[Any, ...] = ()
    if hasattr(module, "compile_terms"):
        try:
            compiled = tuple(module.compile_terms(options))
        except Exception as exc:  # noqa: BLE001 -- regex.error and friends: the pattern itself is wrong
            raise _error(path, node_at(root, ["options", "terms"]), f"options.terms: not a valid regular "
                         f"expression ({exc})") from None

    def examples(kind: str) -> tuple[Example, ...]:
        items = (data.get("tests") or {}).get(kind, [])
        return tuple(Example(e["old"], e["new"], e.get("expect"), _line(node_at(root, ["tests", kind, i])),
                             e.get("expect_old"), e.get("expect_new"))
                     for i, e in enumerate(items))

    return Rule(id=rule_id, path=str(path), line=1, type=rule_type, severity=data["severity"],
                description=data["description"], message=data["message"], sections=tuple(data.get("sections", ())),
                options=options, fire=examples("fire"), quiet=examples("quiet"), compiled=compiled)


def shipped_rules_dir() -> Path:
    return Path(str(resources.files("tipdiff.pack")))


def rule_files(folder: Path) -> list[tuple[Path, str]]:
    """(file, rule id) for every *.yaml below the folder, in a stable order."""
    if not folder.is_dir():
        raise RuleError("is not a rules directory", path=str(folder))
    # not only regular files: a FIFO named x.yaml is refused by read_yaml, never skipped quietly
    files = sorted(p for p in folder.rglob("*.y*ml") if p.suffix in (".yaml", ".yml") and not p.is_dir())
    found: dict[str, Path] = {}
    for path in files:
        rule_id = path.relative_to(folder).with_suffix("").as_posix()
        if rule_id in found:
            raise RuleError(f"{found[rule_id]} and {path} both define rule '{rule_id}'; keep one of them "
                            "(a rule's id is its path without the extension)")
        found[rule_id] = path
    return [(path, rule_id) for rule_id, path in found.items()]


def load_rules(folders: list[Path], config: Config | None = None, *, collect: list[RuleError] | None = None,
               trust_shipped: bool = False) -> list[Rule]:
    """Rules from the folders, with the config's disables and severities applied. With `collect`, every
    broken file is gathered there (for `rules validate`) instead of stopping at the first."""
    config = config or Config()
    rules: dict[str, Rule] = {}
    shipped = shipped_rules_dir().resolve()
    for folder in folders:
        trusted = trust_shipped and folder.resolve() == shipped
        for path, rule_id in rule_files(folder):
            try:
                rule = parse_rule(path, rule_id, trusted=trusted)
            except RuleError as exc:
                if collect is None:
                    raise
                collect.append(exc)
                continue
            if rule_id in config.disable:
                continue
            if rule_id in config.severity:
                rule = Rule(**{**rule.__dict__, "severity": config.severity[rule_id]})
            if folder.resolve() == shipped:
                rule = Rule(**{**rule.__dict__, "shipped": True})
            rules[rule_id] = rule  # a later folder overrides a rule of the same id
    return [rules[k] for k in sorted(rules)]


def find_config(start: Path) -> Path | None:
    """The nearest `.tipdiff.yaml` in `start` or a folder above it (as yamllint and pre-commit look), or None."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / CONFIG_NAME
        if path.exists() and not path.is_dir():  # a FIFO or device here is refused when read, never skipped
            return path
    return None


def load_config(path: str | None, *, search_from: Path | None = None) -> Config:
    """The project config: the given file, else the nearest .tipdiff.yaml from `search_from` (default: the
    working folder) upwards, else defaults."""
    if path is None:
        found = find_config(search_from or Path.cwd())
        if found is None:
            return Config()
        file = found
    else:
        file = Path(path)
        if not file.exists():  # anything else (a folder, a FIFO) is refused by read_yaml, saying what it is
            raise RuleError("no such config file", path=path)
    data, root = _read_yaml(file)
    data = data or {}
    if not isinstance(data, dict):
        raise _error(file, root, "expected a mapping (profile, fail_on, vocabulary, rules)")
    _validate(data, "config.schema.json", file, root)
    rules = data.get("rules") or {}
    base = file.parent

    def resolve(value: str) -> str:
        return str((base / value).resolve()) if not Path(value).is_absolute() else value

    lines: dict[str, int] = {}
    for key in ("disable", "severity"):
        node = node_at(root, ["rules", key])
        if isinstance(node, yaml.SequenceNode):
            lines.update((f"{key}:{item.value}", item.start_mark.line + 1) for item in node.value)
        elif isinstance(node, yaml.MappingNode):
            lines.update((f"{key}:{name.value}", name.start_mark.line + 1) for name, _ in node.value)
    return Config(path=str(file), rule_paths=tuple(resolve(p) for p in rules.get("paths", ())), lines=lines,
                  disable=tuple(rules.get("disable", ())), severity=dict(rules.get("severity", {})),
                  fail_on=data.get("fail_on", "error"),
                  vocabulary=resolve(data["vocabulary"]) if data.get("vocabulary") else None,
                  profile=data.get("profile"), budget_seconds=float(rules.get("budget_seconds", DEFAULT_BUDGET_SECONDS)))
