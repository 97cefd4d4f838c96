"""The publisher pages under /aanleveren/: upload, deliveries, withdrawal and the review queue."""
