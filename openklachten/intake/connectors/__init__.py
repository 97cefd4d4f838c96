"""Connectors: intake sources other than files, e.g. a case system (zaaksysteem) through the ZGW APIs."""
