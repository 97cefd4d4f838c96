import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openklachten.config.settings")
application = get_wsgi_application()

# A WSGI server in production starts here, not through `openklachten serve`: refuse public default secrets too.
from openklachten.config.secret_keys import refuse_default_secrets  # noqa: E402

refuse_default_secrets()
