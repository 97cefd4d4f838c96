"""Login lockout (django-axes) for every login that arrives over HTTP."""

from axes.backends import AxesStandaloneBackend


class HttpLockoutBackend(AxesStandaloneBackend):
    """django-axes' check, for logins that come with a request.

    Axes refuses an authenticate() call without a request; such calls come from code (tests, commands),
    not from a login form, so there is nothing to throttle and the next backend decides.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
