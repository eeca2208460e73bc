import sys

from mianba.cli import main

sys.exit(main())
