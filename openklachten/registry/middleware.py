"""Attribute what a logged-in user does on the web to that user in the audit log."""

from openklachten.registry import audit


class AuditActorMiddleware:
    """Inside a request of a logged-in user, audit.record() names that user (channel "web" or "beheer")."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return self.get_response(request)
        channel = "beheer" if request.path.startswith("/beheer/") else "web"
        with audit.acting_as(user=user, channel=channel):
            return self.get_response(request)
