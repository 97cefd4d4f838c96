"""Django settings. Everything configurable is declared in config.env with a default and help text."""

from pathlib import Path

import dj_database_url

from openklachten.config import secret_keys
from openklachten.config.env import declare, declare_bool, declare_int, declare_path

PACKAGE_DIR = Path(__file__).resolve().parent.parent

DATA_DIR = declare_path(
    "OPENKLACHTEN_DATA_DIR",
    secret_keys.DATA_DIR_DEFAULT,
    "Map voor de SQLite-database, de analytische leesopslag (DuckDB/Parquet) en exports.",
)
DATA_DIR.mkdir(parents=True, exist_ok=True)

# Both secrets: environment first, then the pair `openklachten demo` generated into DATA_DIR, then a public
# development default that serve/worker/import refuse unless DEBUG is on (config/secret_keys.py).
SECRET_KEY = secret_keys.resolve(
    "SECRET_KEY",
    declare(
        "SECRET_KEY",
        secret_keys.DEFAULT_SECRET_KEY,
        "Django-geheim voor sessies en CSRF. Verplicht in productie (lange willekeurige waarde): `serve`, "
        "`worker` en `import` weigeren te starten met de standaardwaarde tenzij DEBUG aan staat. Zonder "
        "instelling gebruikt het platform de geheimen die `openklachten demo` aanmaakte in "
        "`$OPENKLACHTEN_DATA_DIR/geheimen.json`. Wisselen mag: alleen sessies en formulieren vervallen "
        "(iedereen logt opnieuw in).",
    ),
    DATA_DIR,
)
SECRET_KEY_FALLBACKS = [
    key.strip()
    for key in declare(
        "SECRET_KEY_FALLBACKS",
        "",
        "Komma-gescheiden vorige waarden van SECRET_KEY, alleen tijdens het wisselen: sessies en formulieren "
        "die daarmee ondertekend zijn blijven geldig tot ze verlopen. Zie 'Geheimen wisselen' hieronder.",
    ).split(",")
    if key.strip()
]
LINK_SECRET = secret_keys.resolve(
    "OPENKLACHTEN_LINK_SECRET",
    declare(
        "OPENKLACHTEN_LINK_SECRET",
        secret_keys.DEFAULT_LINK_SECRET,
        "Geheim voor de gesleutelde hash (HMAC) waarmee eerste- en tweedelijnsklachten worden gekoppeld "
        "zonder zaaknummers te publiceren; ook de publieke id's volgen eruit. Verplicht in productie (zoals "
        "SECRET_KEY). Wijzig nooit na de eerste publicatie: alle sleutels en publieke id's zouden veranderen.",
    ),
    DATA_DIR,
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
    for o in declare("CSRF_TRUSTED_ORIGINS", "", "Komma-gescheiden origins voor formulieren achter een proxy.").split(
        ","
    )
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
    # IMMEDIATE: a transaction takes the write lock when it begins, so what it reads stays true until it
    # commits (registry/locking.py); a deferred one would fail with "database is locked" when it first
    # writes after another connection committed, without waiting for the timeout.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

READMODEL_PATH = declare_path(
    "OPENKLACHTEN_READMODEL_PATH",
    str(DATA_DIR / "readmodel"),
    "Map van de analytische leesopslag (Parquet + DuckDB), opnieuw opgebouwd bij elke publicatie.",
)
READMODEL_REBUILD = declare(
    "OPENKLACHTEN_READMODEL_REBUILD",
    "achtergrond",
    "`achtergrond`: een wijziging via de website zet het opnieuw opbouwen van de leesopslag in de wachtrij "
    "(één achtergrondthread per proces, opeenvolgende verzoeken samengevoegd); commando's bouwen direct. "
    "`direct`: altijd in de vragende thread (tests, scripts).",
)
if READMODEL_REBUILD not in ("achtergrond", "direct"):
    raise ValueError("OPENKLACHTEN_READMODEL_REBUILD moet 'achtergrond' of 'direct' zijn.")
READMODEL_INCREMENTAL = declare_bool(
    "OPENKLACHTEN_READMODEL_INCREMENTAL",
    True,
    "Bouw de leesopslag na een wijziging incrementeel: alleen de gewijzigde organisaties worden opnieuw uit "
    "het register gelezen, de rest wordt uit de vorige generatie overgenomen (valt terug op volledig wanneer "
    "dat niet veilig kan). `0`: altijd volledig.",
)
READMODEL_BUILD_MEMORY = declare(
    "OPENKLACHTEN_READMODEL_BUILD_MEMORY",
    "",
    "Geheugengrens van DuckDB bij het opbouwen van de leesopslag (bv. `4GB`); wat niet past, gaat naar "
    "tijdelijke bestanden in `$OPENKLACHTEN_DATA_DIR/tmp/`. Leeg: de helft van het geheugen van de machine, "
    "hoogstens 3,5 GB (1 miljoen klachten bouwen binnen 2 GB, docs/deploy.md).",
)
READMODEL_BUILD_THREADS = declare_int(
    "OPENKLACHTEN_READMODEL_BUILD_THREADS",
    2,
    "Threads van DuckDB bij het opbouwen van de leesopslag (meer threads: sneller, maar meer geheugen en "
    "minder rekentijd voor de website op dezelfde machine).",
)
GEO_DIR = declare_path(
    "OPENKLACHTEN_GEO_DIR",
    "",
    "Map met CBS-gemeentegrenzen (`gemeenten-*.topojson`) en inwonertallen (`gemeenten-inwoners.csv`). "
    "Leeg: een met `openklachten geo import` geladen jaar, anders de meegeleverde bestanden (grenzen 2025, "
    "inwoners 1-1-2024). Gezet: alleen deze map (zonder bestanden valt de kaart terug op een tabel).",
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

# Background jobs (imports, scheduled syncs): Django's Tasks API (the django-tasks backport until
# Django 6) with the database backend, so SQLite and PostgreSQL both work without a broker.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
SERVE_WORKER = declare(
    "OPENKLACHTEN_SERVE_WORKER",
    "auto",
    "Of `openklachten serve` zelf een achtergrondwerker start (imports, geplande synchronisaties): "
    "`auto` (alleen met SQLite, de ingebouwde standaard), `ja` of `nee`. Met PostgreSQL draait u in "
    "productie `openklachten worker` als eigen proces.",
)
UPLOAD_DIR = declare_path(
    "OPENKLACHTEN_UPLOAD_DIR",
    str(DATA_DIR / "aanleveringen"),
    "Map waar een aangeleverd bestand wacht tot de achtergrondtaak het importeert; het wordt daarna gewist.",
)
HTTPS = declare_bool(
    "OPENKLACHTEN_HTTPS",
    False,
    "De site draait achter HTTPS (een reverse proxy die `X-Forwarded-Proto: https` zet): HSTS, alleen "
    "beveiligde cookies en doorsturen naar HTTPS. Aan in productie.",
)
TRUSTED_PROXIES = declare_int(
    "OPENKLACHTEN_TRUSTED_PROXIES",
    0,
    "Aantal eigen reverse proxies vóór de site. Het IP-adres van de bezoeker (API-limiet, inlogblokkade) komt "
    "alleen zover uit `X-Forwarded-For`; 0 = het verbindingsadres, de header wordt genegeerd.",
)
REDIS_URL = declare(
    "REDIS_URL",
    "",
    "Redis voor de gedeelde cache (API-limiet over alle processen). Leeg: de databasecache.",
)
ACCESS_LOG = declare_bool(
    "OPENKLACHTEN_ACCESS_LOG",
    False,
    "Toegangslog van `openklachten serve` naar stdout: methode, pad (zonder zoekvraag), status, grootte, duur; "
    "nooit IP-adres, zoekterm, referrer of browser.",
)
PAGE_CACHE_MB = declare_int(
    "OPENKLACHTEN_PAGE_CACHE_MB",
    64,
    "Geheugen per serverproces voor kant-en-klare openbare pagina's (per versie van de leesopslag); 0 schakelt "
    "de paginacache uit.",
)
LOGIN_FAILURE_LIMIT = declare_int(
    "OPENKLACHTEN_LOGIN_FAILURES",
    5,
    "Na zoveel mislukte inlogpogingen op een gebruikersnaam vanaf één adres wordt het inloggen geblokkeerd.",
)
LOGIN_LOCKOUT_MINUTES = declare_int(
    "OPENKLACHTEN_LOGIN_LOCKOUT_MINUTES",
    30,
    "Zo lang duurt een inlogblokkade (beheerders heffen haar eerder op met `openklachten axes_reset_username`).",
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
    "django_tasks",
    "django_tasks_db",
    "openklachten.standard",
    "openklachten.intake",
    "openklachten.anonymisation",
    "openklachten.registry",
    "openklachten.publication.readmodel",
    "openklachten.publication.site",
    "openklachten.publication.api",
    "openklachten.publication.exports",
    "openklachten.publication.dcat",
    "axes",
    "openklachten.publication.reports",
    # Tooling around the flow: the app server's commands, the demo dataset, the benchmarks.
    "openklachten.config",
    "openklachten.demo",
    "openklachten.benchmarks",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "openklachten.config.middleware.UploadSizeLimitMiddleware",  # before anything reads the request body
    # Whole public pages per read-model generation, compressed (publication.site.pagecache): above the
    # compression, below the security headers. It opens the read model's request scope and never serves a
    # generation the 503 rule refuses.
    "openklachten.publication.site.pagecache.PageCacheMiddleware",
    # Brotli or gzip for what the layers below return (public HTML/JSON only);
    # WhiteNoise serves static files pre-compressed.
    "openklachten.publication.site.compression.PublicCompressionMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "openklachten.registry.middleware.AuditActorMiddleware",  # names the user in the audit log
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Publisher pages may show raw text under review: never stored by a browser or proxy cache.
    "openklachten.config.middleware.PublisherNoStoreMiddleware",
    # A read model that is missing, damaged or older than the last withdrawal is never served (503 instead).
    "openklachten.publication.readmodel.middleware.StaleReadModelMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires: it turns a lockout into its response
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
    # collectstatic writes a .br and a .gz next to every text file (brotli is installed); WhiteNoise serves those
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Without `openklachten collectstatic` (development, tests, the demo) WhiteNoise serves the files from the apps,
# uncompressed. Once collected, it serves STATIC_ROOT with the pre-compressed copies: the finders would win otherwise.
WHITENOISE_USE_FINDERS = DEBUG or not any(STATIC_ROOT.iterdir())
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
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr"},
        "discard": {"class": "logging.NullHandler"},  # not "no handlers": then logging's lastResort prints
    },
    "root": {"handlers": ["stderr"], "level": declare("LOG_LEVEL", "WARNING", "Logniveau (stderr).")},
    # A request with a foreign Host header gets a quiet 400: no traceback per request in the log.
    "loggers": {"django.security.DisallowedHost": {"handlers": ["discard"], "propagate": False}},
}

# --- Security hardening -------------------------------------------------------------------------------------
# One cache for every process, so the API limit and the login lockout count across workers.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "openklachten_cache"}
}

# Content-Security-Policy: only our own origin, no inline script or style. /embed/ pages widen frame-ancestors.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 365 * 24 * 3600  # one year: what browsers' preload lists ask for
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True  # allows, not performs, submission to the browsers' HSTS preload lists
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Login throttling (django-axes) on /aanleveren/ and /beheer/: per username and address.
AUTHENTICATION_BACKENDS = [
    "openklachten.config.lockout.HttpLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = LOGIN_LOCKOUT_MINUTES / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registry/geblokkeerd.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "openklachten.config.client_address.client_address"
