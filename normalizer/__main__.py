import sys

from normalizer.cli import main

sys.exit(main())
