"""The shipped rule pack (installed as tipdiff.pack): YAML rules, one file per rule."""
