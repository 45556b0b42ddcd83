"""`tipdiff rules list | validate | test`: the rule pack's own commands (see docs/rules.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from tipdiff.cli.common import Commands, add_rules_options
from tipdiff.errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, RuleError
from tipdiff.rule_tests import run_rule_tests, untested
from tipdiff.rules_loader import Config, load_config, load_rules, shipped_rules_dir
from tipdiff.wording import count


def _folders(args: argparse.Namespace) -> tuple[list[Path], Config]:
    config = load_config(args.config)
    if args.dirs:
        return [Path(d) for d in args.dirs], config
    return [shipped_rules_dir()] + [Path(p) for p in config.rule_paths + tuple(args.rules)], config


def cmd_rules_list(args: argparse.Namespace) -> int:
    folders, config = _folders(args)
    for rule in load_rules(folders, config):
        print(f"{rule.id:32} {rule.severity:8} {rule.type:15} {rule.description}")
    return EXIT_CLEAN


def cmd_rules_validate(args: argparse.Namespace) -> int:
    folders, config = _folders(args)
    errors: list[RuleError] = []
    rules = load_rules(folders, config, collect=errors)
    for error in errors:
        print(f"error: {error.one_line()}")
    print(f"{count(len(rules), 'rule', digits=True)} valid, {count(len(errors), 'file', digits=True)} with errors")
    return EXIT_USAGE if errors else EXIT_CLEAN


def cmd_rules_test(args: argparse.Namespace) -> int:
    folders, config = _folders(args)
    rules = load_rules(folders, config)
    outcomes = run_rule_tests(rules)
    missing = untested(rules)
    for outcome in outcomes:
        if not outcome.passed or args.verbose:
            print(f"{'ok  ' if outcome.passed else 'FAIL'} {outcome.where} {outcome.rule} [{outcome.kind}]: {outcome.detail}")
    for rule in missing:
        print(f"FAIL {rule.where} {rule.id}: needs at least one 'fire' and one 'quiet' example under tests:")
    failed = sum(1 for o in outcomes if not o.passed) + len(missing)
    print(f"{len(outcomes) - sum(1 for o in outcomes if not o.passed)} passed, {failed} failed "
          f"({count(len(rules), 'rule', digits=True)})")
    return EXIT_FINDINGS if failed else EXIT_CLEAN


def add_rules_parser(commands: Commands) -> None:
    rules = commands.add_parser("rules", help="list, validate and test rules",
                                description="Work with rules: the shipped pack, the config's folders, or DIRs.")
    verbs = rules.add_subparsers(dest="verb", metavar="VERB", parser_class=type(rules), required=True)
    for name, func, text in (("list", cmd_rules_list, "list the rules that would run"),
                             ("validate", cmd_rules_validate, "check rule files; print every error as file:line:col"),
                             ("test", cmd_rules_test, "run each rule's fire / quiet examples")):
        verb = verbs.add_parser(name, help=text, description=text)
        verb.add_argument("dirs", metavar="DIR", nargs="*", help="rule folders (default: shipped + config)")
        add_rules_options(verb)
        if name == "test":
            verb.add_argument("-v", "--verbose", action="store_true", help="show passing examples too")
        verb.set_defaults(run=func)
