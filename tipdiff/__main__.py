"""Allow `python -m tipdiff`."""

import sys

from tipdiff.cli import main

sys.exit(main())
