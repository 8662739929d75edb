"""``python -m corpus_tools``: the command line, as ``corpus-tools``."""

from corpus_tools.cli import main

if __name__ == "__main__":
    main()
