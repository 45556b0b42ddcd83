from tipdiff.diff import _engine, apply_ops, word_diff


def test_word_diff_rebuilds_both_sides_and_marks_only_the_figures() -> None:
    old = "Courts convicted 125 traffickers (129 in 2017)."
    new = "Courts convicted 40 traffickers (125 in 2018)."
    ops = word_diff(old, new)
    assert apply_ops(ops, "old") == old and apply_ops(ops, "new") == new
    assert [op.text for op in ops if op.op == -1] == ["125", "129", "2017"]
    assert [op.text for op in ops if op.op == 1] == ["40", "125", "2018"]


def test_long_sentences_are_diffed_completely_not_cut_off_by_a_timeout() -> None:
    assert _engine().Diff_Timeout == 0
    words = [f"w{i}" for i in range(20000)]
    changed = list(words)
    for i in range(0, 20000, 997):
        changed[i] = f"x{i}"
    ops = word_diff(" ".join(words), " ".join(changed))
    assert apply_ops(ops) == " ".join(changed)
    assert sum(1 for op in ops if op.op == 1) == len(range(0, 20000, 997))
