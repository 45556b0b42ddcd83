"""The shipped profiles and fact vocabulary are trusted: their patterns are compiled when first used, not when
loaded (tipdiff.patterns). This checks each of them as a user's file is checked: schema, every pattern compiled
at once, the named groups present; and that a lazily compiled pattern still runs under the time budget."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from tipdiff.errors import InputError, RuleError
from tipdiff.facts.vocabulary import build_vocabulary, load_vocabulary
from tipdiff.patterns import PatternBudgetError, compile_pattern
from tipdiff.profile import available_profiles, load_profile, parse_profile


@pytest.mark.parametrize("name", available_profiles())
def test_each_shipped_profile_passes_the_checks_a_users_profile_gets(name: str) -> None:
    text = resources.files("tipdiff").joinpath(f"profiles/{name}.yaml").read_text(encoding="utf-8")
    checked = parse_profile(text, f"{name}.yaml", trusted=False)
    assert (checked.name, checked.digest) == (load_profile(name).name, load_profile(name).digest)
    for pattern in (*checked.chrome, *checked.country, *checked.tier, *checked.year, *checked.running_headers):
        assert pattern.compiled is not None


def test_the_shipped_vocabulary_compiles_as_a_users_would() -> None:
    data = yaml.safe_load(resources.files("tipdiff").joinpath("data/facts.yaml").read_text(encoding="utf-8"))
    checked = build_vocabulary(data, "facts.yaml", trusted=False)
    lazy = load_vocabulary()
    assert [f.words.pattern for f in checked.figures] == [f.words.pattern for f in lazy.figures]
    assert all(f.words.compiled is not None for f in lazy.figures)


def test_a_lazy_pattern_is_still_checked_and_still_under_the_budget() -> None:
    with pytest.raises(RuleError, match="is not a valid regular expression"):
        compile_pattern("(unclosed", "mine.yaml", 3)
    broken = compile_pattern("(unclosed", "mine.yaml", 3, lazy=True, error=InputError)
    with pytest.raises(InputError, match="mine.yaml:3"):
        broken.search("text")
    slow = compile_pattern(r"(a|aa)+b", "mine.yaml", 4, lazy=True)
    slow.budget = 0.05
    with pytest.raises(PatternBudgetError, match="time budget"):
        slow.search("a" * 40)
