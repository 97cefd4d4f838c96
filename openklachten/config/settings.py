"""Django settings. Everything configurable is declared in config.env with a default and help text."""

from pathlib import Path

import dj_database_url

from openklachten.config.env import declare, declare_bool, declare_int, declare_path

PACKAGE_DIR = Path(__file__).resolve().parent.parent

DATA_DIR = declare_path(
    "OPENKLACHTEN_DATA_DIR",
    "var",
    "Map voor de SQLite-database, de analytische leesopslag (DuckDB/Parquet) en exports.",
)
DATA_DIR.mkdir(parents=True, exist_ok=True)

SECRET_KEY = declare(
    "SECRET_KEY",
    "dev-only-not-secret-change-me",
    "Django-geheim voor sessies en CSRF. Zet in productie een lange willekeurige waarde.",
)
LINK_SECRET = declare(
    "OPENKLACHTEN_LINK_SECRET",
    "dev-only-link-secret-change-me",
    "Geheim voor de gesleutelde hash waarmee eerste- en tweedelijnsklachten worden gekoppeld "
    "zonder zaaknummers te publiceren. Wijzig nooit na de eerste publicatie.",
)
DEBUG = declare_bool("DEBUG", False, "Django-debugmodus; nooit aan in productie.")
ALLOWED_HOSTS = [
    h.strip()
    for h in declare(
        "ALLOWED_HOSTS", "127.0.0.1,localhost,testserver", "Komma-gescheiden hostnamen die de site bedient."
    ).split(",")
    if h.strip()
]
CSRF_TRUSTED_ORIGINS = [
    o.strip()
    for o in declare("CSRF_TRUSTED_ORIGINS", "", "Komma-gescheiden origins voor formulieren achter een proxy.").split(",")
    if o.strip()
]

DATABASES = {
    "default": dj_database_url.parse(
        declare(
            "DATABASE_URL",
            "",
            "Database-URL, bv. `postgres://user@host/openklachten`. Leeg: SQLite in OPENKLACHTEN_DATA_DIR.",
        )
        or f"sqlite:///{DATA_DIR / 'openklachten.sqlite3'}",
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL lets the public site read while an import writes; the timeout rides out short write locks.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

READMODEL_PATH = declare_path(
    "OPENKLACHTEN_READMODEL_PATH",
    str(DATA_DIR / "readmodel"),
    "Map van de analytische leesopslag (Parquet + DuckDB), opnieuw opgebouwd bij elke publicatie.",
)
GEO_DIR = declare_path(
    "OPENKLACHTEN_GEO_DIR",
    "",
    "Map met CBS-gemeentegrenzen (`gemeenten-*.topojson`) en inwonertallen (`gemeenten-inwoners.csv`). "
    "Leeg: de kaart valt terug op een tabel.",
)
K_ANONYMITY = declare_int(
    "OPENKLACHTEN_K",
    5,
    "Minimale groepsgrootte k: combinaties van woonplaats, leeftijdsgroep en type klager die minder "
    "dan k klachten beschrijven worden gegeneraliseerd of onderdrukt.",
)
EXCLUSIONS = declare(
    "OPENKLACHTEN_EXCLUSIONS",
    "jeugd",
    "Uitsluitingsregels (komma-gescheiden): de vrije tekst van klachten die eraan voldoen wordt niet "
    "gepubliceerd, maar telt wel mee in de statistiek. `jeugd` (Iv3 6.72–6.82 of een jeugdthema), "
    "`iv3:<van>-<tot>`, `thema:<code>`; leeg = niets uitsluiten.",
)
STALE_AFTER_DAYS = declare_int(
    "OPENKLACHTEN_STALE_AFTER_DAYS",
    60,
    "Na zoveel dagen zonder nieuwe aanlevering krijgt een organisatie de markering 'verouderd'.",
)
QUARANTINE_DAYS = declare_int(
    "OPENKLACHTEN_QUARANTINE_DAYS",
    30,
    "Ruwe tekst in de reviewquarantaine wordt uiterlijk na zoveel dagen gewist.",
)
API_RATE_LIMIT = declare(
    "OPENKLACHTEN_API_RATE_LIMIT",
    "120/minute",
    "Maximaal aantal API-verzoeken per anoniem IP-adres (bulkbestanden tellen niet mee).",
)
PUBLIC_BASE_URL = declare(
    "OPENKLACHTEN_BASE_URL",
    "http://127.0.0.1:8000",
    "Publieke basis-URL, gebruikt in DCAT-metadata en downloadlinks.",
)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "drf_spectacular",
    "openklachten.standard",
    "openklachten.intake",
    "openklachten.anonymisation",
    "openklachten.registry",
    "openklachten.publication.site",
    "openklachten.publication.api",
    "openklachten.publication.exports",
    "openklachten.publication.dcat",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Compresses what the layers below return (public HTML/JSON only); WhiteNoise serves static files pre-compressed.
    "openklachten.publication.site.compression.PublicGZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A read model left stale by a failed rebuild after a withdrawal is never served (503 instead).
    "openklachten.publication.readmodel.middleware.StaleReadModelMiddleware",
]

ROOT_URLCONF = "openklachten.config.urls"
WSGI_APPLICATION = "openklachten.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
LOGIN_URL = "/aanleveren/inloggen/"
LOGIN_REDIRECT_URL = "/aanleveren/"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise warns at start-up when it is missing
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DATA_UPLOAD_MAX_MEMORY_SIZE = 50 * 1024 * 1024  # a year of complaints of a large gemeente fits
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Open Klachten API",
    "DESCRIPTION": "Geanonimiseerde klachtoordelen van Nederlandse overheidsorganisaties als open data.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr"}},
    "root": {"handlers": ["stderr"], "level": declare("LOG_LEVEL", "WARNING", "Logniveau (stderr).")},
}
