import os
import sys

from generator.cli import main

code = main()
sys.stdout.flush()
sys.stderr.flush()
# A build leaves millions of small objects; freeing them one by one at exit
# takes longer than some rebuilds. Everything is written and flushed by now.
os._exit(code)
