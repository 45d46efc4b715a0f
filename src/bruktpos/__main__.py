from bruktpos.cli import main

raise SystemExit(main())
