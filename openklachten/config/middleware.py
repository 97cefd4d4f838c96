"""Site-wide response policies that belong to no single app."""

from django.utils.cache import patch_cache_control

PUBLISHER_PREFIXES = ("/aanleveren/", "/beheer/")


class PublisherNoStoreMiddleware:
    """`Cache-Control: no-store` on every publisher page: they can show raw text that is still under review."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(PUBLISHER_PREFIXES):
            patch_cache_control(response, no_store=True, no_cache=True, private=True, max_age=0)
        return response
