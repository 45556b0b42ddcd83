"""One resolved options object: command-line flags merged with the project config (`.tipdiff.yaml`), the report
profile resolved once into a Profile, the rule pack and the vocabulary loaded at most once per run.

Every command that compares (compare, batch, history, check) takes an `Options`; nothing below it looks a
setting up again. Precedence: a flag given on the command line, then the config file, then the default.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from tipdiff.cache import ReportCache
from tipdiff.errors import RuleError, UsageError
from tipdiff.facts.vocabulary import Vocabulary, load_vocabulary
from tipdiff.profile import AUTO, Profile, load_profile
from tipdiff.rules_loader import Config, Rule, load_config, load_rules, rule_files, shipped_rules_dir


def resolve_profile(value: str | None, base: Path | None = None) -> Profile | None:
    """A profile name or .yaml path (relative to `base`, the config's folder, when given) -> Profile; None or
    'auto' -> None (each file's series is detected from its text)."""
    if value is None or value == AUTO:
        return None
    if base is not None and Path(value).suffix in (".yaml", ".yml") and not Path(value).is_absolute():
        value = str(base / value)
    return load_profile(value)


@dataclass(frozen=True)
class Options:
    """What a comparison needs to know, resolved once. `profile` None means: detect each file's series."""

    config: Config = field(default_factory=Config)
    profile: Profile | None = None
    rule_dirs: tuple[str, ...] = ()
    use_rules: bool = True
    fail_on: str = "error"
    section: str | None = None
    old_year: int | None = None
    new_year: int | None = None
    use_cache: bool = True  # the parse cache (tipdiff.cache); --no-cache turns it off

    @cached_property
    def cache(self) -> ReportCache | None:
        """Where reports already read are kept (the user's XDG cache folder), or None with --no-cache."""
        return ReportCache() if self.use_cache else None

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        """The shipped pack, then the config's rule folders, then folders from the command line; parsed on
        first use and kept for the rest of the run. Unknown ids under the config's disable/severity are errors."""
        if not self.use_rules:
            return ()
        folders = [shipped_rules_dir()] + [Path(p) for p in self.config.rule_paths + self.rule_dirs]
        loaded = load_rules(folders, self.config, trust_shipped=True)
        check_rule_ids(self.config, folders)
        return tuple(loaded)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The fact layer's word lists (the config's vocabulary file added), read once."""
        return load_vocabulary(self.config.vocabulary)


def check_rule_ids(config: Config, folders: list[Path]) -> None:
    """Every id the config names under `disable` or `severity` must be a rule in the folders (file:line)."""
    known = {rule_id for folder in folders for _, rule_id in rule_files(folder)}
    for key, names in (("disable", config.disable), ("severity", tuple(config.severity))):
        for name in names:
            if name not in known:
                raise RuleError(f"rules.{key}: unknown rule id '{name}'; see `tipdiff rules list` for the ids",
                                path=config.path, line=config.lines.get(f"{key}:{name}"))


def resolve_options(*, config_path: str | None = None, search_from: Path | None = None, profile: str | None = None,
                    rule_dirs: tuple[str, ...] = (), use_rules: bool = True, fail_on: str | None = None,
                    section: str | None = None, old_year: int | None = None,
                    new_year: int | None = None, use_cache: bool = True) -> Options:
    """Flags (None: not given) merged with the config: `config_path`, else the nearest .tipdiff.yaml from
    `search_from` (default: the working folder) upwards, else the defaults."""
    config = load_config(config_path, search_from=search_from)
    base = Path(config.path).parent if config.path else None
    resolved = resolve_profile(profile) if profile is not None else resolve_profile(config.profile, base)
    if section is not None and resolved is not None and section not in resolved.section_names:
        raise UsageError(f"--section: unknown part '{section}'; expected one of: {', '.join(resolved.section_names)}")
    return Options(config=config, profile=resolved, rule_dirs=tuple(rule_dirs), use_rules=use_rules,
                   fail_on=fail_on or config.fail_on, section=section, old_year=old_year, new_year=new_year,
                   use_cache=use_cache)
