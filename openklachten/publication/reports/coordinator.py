"""The coordinator's own text on a report (introduction, conclusion, aandachtspunten): the published version."""


def published(org, period):
    return None


def replaced(org, period):
    return []
