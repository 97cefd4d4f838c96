"""Which organisations a logged-in user may act for."""

from openklachten.registry.models import Organisation


def organisations_for(user):
    """Administrators act for every organisation; a publisher only for its own."""
    if user.is_superuser:
        return Organisation.objects.all()
    return Organisation.objects.filter(publishers__user=user).distinct()
