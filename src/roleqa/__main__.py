from roleqa.cli import main

main()
