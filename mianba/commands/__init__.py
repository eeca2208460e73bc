"""One module per `mianba` sub-command; each exposes register(subparsers)."""
