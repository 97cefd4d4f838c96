"""The `openklachten` command: Django's management commands with our settings.

Commands that touch the database migrate it first, so a user never runs a separate migrate step.
Commands that serve the site or change what is published refuse to start with a public default
secret unless DEBUG is on; `demo` first generates its own random secrets into the data directory.
Commands that only read files or stdin (validate, anonymize, standard) skip Django's database
entirely, which keeps their start-up fast and their stdout clean; `anonymize` does not even set up Django
(no apps, no URL checks), so a batch starts in well under a second.
"""

import os
import sys

# Commands that never touch the database: no migration before them.
NO_DATABASE = {
    "validate",
    "bench_validate",
    "bench_dashboard",
    "bench_exports",
    "bench_delivery_api",  # its phases make and migrate databases of their own
    "bench_readmodel",
    "bench_load",  # its throw-away server has a registry of its own
    "anonymize",
    "standard",
    "regenerate",
    "help",
    "version",
    "--help",
    "-h",
    "--version",
    "makemigrations",
    "envdocs",
    "geo",
    "eval_anonymisation",
    "check",
}

# Commands that serve or change published data: a public default secret would give away the keyed hashes.
REQUIRES_SECRETS = {"serve", "worker", "import"}


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openklachten.config.settings")
    command = argv[1] if len(argv) > 1 else "help"
    if command == "anonymize":
        _anonymize_without_django(argv[2:])
    from openklachten.config import secret_keys

    if command == "demo":  # before the settings read them: the demo needs no configuration
        secret_keys.generate(secret_keys.data_dir_from_environment())
    import django

    django.setup()
    from django.core.management import call_command, execute_from_command_line

    if command in REQUIRES_SECRETS:
        try:
            secret_keys.refuse_default_secrets()
        except secret_keys.DefaultSecret as refusal:
            print(refusal, file=sys.stderr)
            sys.exit(1)
    if command not in NO_DATABASE and command != "migrate":
        call_command("migrate", verbosity=0, interactive=False)
        # The database cache (API limit, login lockout) needs its table; idempotent and quick.
        call_command("createcachetable", verbosity=0)
    execute_from_command_line(argv)


def _anonymize_without_django(args: list[str]) -> None:
    """Run `anonymize` straight away when it has only its own options; otherwise return to the Django path."""
    from openklachten.anonymisation import jsonlines

    options = jsonlines.fast_arguments(args)
    if options is not None:
        sys.exit(jsonlines.run(sys.stdin, sys.stdout, sys.stderr, processes=options.processes))


if __name__ == "__main__":
    main()
