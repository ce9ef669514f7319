from junlite.cli import main

main()
