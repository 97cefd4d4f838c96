from openklachten.cli import main

main()
